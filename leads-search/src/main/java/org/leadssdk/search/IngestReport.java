package org.leadssdk.search;

import org.leadssdk.core.feed.FeedReport;
import org.leadssdk.core.internal.Check;

/**
 * The outcome of ingesting a feed: the reader's counts and rejects, what the index applied and what it
 * ignored as stale, and the checkpoint committed at the end. The counts reconcile:
 * {@code feed.read() == applied + stale + feed.rejected()}. Immutable.
 *
 * @param feed the reader's report (lines read, accepted, rejected, skipped before the resume point, the
 *     rejects)
 * @param applied accepted entries that changed the index
 * @param stale accepted entries the index already held at that version or newer
 * @param checkpoint the checkpoint committed with the data at the end
 */
public record IngestReport(FeedReport feed, long applied, long stale, Checkpoint checkpoint) {
  /**
   * Checks that the counts reconcile.
   *
   * @throws IllegalArgumentException if {@code applied + stale != feed.accepted()}
   */
  public IngestReport {
    Check.notNull("feed", feed);
    Check.notNull("checkpoint", checkpoint);
    Check.argument(applied >= 0 && stale >= 0 && applied + stale == feed.accepted(),
        () -> "counts do not reconcile: accepted " + feed.accepted() + " != applied " + applied + " + stale " + stale);
  }

  /** One line: read = applied + stale + rejected, skipped, and the checkpoint. */
  public String summary() {
    return "read " + feed.read() + " = applied " + applied + " + stale " + stale + " + rejected " + feed.rejected()
        + "; skipped " + feed.skipped() + " before the resume point; committed at " + checkpoint.feed() + ":"
        + checkpoint.position();
  }
}
