package org.leadssdk.search.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
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
 * times the encoded bytes, an estimate measured on generated records. A record is kept from its second
 * decoding on (see {@link #seen}), and Caffeine's admission keeps records read now and then from pushing
 * out the records read again and again. Thread-safe.
 */
public final class RecordCache {
  /**
   * Decoded heap bytes per encoded byte: generated records take 686 encoded bytes and about 4,000 bytes
   * once decoded (measured with {@code Runtime} over 20,000 records), so 6, plus {@link #ENTRY_OVERHEAD}.
   */
  static final int ESTIMATE_FACTOR = 6;
  /** The cache's own bytes per entry: the key, the kept pair, Caffeine's node and the map's. */
  static final int ENTRY_OVERHEAD = 160;
  /** A generated record's encoded size, rounded up: sizes the doorkeeper to the records the bound holds. */
  private static final int TYPICAL_ENCODED_BYTES = 700;

  private record Key(IndexReader.CacheKey core, int doc) {}

  /** A decoded record and its estimated heap bytes. */
  private record Kept(Parolee record, int bytes) {}

  private final @Nullable Cache<Key, Kept> records;
  /**
   * The doorkeeper: a hash of each document decoded lately, one per slot. A record is kept only when it
   * is decoded a second time, so the records of searches seldom repeated (a name looked up once) cost no
   * cache entry, no eviction and no garbage promoted to the old generation; a collision only delays keeping.
   */
  private final AtomicLongArray seen;
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
    // The doorkeeper's slots: a power of two, four to eight for each record the bound holds (at most 2^21).
    long entries = Math.max(1, maxBytes / (ENTRY_OVERHEAD + ESTIMATE_FACTOR * (long) TYPICAL_ENCODED_BYTES));
    int slots = Integer.highestOneBit((int) Math.min(1 << 20, 4 * entries)) * 2;
    this.seen = new AtomicLongArray(maxBytes == 0 ? 1 : slots);
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

  /**
   * Decodes the record of document {@code doc} of {@code reader} from {@code bytes}, and keeps it if it was
   * decoded lately already.
   */
  public Parolee decode(LeafReader reader, int doc, BytesRef bytes) {
    Parolee decoded = RecordCodec.get().decode(bytes.bytes, bytes.offset, bytes.length);
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (records == null || helper == null) {
      return decoded;
    }
    IndexReader.CacheKey core = helper.getKey();
    long hash = (System.identityHashCode(core) * 0x9E3779B97F4A7C15L + doc) * 0xBF58476D1CE4E5B9L;
    int slot = (int) (hash >>> 40) & (seen.length() - 1);
    if (seen.get(slot) != hash) {
      seen.set(slot, hash);
      return decoded;
    }
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
