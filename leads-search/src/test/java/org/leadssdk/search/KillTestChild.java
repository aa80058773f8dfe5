package org.leadssdk.search;

import java.nio.file.Path;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Parolee;

/**
 * The child process of {@link CrashRecoveryIT}: applies feed lines {@code 1..n} of a synthetic feed after
 * the index's checkpoint, committing every {@code every} lines, and says each commit on stdout, until it
 * is killed.
 */
public final class KillTestChild {
  private KillTestChild() {}

  /** Line {@code i} of the synthetic feed. */
  static Parolee line(long i) {
    return Records.active(String.format(java.util.Locale.ROOT, "A%05d", i), "FIRST", "LAST",
            GeoPoint.of(38.0 + i * 1e-5, -121.0))
        .recordVersion(1)
        .build();
  }

  /** Arguments: index directory, last line, commit interval. */
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    long n = Long.parseLong(args[1]);
    long every = Long.parseLong(args[2]);
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      long start = index.checkpoint().map(Checkpoint::position).orElse(0L) + 1;
      for (long i = start; i <= n; i++) {
        index.upsert(line(i));
        if (i % every == 0) {
          index.commit(new Checkpoint("kill-test", i));
          System.out.println("committed " + i);
          System.out.flush();
        }
      }
      index.commit(new Checkpoint("kill-test", n));
      System.out.println("done " + n);
    }
  }
}
