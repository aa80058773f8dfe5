package org.leadssdk.search.internal;

/**
 * Whether two words are within a few edits of each other: insertions, deletions, substitutions and
 * transpositions of neighbouring characters, each one edit, counted on code points (the optimal string
 * alignment distance). The same words match as under Lucene's Levenshtein automata with transpositions,
 * which the fuzzy name query uses; computed directly, because building an automaton for each query word
 * costs far more than comparing a few short names.
 */
public final class EditDistance {
  private EditDistance() {}

  /** Whether {@code a} can be turned into {@code b} with at most {@code max} edits. */
  public static boolean within(String a, String b, int max) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (Math.abs(x.length - y.length) > max) {
      return false;
    }
    int n = x.length;
    int m = y.length;
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= m; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) {
        return false;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return previous[m] <= max;
  }
}
