package org.leadssdk.core.feed;

import java.util.List;
import org.leadssdk.core.internal.Check;

/**
 * The outcome of reading a feed: how many lines were read, accepted, rejected and skipped, and the
 * problems of the rejected lines. Immutable and thread-safe.
 *
 * <p>The counts always reconcile: {@code read == accepted + rejected}; the constructor refuses a report
 * that does not, and {@link #summary()} states it. Lines skipped before a resume point are not read and
 * not counted in {@code read}.
 *
 * <p><b>Note:</b> the kept {@link #rejects()} are limited by
 * {@link NdjsonFeedReader.Builder#maxRejectsKept(int)}; when more problems were found,
 * {@link #rejectsTruncated()} is {@code true} and the list holds the first ones. The counts stay exact.
 *
 * @param read lines read after the resume point, {@code >= 0}
 * @param accepted lines handed to the sink
 * @param rejected lines rejected (each counted once, however many problems it had)
 * @param skipped lines skipped up to the resume point, not read
 * @param rejects the problems found, in line order, at most the configured number
 * @param rejectsTruncated whether problems were found beyond those kept
 */
public record FeedReport(
    long read, long accepted, long rejected, long skipped, List<Reject> rejects, boolean rejectsTruncated) {

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative or {@code read != accepted + rejected}
   * @throws NullPointerException if {@code rejects} is or holds null
   */
  public FeedReport {
    rejects = Check.copy("rejects", rejects);
    Check.argument(read >= 0 && accepted >= 0 && rejected >= 0 && skipped >= 0,
        () -> "counts must be >= 0, got read=" + read + ", accepted=" + accepted + ", rejected=" + rejected
            + ", skipped=" + skipped);
    Check.argument(read == accepted + rejected,
        () -> "counts do not reconcile: read " + read + " != accepted " + accepted + " + rejected " + rejected);
  }

  /** The number of the last line the reader reached: {@code skipped + read}. */
  public long lastLineNumber() {
    return skipped + read;
  }

  /**
   * One line stating the counts and that they reconcile, e.g. {@code read 1000 = accepted 990 +
   * rejected 10; skipped 0; 10 problems kept}.
   */
  public String summary() {
    return "read " + read + " = accepted " + accepted + " + rejected " + rejected + "; skipped " + skipped
        + "; " + rejects.size() + (rejects.size() == 1 ? " problem kept" : " problems kept")
        + (rejectsTruncated ? " (truncated: more problems were found than kept)" : "");
  }

  /** The {@link #summary()}. The rejects themselves are not listed. */
  @Override
  public String toString() {
    return "FeedReport[" + summary() + "]";
  }
}
