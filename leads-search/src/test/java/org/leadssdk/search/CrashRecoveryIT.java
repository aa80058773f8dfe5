package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process ingesting a feed is killed with SIGKILL; the index recovers by itself and resumes exactly. */
class CrashRecoveryIT {
  private static final long LINES = 20_000;
  private static final long EVERY = 1_000;

  @Test
  void aKilledIngestReopensAtItsLastCommitAndResumesWithEveryRecordAppliedOnce(@TempDir Path dir) throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            KillTestChild.class.getName(), dir.toString(), Long.toString(LINES), Long.toString(EVERY))
        .redirectErrorStream(true)
        .start();
    long lastSeen = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          lastSeen = Long.parseLong(line.substring("committed ".length()));
          if (lastSeen >= 3 * EVERY) {
            // Kill in the middle of the next batch: on Linux destroyForcibly sends SIGKILL.
            Thread.sleep(20);
            child.destroyForcibly();
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(lastSeen).as("the child committed before it was killed").isGreaterThanOrEqualTo(3 * EVERY);

    long committed;
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      committed = index.checkpoint().orElseThrow().position();
      assertThat(committed).isGreaterThanOrEqualTo(lastSeen).isLessThan(LINES);
      assertThat(index.size()).as("exactly the committed lines, nothing after").isEqualTo(committed);
      for (long i = committed + 1; i <= LINES; i++) {
        assertThat(index.upsert(KillTestChild.line(i))).as("line %d was not applied before", i)
            .isEqualTo(ApplyOutcome.APPLIED);
      }
      index.commit(new Checkpoint("kill-test", LINES));
      assertThat(index.size()).isEqualTo(LINES);
    }
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      assertThat(index.checkpoint()).contains(new Checkpoint("kill-test", LINES));
      for (long i : List.of(1L, committed, committed + 1, LINES)) {
        assertThat(index.upsert(KillTestChild.line(i))).as("line %d is applied once", i).isEqualTo(ApplyOutcome.STALE);
      }
      assertThat(index.size()).isEqualTo(LINES);
    }
  }
}
