package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Parolee;
import org.leadssdk.testkit.FeedLine;
import org.leadssdk.testkit.SyntheticFeeds;

/** Searches on other threads during ingest never fail and never see a half-applied record. */
class ConcurrentSearchIT {
  private static final int RECORDS = 200;
  private static final int VERSIONS = 60;

  /** Version {@code v} of record {@code i}: its moniker and its alias name both carry the version. */
  private static Parolee version(int i, int v) {
    String word = "VER" + letters(v);
    return Records.active(String.format(Locale.ROOT, "C%05d", i), "FIRST", "LAST", GeoPoint.of(38.5, -121.5))
        .addMoniker(word)
        .addAlias(Records.alias("ALIAS", word))
        .recordVersion(v)
        .build();
  }

  private static String letters(int v) {
    return "" + (char) ('A' + v / 26) + (char) ('A' + v % 26);
  }

  @Test
  void searchersDuringIngestSeeWholeRecordsOnly() throws Exception {
    try (LeadsIndex index = LeadsIndex.builder().inMemory().refreshInterval(java.time.Duration.ofMillis(10)).build()) {
      for (int i = 0; i < RECORDS; i++) {
        index.upsert(version(i, 1));
      }
      index.refresh();
      long checked = readWhile(index, () -> {
        for (int v = 2; v <= VERSIONS; v++) {
          for (int i = 0; i < RECORDS; i++) {
            index.upsert(version(i, v));
          }
        }
        index.refresh();
      });
      assertThat(checked).as("the readers saw hits").isPositive();
      assertThat(index.size()).isEqualTo(RECORDS);
    }
  }

  /**
   * The same through a feed: the parallel ingest with its commits beside the applying, and removals (each
   * record is removed at one version in ten and comes back at the next).
   */
  @Test
  void searchersDuringAFeedIngestWithCommitsAndRemovalsSeeWholeRecordsOnly(@TempDir Path tmp) throws Exception {
    Path feed = tmp.resolve("feed.ndjson");
    List<FeedLine> lines = new ArrayList<>();
    for (int v = 2; v <= VERSIONS; v++) {
      for (int i = 0; i < RECORDS; i++) {
        lines.add(removedAt(i, v)
            ? new FeedLine.Tombstone(version(i, 1).cdcNumber(), v, Instant.parse("2026-10-01T00:00:00Z"))
            : new FeedLine.Upsert(version(i, v)));
      }
    }
    SyntheticFeeds.writeNdjson(feed, lines);
    try (LeadsIndex index = LeadsIndex.builder().directory(tmp.resolve("index"))
        .refreshInterval(java.time.Duration.ofMillis(10)).build()) {
      for (int i = 0; i < RECORDS; i++) {
        index.upsert(version(i, 1));
      }
      index.refresh();
      IngestReport[] report = new IngestReport[1];
      long checked = readWhile(index, () -> report[0] = index.ingest(feed, "concurrent", 1_000));
      assertThat(checked).as("the readers saw hits").isPositive();
      // Entries are applied in parallel: a version overtaken by a later one in flight counts as stale.
      assertThat(report[0].applied() + report[0].stale()).isEqualTo(lines.size());
      assertThat(index.checkpoint()).contains(new Checkpoint("concurrent", lines.size()));
      long removedAtTheEnd = java.util.stream.IntStream.range(0, RECORDS).filter(i -> removedAt(i, VERSIONS)).count();
      assertThat(index.size()).isEqualTo(RECORDS - removedAtTheEnd);
      IndexSearcher s = index.acquire();
      try {
        var last = new QueryEngine(index.recordCache()).run(s,
            SearchRequest.builder().term("VER" + letters(VERSIONS)).pageSize(RECORDS).build(),
            Instant.parse("2026-11-01T00:00:00Z"), ZoneId.of("UTC"));
        assertThat(last.hits()).as("every record not removed at the end, at the last version")
            .hasSize((int) (RECORDS - removedAtTheEnd));
      } finally {
        index.release(s);
      }
    }
  }

  private static boolean removedAt(int i, int v) {
    return i % 10 == v % 10;
  }

  /**
   * Runs {@code writer} while three threads search for the words of random versions, each checking that
   * every hit is one whole version of its record (the words it matched on are the record's own) and that
   * no record appears twice; then fails with what any reader met.
   *
   * @return how many hits the readers checked
   */
  private static long readWhile(LeadsIndex index, Runnable writer) throws InterruptedException {
    AtomicBoolean done = new AtomicBoolean();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    AtomicLong checked = new AtomicLong();
    // The index's record cache, so that a record kept from an older segment is never shown for a newer one.
    QueryEngine engine = new QueryEngine(index.recordCache());
    List<Thread> readers = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      int seed = t;
      Thread reader = new Thread(() -> {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        try {
          while (!done.get()) {
            String word = "VER" + letters(1 + random.nextInt(VERSIONS));
            IndexSearcher s = index.acquire();
            try {
              var page = engine.run(s, SearchRequest.builder().term(word).pageSize(RECORDS).build(),
                  Instant.parse("2026-11-01T00:00:00Z"), ZoneId.of("UTC"));
              List<String> ids = new ArrayList<>();
              for (var hit : page.hits()) {
                // The document that matched the indexed words must be the record stored with it.
                assertThat(hit.record().monikers()).containsExactly(word);
                assertThat(hit.record().aliases().get(0).last()).isEqualTo(word);
                ids.add(hit.record().cdcNumber().value());
                checked.incrementAndGet();
              }
              assertThat(ids).doesNotHaveDuplicates();
            } finally {
              index.release(s);
            }
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }, "reader-" + t);
      reader.start();
      readers.add(reader);
    }
    try {
      writer.run();
    } finally {
      done.set(true);
      for (Thread r : readers) {
        r.join(30_000);
      }
    }
    assertThat(failures).isEmpty();
    return checked.get();
  }
}
