package org.leadssdk.core.feed;

/**
 * Receives the accepted entries of a feed, in feed order, from {@link NdjsonFeedReader}.
 *
 * <p>An exception thrown by the sink stops reading and propagates unchanged to the caller of
 * {@link NdjsonFeedReader#read}: a failure of the host is not a bad line and is never turned into a
 * reject, nor wrapped in a {@link FeedIoException}. A sink that stores entries through a checked API
 * wraps its failures in an unchecked exception of its own (such as {@link java.io.UncheckedIOException}).
 * The line number lets the host store a checkpoint and later resume with
 * {@link NdjsonFeedReader.Builder#startAfterLine(long)}.
 */
@FunctionalInterface
public interface FeedSink {
  /**
   * Takes one accepted entry.
   *
   * @param entry the entry
   * @param lineNumber its 1-based line number in the feed
   * @throws RuntimeException whatever the host throws to stop reading; it reaches the caller of
   *     {@link NdjsonFeedReader#read} unchanged
   */
  void accept(FeedEntry entry, long lineNumber);
}
