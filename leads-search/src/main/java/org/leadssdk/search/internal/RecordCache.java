package org.leadssdk.search.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Parolee;

/**
 * Decoded records kept between searches, like Solr's document cache: a county unit's list or an agent's
 * caseload is opened again and again, and decoding its records (strings, photo URIs, dates and every
 * record's own validation, a few microseconds each) is most of such a search. Records are immutable, so
 * one decoded record is shared by every search that shows it; redaction still makes each caller's copy.
 *
 * <p>An entry is keyed by its segment core and document number. A segment's records never change (a
 * changed record is a new document in a newer segment, the old one deleted), so an entry is never stale;
 * the entries of a segment are dropped when the segment closes (merged away; one pass over the cache per
 * closed segment). The bound is on the estimated heap of the decoded records, {@link #ESTIMATE_FACTOR}
 * times the encoded bytes, an estimate measured on generated records; Caffeine's
 * admission keeps one-off reads (an export of every record) from pushing out the records read again and
 * again. Thread-safe.
 */
public final class RecordCache {
  /**
   * Decoded heap bytes per encoded byte: generated records take 686 encoded bytes and about 4,000 bytes
   * once decoded (measured with {@code Runtime} over 20,000 records), so 6, plus {@link #ENTRY_OVERHEAD}.
   */
  static final int ESTIMATE_FACTOR = 6;
  /** The cache's own bytes per entry: the key, the kept pair, Caffeine's node and the map's. */
  static final int ENTRY_OVERHEAD = 160;

  private record Key(IndexReader.CacheKey core, int doc) {}

  /** A decoded record and its estimated heap bytes. */
  private record Kept(Parolee record, int bytes) {}

  private final @Nullable Cache<Key, Kept> records;
  /** The segment cores whose close listener is registered, so that each is registered once. */
  private final Map<IndexReader.CacheKey, Boolean> cores = new ConcurrentHashMap<>();

  /**
   * @param maxBytes the bound on the records' estimated heap; 0 keeps nothing (every read decodes)
   * @throws IllegalArgumentException if negative
   */
  public RecordCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative, got " + maxBytes);
    }
    this.records = maxBytes == 0 ? null
        : Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((Key k, Kept kept) -> kept.bytes())
            .executor(Runnable::run)
            .build();
  }

  /**
   * The record of document {@code doc} (segment-local) of {@code reader}, whose encoded bytes are
   * {@code bytes}: kept from an earlier read, or decoded.
   */
  public Parolee read(LeafReader reader, int doc, BytesRef bytes) {
    Parolee kept = kept(reader, doc);
    return kept != null ? kept : decode(reader, doc, bytes);
  }

  /** The record of document {@code doc} of {@code reader} if kept, else null (its bytes need not be read). */
  public @Nullable Parolee kept(LeafReader reader, int doc) {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (records == null || helper == null) {
      return null;
    }
    Kept kept = records.getIfPresent(new Key(helper.getKey(), doc));
    return kept == null ? null : kept.record();
  }

  /** Decodes the record of document {@code doc} of {@code reader} from {@code bytes}, and keeps it. */
  public Parolee decode(LeafReader reader, int doc, BytesRef bytes) {
    Parolee decoded = RecordCodec.get().decode(bytes.bytes, bytes.offset, bytes.length);
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (records == null || helper == null) {
      return decoded;
    }
    IndexReader.CacheKey core = helper.getKey();
    if (cores.putIfAbsent(core, Boolean.TRUE) == null) {
      helper.addClosedListener(this::dropSegment);
    }
    records.put(new Key(core, doc), new Kept(decoded, ENTRY_OVERHEAD + ESTIMATE_FACTOR * bytes.length));
    return decoded;
  }

  private void dropSegment(IndexReader.CacheKey core) {
    cores.remove(core);
    if (records != null) {
      records.asMap().keySet().removeIf(k -> k.core() == core);
    }
  }

  /** The number of records kept, after pending evictions are done (for tests and monitoring). */
  public long size() {
    if (records == null) {
      return 0;
    }
    records.cleanUp();
    return records.estimatedSize();
  }
}
