package org.leadssdk.search.internal;

import java.util.Arrays;
import org.leadssdk.core.CdcNumber;

/**
 * The latest version of every record the index holds, live or removed, keyed by CDC number: an
 * open-addressing table of primitive longs (about 32 MB for a million records), so that an out-of-order
 * or repeated feed entry is recognized without a search. Thread-safe (synchronized).
 */
public final class VersionTable {
  private static final long EMPTY = -1L;

  private long[] keys;
  private long[] values;
  private int size;

  /** A table sized for about {@code expected} records. */
  public VersionTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new long[capacity];
    Arrays.fill(keys, EMPTY);
  }

  /**
   * The CDC number as a number: each of the 6 characters in base 37 (letters 1-26, digits 27-36), so
   * distinct numbers get distinct keys.
   */
  public static long key(CdcNumber cdc) {
    String v = cdc.value();
    long k = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      int digit = c >= 'A' && c <= 'Z' ? c - 'A' + 1 : c - '0' + 27;
      k = k * 37 + digit;
    }
    return k;
  }

  /** The version recorded for the key, or {@code 0} if none. */
  public synchronized long get(long key) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == EMPTY) {
        return 0;
      }
      if (k == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  /** Records {@code version} for the key. */
  public synchronized void put(long key, long version) {
    if ((size + 1) * 2L > keys.length) {
      grow();
    }
    insert(key, version);
  }

  /** How many keys the table holds. */
  public synchronized int size() {
    return size;
  }

  private void insert(long key, long version) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == EMPTY) {
      size++;
    }
    keys[i] = key;
    values[i] = version;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
