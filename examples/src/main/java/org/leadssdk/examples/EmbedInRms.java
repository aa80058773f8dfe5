package org.leadssdk.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccountRegistry;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.Agency;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.policy.audit.FileAuditStore;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.LeadsSearch;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.SearchResult;
import org.leadssdk.testkit.SyntheticFeeds;
import org.leadssdk.testkit.TestAccess;

/**
 * Embeds the index in a records-management (RMS) service: opened once, each user's search runs with that
 * user's access context (policy, retention, redaction, audit), closed on shutdown. Thread-safe.
 */
public final class EmbedInRms implements AutoCloseable {
  private final FileAuditStore audit;
  private final LeadsIndex index;
  private final LeadsSearch search;

  /** Opens the service on a folder holding {@code index/} and {@code audit.jsonl}. */
  public EmbedInRms(Path work, List<User> accounts, Clock clock) {
    audit = FileAuditStore.open(work.resolve("audit.jsonl"));
    index = LeadsIndex.builder().directory(work.resolve("index")).clock(clock).build();
    search = LeadsSearch.builder().index(index).clock(clock).sourceApplication("example-rms")
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, AccountRegistry.of(accounts)))
        .redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(audit).build()).build();
  }

  /** Loads a feed (resuming after the index's checkpoint when it was loaded before); returns the summary. */
  public String load(Path feed, String feedName) {
    return index.ingest(feed, feedName, 10_000).summary(); // commits, and the commit makes it searchable
  }

  /** One page of an RMS user's all-field search. */
  public SearchResult search(User user, Agency agency, String term) {
    return search.search(AccessContext.of(user, agency, Action.SEARCH), SearchRequest.builder().term(term).build());
  }

  @Override
  public void close() {
    try (audit) {
      index.close();
    }
  }

  /** Runs the service on {@code args[0]} (default {@code rms-work}) with 2,000 synthetic records. */
  public static void main(String[] args) {
    run(Path.of(args.length > 0 ? args[0] : "rms-work"), Clock.systemUTC(),
        new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8));
  }

  static SearchResult run(Path work, Clock clock, PrintWriter out) {
    Path feed = work.resolve("feed.ndjson");
    SyntheticFeeds.writeNdjson(feed, 2026, 2_000);
    User deputy = TestAccess.deputy(clock.instant()).build();
    try (EmbedInRms rms = new EmbedInRms(work, List.of(deputy), clock)) {
      out.println("load: " + rms.load(feed, "rms-nightly"));
      SearchResult result = rms.search(deputy, TestAccess.agency(), "dragon tattoo");
      out.println("\"dragon tattoo\": " + result.total().lowerBound() + " records, " + result.omittedByPolicy() + " hidden");
      result.hits().forEach(h -> out.println("  " + h.record().cdcNumber().value() + " " + h.record().name().last()));
      return result;
    }
  }
}
