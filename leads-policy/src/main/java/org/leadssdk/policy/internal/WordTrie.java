package org.leadssdk.policy.internal;

import java.util.Collection;

/**
 * A trie over the letters a-z answering "can this letter string be cut entirely into words of the
 * set?" without allocating. Immutable after construction; thread-safe.
 */
final class WordTrie {
  private final int[][] next;
  private final boolean[] terminal;
  private int size = 1;

  WordTrie(Collection<String> words) {
    int capacity = 1;
    for (String w : words) {
      capacity += w.length();
    }
    next = new int[capacity][];
    terminal = new boolean[capacity];
    next[0] = new int[26];
    for (String w : words) {
      add(w);
    }
  }

  private void add(String word) {
    int node = 0;
    for (int i = 0; i < word.length(); i++) {
      int c = word.charAt(i) - 'a';
      if (c < 0 || c >= 26) {
        throw new IllegalArgumentException("trie words are a-z only, got " + word);
      }
      if (next[node][c] == 0) {
        next[size] = new int[26];
        next[node][c] = size++;
      }
      node = next[node][c];
    }
    terminal[node] = true;
  }

  /** Whether {@code letters} (a-z only) is empty or a concatenation of words of the set. */
  boolean segmentable(CharSequence letters) {
    int n = letters.length();
    boolean[] reachable = new boolean[n + 1];
    reachable[0] = true;
    for (int start = 0; start < n; start++) {
      if (!reachable[start]) {
        continue;
      }
      int node = 0;
      for (int i = start; i < n; i++) {
        int c = letters.charAt(i) - 'a';
        node = c < 0 || c >= 26 ? 0 : next[node][c];
        if (node == 0) {
          break;
        }
        if (terminal[node]) {
          reachable[i + 1] = true;
        }
      }
    }
    return reachable[n];
  }

  /** Whether {@code word} is in the set. */
  boolean contains(CharSequence word) {
    int node = 0;
    for (int i = 0; i < word.length(); i++) {
      int c = word.charAt(i) - 'a';
      node = c < 0 || c >= 26 ? 0 : next[node][c];
      if (node == 0) {
        return false;
      }
    }
    return terminal[node];
  }
}
