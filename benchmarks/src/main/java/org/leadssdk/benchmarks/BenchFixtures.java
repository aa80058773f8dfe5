package org.leadssdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.LeadsSearch;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.SyntheticFeeds;
import org.leadssdk.testkit.TestAccess;

/** What the index benchmarks share: the generated feed of a size, and the search service over an index. */
final class BenchFixtures {
  private BenchFixtures() {}

  /**
   * The feed of the first {@code records} records of {@code new SyntheticParolees(seed)}, written once under
   * {@code target/} and reused.
   */
  static Path feed(int records, long seed) throws IOException {
    Path feed = Path.of("target", "bench-feed-" + records + "-" + seed + ".ndjson");
    if (!Files.exists(feed)) {
      Files.createDirectories(feed.getParent());
      SyntheticFeeds.writeNdjson(feed, seed, records);
    }
    return feed;
  }

  /**
   * Searches of {@code index} as issue 5 measures them: the default access policy with {@code user}
   * registered, default redaction, and an audit event per search to an in-memory sink.
   */
  static LeadsSearch search(LeadsIndex index, User user, Clock clock) {
    return LeadsSearch.builder()
        .index(index)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, TestAccess.registry(user)))
        .redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(new InMemoryAuditSink()).build())
        .clock(clock)
        .build();
  }
}
