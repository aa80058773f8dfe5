package org.leadssdk.search;

import java.nio.file.Path;

/** The child process of {@link FeedCrashRecoveryIT}: ingests an NDJSON feed, committing every 1,000 lines. */
public final class FeedKillChild {
  private FeedKillChild() {}

  /** Arguments: index directory, feed file. */
  public static void main(String[] args) {
    try (LeadsIndex index = LeadsIndex.builder().directory(Path.of(args[0])).build()) {
      index.ingest(Path.of(args[1]), "kill-feed", 1_000);
    }
  }
}
