package org.leadssdk.search.internal;

import java.io.IOException;
import org.apache.lucene.search.LeafCollector;
import org.jspecify.annotations.Nullable;

/**
 * The segment whose batch of matches still waits to be offered, for a collector that holds each segment's
 * matches in batches. Lucene calls a leaf collector's {@code finish()} when it is done with a segment, but
 * not on every path (a collector driven by hand, a segment that ends early), so the collector also flushes
 * the waiting batch when the next segment starts and before its results are read. One per collector; not
 * thread-safe.
 */
final class WaitingBatch {
  /** A leaf collector that holds its matches in batches; finishing it flushes them. */
  interface Batched extends LeafCollector {
    /** Offers the matches held. */
    void flush() throws IOException;

    @Override
    default void finish() throws IOException {
      flush();
    }
  }

  private @Nullable Batched waiting;

  /** Offers the waiting segment's matches, if any. */
  void flush() throws IOException {
    if (waiting != null) {
      waiting.flush();
      waiting = null;
    }
  }

  /** {@code segment} is now the waiting one (the previous one flushed first). */
  <T extends Batched> T waitOn(T segment) {
    waiting = segment;
    return segment;
  }
}
