package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * Facts loaded once per segment core and dropped when the segment closes: the visibility windows, the
 * location grids. Thread-safe: two searches may load the same segment's facts at once; the first stored is
 * kept and returned to both.
 *
 * @param <T> what is kept per segment
 */
final class SegmentCache<T> {
  /** Loads a segment's facts. */
  interface Loader<T> {
    T load(LeafReader reader) throws IOException;
  }

  private final Map<IndexReader.CacheKey, T> segments = new ConcurrentHashMap<>();
  private final Loader<T> loader;

  SegmentCache(Loader<T> loader) {
    this.loader = loader;
  }

  /** The facts of the segment {@code reader}, loaded on first use. */
  T of(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      // Not a segment reader (the index's own readers always are): loaded for this search only.
      return loader.load(reader);
    }
    T kept = segments.get(helper.getKey());
    if (kept != null) {
      return kept;
    }
    T loaded = loader.load(reader);
    T raced = segments.putIfAbsent(helper.getKey(), loaded);
    if (raced != null) {
      return raced;
    }
    helper.addClosedListener(segments::remove);
    return loaded;
  }
}
