package org.leadssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.core.Plate;
import org.leadssdk.core.UsState;
import org.leadssdk.policy.AlprRequest;
import org.leadssdk.policy.Decision;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.policy.audit.FileAuditStore;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.SearchResult;
import org.leadssdk.testkit.FeedLine;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.SyntheticFeeds;
import org.leadssdk.testkit.TestAccess;

/** Runs the small example programs: each does its one task on synthetic data. */
class ExampleProgramsIT {
  private static final Clock CLOCK = Clock.fixed(Demo.START, ZoneOffset.UTC);

  @TempDir Path work;
  private final StringWriter text = new StringWriter();
  private final PrintWriter out = new PrintWriter(text, true);

  @Test
  void embedInRmsSearchesAsTheUserAuditsItAndResumesItsLoadOnRestart() {
    SearchResult first = EmbedInRms.run(work, CLOCK, out);
    SearchResult again = EmbedInRms.run(work, CLOCK, out);

    assertThat(first.hits()).isNotEmpty();
    assertThat(again.hits()).isEqualTo(first.hits());
    assertThat(text.toString()).contains("read 2000 = applied 2000 + stale 0 + rejected 0")
        .contains("read 0 = applied 0 + stale 0 + rejected 0; skipped 2000 before the resume point");
    try (FileAuditStore store = FileAuditStore.open(work.resolve("audit.jsonl"))) {
      assertThat(AuditTrail.verify(store, null).recordsRead()).isEqualTo(2);
    }
  }

  @Test
  void applyDeltaFeedAppliesEachInboxFileOnceAndResumesAHalfAppliedFile() throws Exception {
    Path inbox = Files.createDirectories(work.resolve("inbox"));
    Path full = work.resolve("full.ndjson");
    SyntheticFeeds.writeNdjson(full, 5, 300);
    List<FeedLine> deltas = SyntheticFeeds.deltas(5, 300, 60);
    try (LeadsIndex index = LeadsIndex.builder().directory(work.resolve("index")).clock(CLOCK).build()) {
      index.ingest(full, "full", 1_000);
      // A run that committed the first 10 lines of delta-001 and stopped before moving the file.
      Path first = inbox.resolve("delta-001.ndjson");
      SyntheticFeeds.writeNdjson(first, deltas.subList(0, 10));
      index.ingest(first, "delta-001.ndjson", 1_000);
      SyntheticFeeds.writeNdjson(first, deltas.subList(0, 30));
      SyntheticFeeds.writeNdjson(inbox.resolve("delta-002.ndjson"), deltas.subList(30, 45));

      assertThat(ApplyDeltaFeed.applyPending(index, inbox, out)).isEqualTo(2);
      assertThat(ApplyDeltaFeed.applyPending(index, inbox, out)).isZero();

      assertThat(text.toString())
          .contains("delta-001.ndjson: read 20 = applied 20 + stale 0 + rejected 0; skipped 10 before the resume point")
          .contains("delta-002.ndjson: read 15 = applied 15 + stale 0 + rejected 0; skipped 0");
      assertThat(index.size()).isEqualTo(alive(deltas.subList(0, 45)));
      assertThat(inbox.resolve("done/delta-001.ndjson")).exists();

      SyntheticFeeds.writeNdjson(inbox.resolve("delta-003.ndjson"), deltas.subList(45, 60));
      ScheduledExecutorService scheduler = ApplyDeltaFeed.every(Duration.ofMillis(50), index, inbox, out);
      try {
        for (int i = 0; i < 400 && !Files.exists(inbox.resolve("done/delta-003.ndjson")); i++) {
          Thread.sleep(50);
        }
      } finally {
        scheduler.shutdown();
        assertThat(scheduler.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(inbox.resolve("done/delta-003.ndjson")).exists();
      assertThat(index.size()).isEqualTo(alive(deltas));
    }
  }

  /** The oracle: how many records live after the full feed of 300 and these deltas. */
  private static long alive(List<FeedLine> deltas) {
    Set<String> live = new HashSet<>();
    new org.leadssdk.testkit.SyntheticParolees(5).parolees(300).forEach(p -> live.add(p.cdcNumber().value()));
    for (FeedLine line : deltas) {
      switch (line) {
        case FeedLine.Upsert u -> live.add(u.cdcNumber().value());
        case FeedLine.Tombstone t -> live.remove(t.cdcNumber().value());
      }
    }
    return live.size();
  }

  @Test
  @DisplayName("DOM 53060.7 purpose: the gate forwards only a permitted request and audits both")
  void checkAlprRequestForwardsOnlyPermittedRequestsAndAuditsEach() {
    InMemoryAuditSink sink = new InMemoryAuditSink();
    List<AlprRequest> forwarded = new ArrayList<>();
    CheckAlprRequest gate = new CheckAlprRequest(PolicyConfig.DEFAULTS, AuditTrail.builder(sink).build(), CLOCK,
        forwarded::add);
    User agent = TestAccess.specialAgent(CLOCK.instant()).build();
    Plate plate = Plate.of("7ABC123", UsState.CA);

    Decision vague = gate.submit(AlprRequest.of(agent, plate, "investigation"));
    AlprRequest specific = AlprRequest.of(agent, plate, "Stolen vehicle follow-up DAPO-2026-000123");
    Decision permitted = gate.submit(specific);

    assertThat(vague.permitted()).isFalse();
    assertThat(vague.reasonCodes()).contains("PURPOSE_NOT_SPECIFIC");
    assertThat(permitted.permitted()).isTrue();
    assertThat(forwarded).containsExactly(specific);
    assertThat(sink.records()).hasSize(2);
  }
}
