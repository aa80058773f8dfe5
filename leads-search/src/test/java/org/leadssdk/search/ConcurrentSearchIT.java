package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Parolee;

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
      for (int v = 2; v <= VERSIONS; v++) {
        for (int i = 0; i < RECORDS; i++) {
          index.upsert(version(i, v));
        }
      }
      index.refresh();
      done.set(true);
      for (Thread r : readers) {
        r.join(30_000);
      }
      assertThat(failures).isEmpty();
      assertThat(checked.get()).as("the readers saw hits").isPositive();
      assertThat(index.size()).isEqualTo(RECORDS);
    }
  }
}
