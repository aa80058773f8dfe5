package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.testkit.SyntheticFeeds;

/**
 * During a feed ingest the scheduled refresh pauses while nobody searches (each refresh would flush a small
 * segment the load must merge again), yet what was applied is searchable within a second, without a
 * commit: the first search after a quiet spell refreshes before it reads. The feed is a named pipe, so the
 * ingest is still running, its first lines applied and nothing committed, when the search comes.
 */
class IngestFreshnessIT {
  private static final int FIRST = 200;
  private static final int REST = 50;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void theFirstSearchAfterAQuietSpellSeesWhatTheIngestApplied(@TempDir Path tmp) throws Exception {
    Path fifo = tmp.resolve("feed.ndjson");
    int made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    } catch (IOException noMkfifo) {
      made = -1;
    }
    assumeTrue(made == 0 && Files.exists(fifo), "this test needs mkfifo (a POSIX system)");
    Path firstPart = tmp.resolve("first.ndjson");
    Path wholeFeed = tmp.resolve("whole.ndjson");
    SyntheticFeeds.writeNdjson(wholeFeed, 11, FIRST + REST);
    byte[] whole = Files.readAllBytes(wholeFeed);
    SyntheticFeeds.writeNdjson(firstPart, 11, FIRST);
    int split = Files.readAllBytes(firstPart).length;

    // Own threads (the common pool may have a single thread here, and the two tasks wait for each other),
    // daemons: a writer stuck opening the pipe because the ingest failed first must not hold up the JVM.
    ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "ingest-freshness");
      t.setDaemon(true);
      return t;
    });
    try (LeadsIndex index = LeadsIndex.builder().inMemory().build()) {
      CompletableFuture<IngestReport> ingest =
          CompletableFuture.supplyAsync(() -> index.ingest(fifo, "fifo-feed", 1_000_000), threads);
      CountDownLatch firstWritten = new CountDownLatch(1);
      CountDownLatch finish = new CountDownLatch(1);
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
        try (OutputStream out = Files.newOutputStream(fifo)) {
          out.write(whole, 0, split);
          out.flush();
          firstWritten.countDown();
          assertThat(finish.await(60, TimeUnit.SECONDS)).isTrue();
          out.write(whole, split, whole.length - split);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, threads);
      try {
        assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
        // Nobody searches for three seconds: the first lines are applied, and the scheduled refresh pauses.
        Thread.sleep(3_000);

        assertThat(ingest).isNotDone();
        assertThat(index.checkpoint()).as("nothing committed yet").isEmpty();
        assertThat(index.size()).as("the first search after the quiet spell sees the applied records")
            .isEqualTo(FIRST);
      } finally {
        finish.countDown();
      }
      writer.get(60, TimeUnit.SECONDS);
      IngestReport report = ingest.get(60, TimeUnit.SECONDS);
      assertThat(report.applied()).isEqualTo(FIRST + REST);
      assertThat(index.size()).isEqualTo(FIRST + REST);
    } finally {
      threads.shutdownNow();
    }
  }
}
