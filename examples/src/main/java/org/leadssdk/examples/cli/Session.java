package org.leadssdk.examples.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.Agency;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.policy.audit.FileAuditStore;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.LeadsSearch;

/**
 * What a command that acts for a user holds open: the configuration, the user and agency, the index, the
 * audit trail and the search service over them. Closes the index and the audit file.
 */
final class Session implements AutoCloseable {
  static final String APPLICATION = "leads-cli";

  final CliConfig config;
  final User user;
  final Agency agency;
  final FileAuditStore store;
  final AuditTrail trail;
  final LeadsIndex index;
  final LeadsSearch search;

  private Session(CliConfig config, User user, Agency agency, FileAuditStore store, LeadsIndex index,
      Clock clock) {
    this.config = config;
    this.user = user;
    this.agency = agency;
    this.store = store;
    this.trail = AuditTrail.builder(store).build();
    this.index = index;
    this.search = LeadsSearch.builder().index(index)
        .accessPolicy(LeadsAccessPolicy.create(config.policy(), config.registry()))
        .redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(trail).clock(clock).sourceApplication(APPLICATION).build();
  }

  /** Opens the index (which must exist) and the audit trail for the configured user. */
  static Session open(Common.IndexOption indexOption, Common.AccessOptions access, Clock clock) {
    Path dir = indexOption.existing();
    CliConfig config = loadConfig(access.config);
    User user = user(config, access);
    Agency agency = config.agency(user.agencyOri()).orElseThrow();
    FileAuditStore store = FileAuditStore.open(access.auditFile(dir));
    try {
      LeadsIndex index = LeadsIndex.builder().directory(dir).policyConfig(config.policy()).clock(clock).build();
      return new Session(config, user, agency, store, index, clock);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Reads the configuration file; a missing or invalid file is an input error. */
  static CliConfig loadConfig(Path file) {
    try {
      return CliConfigReader.read(file);
    } catch (IllegalArgumentException e) {
      throw new CliException(LeadsCli.EXIT_INPUT, e.getMessage(), e);
    }
  }

  /** The configured user of {@code --user}; one without an account is denied. */
  static User user(CliConfig config, Common.AccessOptions access) {
    return config.user(access.user).orElseThrow(() -> new CliException(LeadsCli.EXIT_DENIED,
        "denied: no account \"" + access.user + "\" in " + access.config
            + " (ACCOUNT_NOT_REGISTERED, Parole LEADS 2.0 overview: access: unique user ID)"));
  }

  /** The user's context for an action. */
  AccessContext context(Action action) {
    return AccessContext.of(user, agency, action);
  }

  @Override
  public void close() {
    try {
      index.close();
    } finally {
      store.close();
    }
  }
}
