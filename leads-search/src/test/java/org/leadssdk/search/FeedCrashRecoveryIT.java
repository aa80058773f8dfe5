package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.testkit.SyntheticFeeds;

/**
 * Issue 5's kill test on the real ingest path: a child JVM ingesting a generated NDJSON feed is killed
 * with SIGKILL mid-feed; reopening shows exactly the committed lines, and ingesting the same feed again
 * resumes after the checkpoint and ends with every record applied once.
 */
class FeedCrashRecoveryIT {
  private static final int LINES = 30_000;

  @Test
  void aKilledFeedIngestResumesFromItsCheckpoint(@TempDir Path tmp) throws Exception {
    Path feed = tmp.resolve("feed.ndjson");
    Path dir = tmp.resolve("index");
    SyntheticFeeds.writeNdjson(feed, 99, LINES);
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            FeedKillChild.class.getName(), dir.toString(), feed.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long seen = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (seen < 3_000 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      seen = committedPosition(dir);
    }
    assertThat(child.isAlive()).as("the child is still ingesting when it is killed").isTrue();
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    if (System.getProperty("os.name").startsWith("Windows")) {
      assertThat(child.exitValue()).as("killed").isNotZero();
    } else {
      assertThat(child.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
    }
    assertThat(seen).as("the child committed before it was killed").isGreaterThanOrEqualTo(3_000);

    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      long committed = index.checkpoint().orElseThrow().position();
      assertThat(committed).isGreaterThanOrEqualTo(seen).as("killed mid-feed").isLessThan(LINES);
      assertThat(index.size()).as("exactly the committed lines").isEqualTo(committed);
      IngestReport resumed = index.ingest(feed, "kill-feed", 1_000);
      assertThat(resumed.feed().skipped()).isEqualTo(committed);
      assertThat(resumed.applied()).isEqualTo(LINES - committed);
      assertThat(resumed.stale()).isZero();
      assertThat(index.size()).isEqualTo(LINES);
    }
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      IngestReport again = index.ingest(feed, "kill-feed-replay", 10_000);
      assertThat(again.applied()).as("a full replay applies nothing twice").isZero();
      assertThat(again.stale()).isEqualTo(LINES);
    }
  }

  private static long committedPosition(Path dir) {
    try (FSDirectory d = FSDirectory.open(dir)) {
      Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
      String position = data.get("leads.position");
      return position == null ? 0 : Long.parseLong(position);
    } catch (Exception notYetCommitted) {
      return 0;
    }
  }
}
