package org.leadssdk.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadssdk.core.internal.Check;

/**
 * Decides whether a user of an agency may search, view, export or build a line-up (Parole LEADS 2.0
 * overview, "How do law enforcement agencies gain access to LEADS 2.0?"): the agency has its Agency
 * Participation, Hold Harmless and Account Administration agreements on file; the user has completed
 * training (within {@link PolicyConfig#trainingValidity()}), signed the End User Agreement, holds a unique
 * registered account of that agency that is active and not unused for longer than
 * {@link PolicyConfig#inactivityLimit()}, and has the role the function needs
 * ({@link Action#requiredRole()}). A denial lists every failed requirement.
 *
 * <p>Immutable and thread-safe; reads no clock (the instant is a parameter) and does no I/O.
 *
 * <pre>{@code
 * LeadsAccessPolicy policy = LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, registry);
 * Decision d = policy.decide(AccessContext.of(user, agency, Action.SEARCH), clock.instant());
 * if (!d.permitted()) throw new AccessDeniedException(d);
 * }</pre>
 */
public final class LeadsAccessPolicy {
  private static final Reason PERMITTED = new Reason("LEADS_PERMITTED",
      "agreements on file, user trained, End User Agreement signed, unique active account with the needed role",
      Rule.OVERVIEW_AGREEMENTS);

  private final PolicyConfig config;
  private final AccountRegistry accounts;

  private LeadsAccessPolicy(PolicyConfig config, AccountRegistry accounts) {
    this.config = Check.notNull("config", config);
    this.accounts = Check.notNull("accounts", accounts);
  }

  /**
   * A policy with this configuration, checking accounts against {@code accounts}.
   *
   * @param config figures such as the training validity and the inactivity limit
   * @param accounts the issued accounts; a user not registered there is denied
   */
  public static LeadsAccessPolicy create(PolicyConfig config, AccountRegistry accounts) {
    return new LeadsAccessPolicy(config, accounts);
  }

  /** The configuration. */
  public PolicyConfig config() {
    return config;
  }

  /**
   * Decides whether the context's action may proceed.
   *
   * @param context who asks to do what
   * @param now the instant of the request; calendar days are taken in {@link PolicyConfig#zone()}
   * @return a permit, or a denial with every failed requirement
   * @throws IllegalArgumentException if the action is an ALPR action (decided by {@link AlprPolicy})
   */
  public Decision decide(AccessContext context, Instant now) {
    Check.notNull("context", context);
    Check.notNull("now", now);
    Action action = context.action();
    Role required = action.requiredRole();
    if (required == null) {
      throw new IllegalArgumentException("action " + action + " is an ALPR action; decide it with AlprPolicy");
    }
    LocalDate today = LocalDate.ofInstant(now, config.zone());
    User user = context.user();
    Agency agency = context.agency();
    List<Reason> reasons = new ArrayList<>(2);

    for (AgreementType type : AgreementType.values()) {
      LocalDate received = agency.agreements().get(type);
      if (received == null) {
        reasons.add(new Reason("AGREEMENT_MISSING",
            "the agency's " + type.displayName() + " is not on file", Rule.OVERVIEW_AGREEMENTS));
      } else if (received.isAfter(today)) {
        reasons.add(new Reason("AGREEMENT_MISSING",
            "the agency's " + type.displayName() + " is dated after today", Rule.OVERVIEW_AGREEMENTS));
      }
    }
    if (!user.agencyOri().equals(agency.ori())) {
      reasons.add(new Reason("AGENCY_MISMATCH",
          "the account belongs to agency " + user.agencyOri() + ", not " + agency.ori(), Rule.OVERVIEW_UNIQUE_ACCOUNT));
    }
    training(user, today, reasons);
    LocalDate eua = user.endUserAgreementSigned();
    if (eua == null || eua.isAfter(today)) {
      reasons.add(new Reason("END_USER_AGREEMENT_MISSING",
          eua == null ? "the user has not signed the End User Agreement" : "the End User Agreement is dated after today",
          Rule.OVERVIEW_END_USER_AGREEMENT));
    }
    Optional<User> registered = accounts.find(user.id());
    if (registered.isEmpty()) {
      reasons.add(new Reason("ACCOUNT_NOT_REGISTERED",
          "no account is issued under this user ID", Rule.OVERVIEW_UNIQUE_ACCOUNT));
    } else if (!registered.get().agencyOri().equals(user.agencyOri()) || !registered.get().id().equals(user.id())) {
      reasons.add(new Reason("ACCOUNT_MISMATCH",
          "the user ID is issued to another account; user IDs are unique and not shared", Rule.OVERVIEW_UNIQUE_ACCOUNT));
    }
    if (!user.active()) {
      reasons.add(new Reason("ACCOUNT_DISABLED", "the account is disabled", Rule.OVERVIEW_UNIQUE_ACCOUNT));
    }
    Instant last = user.lastActivity();
    if (last != null) {
      Duration idle = Duration.between(last, now);
      if (idle.compareTo(config.inactivityLimit()) > 0) {
        reasons.add(new Reason("ACCOUNT_INACTIVE", "the account has not been used for " + idle.toDays()
            + " days; accounts unused for more than " + config.inactivityLimit().toDays() + " days are denied",
            Rule.OVERVIEW_UNIQUE_ACCOUNT));
      }
    }
    if (!user.hasRole(required)) {
      reasons.add(new Reason("ROLE_MISSING",
          "the action " + action + " needs the role " + required, Rule.OVERVIEW_FUNCTIONS));
    }
    return reasons.isEmpty() ? Decision.permit(PERMITTED) : Decision.deny(reasons);
  }

  private void training(User user, LocalDate today, List<Reason> reasons) {
    LocalDate trained = user.trainingCompleted();
    if (trained == null || trained.isAfter(today)) {
      reasons.add(new Reason("TRAINING_MISSING",
          trained == null ? "the user has not completed LEADS training" : "the training is dated after today",
          Rule.OVERVIEW_TRAINING));
      return;
    }
    Period validity = config.trainingValidity();
    if (validity != null && !today.isBefore(trained.plus(validity))) {
      reasons.add(new Reason("TRAINING_EXPIRED",
          "the LEADS training expired on " + trained.plus(validity) + " (valid " + validity + ")",
          Rule.OVERVIEW_TRAINING));
    }
  }
}
