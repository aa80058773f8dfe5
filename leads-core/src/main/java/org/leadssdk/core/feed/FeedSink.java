package org.leadssdk.core.feed;

import java.io.IOException;

/**
 * Receives the accepted entries of a feed, in feed order, from {@link NdjsonFeedReader}.
 *
 * <p>An exception thrown by the sink stops reading and propagates to the caller of
 * {@link NdjsonFeedReader#read}: a failure of the host is not a bad line and is never turned into a
 * reject. The line number lets the host store a checkpoint and later resume with
 * {@link NdjsonFeedReader.Builder#startAfterLine(long)}.
 */
@FunctionalInterface
public interface FeedSink {
  /**
   * Takes one accepted entry.
   *
   * @param entry the entry
   * @param lineNumber its 1-based line number in the feed
   * @throws IOException if the host fails to store the entry; reading stops
   */
  void accept(FeedEntry entry, long lineNumber) throws IOException;
}
