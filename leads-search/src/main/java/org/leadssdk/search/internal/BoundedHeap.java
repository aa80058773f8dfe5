package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The {@code capacity} smallest entries offered, each a rank, a key and a document id compared in that
 * order: a max-heap over three parallel arrays (the largest kept on top, so that a new entry is checked
 * against it alone), read by index in heap order, or sorted ascending in place first. Used by one thread.
 *
 * <p>Keys are at least 0. A key may be offered as {@link #UNREAD} when the heap has a {@link KeySource}: it
 * is read only when two entries of equal rank must be ordered, or when {@link #key} or {@link #readKeys}
 * asks for it. Keys break ties, and ties are rare when ranks are names (every live record has one), so
 * most keys are never read; entries that share a rank read theirs.
 */
final class BoundedHeap {
  /** The key of an entry whose key is not read yet (never a real key: keys are at least 0 then). */
  static final long UNREAD = Long.MIN_VALUE;

  /** Reads the key of a document, in any order of documents. */
  interface KeySource {
    /** The key of {@code doc}, at least 0. */
    long key(int doc) throws IOException;
  }

  private final int[] ranks;
  private final long[] keys;
  private final int[] docs;
  private final @Nullable KeySource source;
  private int count;

  /** A heap whose keys are always offered. */
  BoundedHeap(int capacity) {
    this(capacity, null);
  }

  /** A heap whose keys may be offered {@link #UNREAD} and are then read from {@code source} when needed. */
  BoundedHeap(int capacity, @Nullable KeySource source) {
    this.ranks = new int[capacity];
    this.keys = new long[capacity];
    this.docs = new int[capacity];
    this.source = source;
  }

  /** How many entries are kept. */
  int size() {
    return count;
  }

  /** Whether an entry of this rank cannot enter: the heap is full of entries of lower ranks. */
  boolean rejects(int rank) {
    return count == ranks.length && rank > ranks[0];
  }

  /**
   * Keeps the entry if the heap has room or it is smaller than the largest kept (which it replaces). The key
   * may be {@link #UNREAD} if the heap has a key source.
   */
  void offer(int rank, long key, int doc) throws IOException {
    if (count < ranks.length) {
      ranks[count] = rank;
      keys[count] = key;
      docs[count] = doc;
      up(count++);
    } else if (rank < ranks[0]) {
      replaceTop(rank, key, doc);
    } else if (rank == ranks[0]) {
      long k = key == UNREAD ? read(doc) : key;
      if (greater(rank, keyAt(0), docs[0], rank, k, doc)) {
        replaceTop(rank, k, doc);
      }
    }
  }

  private void replaceTop(int rank, long key, int doc) throws IOException {
    ranks[0] = rank;
    keys[0] = key;
    docs[0] = doc;
    down(0, count);
  }

  /** Sorts the entries ascending in place (heap sort); after it the entries are read by index, not offered. */
  void sortAscending() throws IOException {
    for (int end = count - 1; end > 0; end--) {
      swap(0, end);
      down(0, end);
    }
  }

  /**
   * The rank of entry {@code i} (0 to {@link #size()} - 1): in heap order, or ascending after
   * {@link #sortAscending}.
   */
  int rank(int i) {
    return ranks[i];
  }

  /** The key of entry {@code i}, in the same order as {@link #rank}; read now if it was not. */
  long key(int i) throws IOException {
    return keyAt(i);
  }

  /**
   * Reads the keys not read yet of entries {@code from} (inclusive) to {@code to} (exclusive), in the
   * order of their documents, so that the source reads forward.
   */
  void readKeys(int from, int to) throws IOException {
    int[] unread = new int[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      if (keys[i] == UNREAD) {
        unread[n++] = i;
      }
    }
    if (n == 0) {
      return;
    }
    long[] byDoc = new long[n];
    for (int j = 0; j < n; j++) {
      byDoc[j] = ((long) docs[unread[j]] << 32) | unread[j];
    }
    Arrays.sort(byDoc);
    for (long entry : byDoc) {
      int i = (int) entry;
      keys[i] = read(docs[i]);
    }
  }

  private long keyAt(int i) throws IOException {
    long k = keys[i];
    if (k == UNREAD) {
      k = read(docs[i]);
      keys[i] = k;
    }
    return k;
  }

  private long read(int doc) throws IOException {
    if (source == null) {
      throw new IllegalStateException("a key was offered unread to a heap without a key source");
    }
    long k = source.key(doc);
    if (k < 0) {
      throw new IllegalStateException("key source gave a negative key " + k + " for document " + doc);
    }
    return k;
  }

  /** The document id of entry {@code i}, in the same order as {@link #rank}. */
  int doc(int i) {
    return docs[i];
  }

  private static boolean greater(int rankA, long keyA, int docA, int rankB, long keyB, int docB) {
    if (rankA != rankB) {
      return rankA > rankB;
    }
    return keyA != keyB ? keyA > keyB : docA > docB;
  }

  private boolean greater(int a, int b) throws IOException {
    if (ranks[a] != ranks[b]) {
      return ranks[a] > ranks[b];
    }
    return greater(ranks[a], keyAt(a), docs[a], ranks[b], keyAt(b), docs[b]);
  }

  private void up(int i) throws IOException {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!greater(i, parent)) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void down(int i, int end) throws IOException {
    while (true) {
      int child = 2 * i + 1;
      if (child >= end) {
        return;
      }
      if (child + 1 < end && greater(child + 1, child)) {
        child++;
      }
      if (!greater(child, i)) {
        return;
      }
      swap(i, child);
      i = child;
    }
  }

  private void swap(int a, int b) {
    int r = ranks[a];
    ranks[a] = ranks[b];
    ranks[b] = r;
    long k = keys[a];
    keys[a] = keys[b];
    keys[b] = k;
    int d = docs[a];
    docs[a] = docs[b];
    docs[b] = d;
  }
}
