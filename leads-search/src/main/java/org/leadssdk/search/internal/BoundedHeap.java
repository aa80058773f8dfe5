package org.leadssdk.search.internal;

/**
 * The {@code capacity} smallest entries offered, each a rank, a key and a document id compared in that
 * order: a max-heap over three parallel arrays (the largest kept on top, so that a new entry is checked
 * against it alone), read by index in heap order, or sorted ascending in place first. Used by one thread.
 */
final class BoundedHeap {
  private final int[] ranks;
  private final long[] keys;
  private final int[] docs;
  private int count;

  BoundedHeap(int capacity) {
    this.ranks = new int[capacity];
    this.keys = new long[capacity];
    this.docs = new int[capacity];
  }

  /** How many entries are kept. */
  int size() {
    return count;
  }

  /** Whether an entry of this rank cannot enter: the heap is full of entries of lower ranks. */
  boolean rejects(int rank) {
    return count == ranks.length && rank > ranks[0];
  }

  /** Keeps the entry if the heap has room or it is smaller than the largest kept (which it replaces). */
  void offer(int rank, long key, int doc) {
    if (count < ranks.length) {
      ranks[count] = rank;
      keys[count] = key;
      docs[count] = doc;
      up(count++);
    } else if (greater(ranks[0], keys[0], docs[0], rank, key, doc)) {
      ranks[0] = rank;
      keys[0] = key;
      docs[0] = doc;
      down(0, count);
    }
  }

  /** Sorts the entries ascending in place (heap sort); after it the entries are read by index, not offered. */
  void sortAscending() {
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

  /** The key of entry {@code i}, in the same order as {@link #rank}. */
  long key(int i) {
    return keys[i];
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

  private boolean greater(int a, int b) {
    return greater(ranks[a], keys[a], docs[a], ranks[b], keys[b], docs[b]);
  }

  private void up(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!greater(i, parent)) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void down(int i, int end) {
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
