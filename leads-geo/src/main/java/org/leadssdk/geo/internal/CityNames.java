package org.leadssdk.geo.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Normalization and edit distance of place names for the offline geocoder. */
public final class CityNames {
  private static final Map<String, String> WORDS = Map.of("SAINT", "ST", "FORT", "FT", "MOUNT", "MT");

  private CityNames() {}

  /**
   * The key of a name: accents removed, upper case (root locale), punctuation dropped, the words SAINT,
   * FORT and MOUNT abbreviated to ST, FT and MT, and spaces removed, so {@code "St. Helena"},
   * {@code "Saint Helena"} and {@code "SAINT  HELENA"} share a key, as do {@code "Mc Farland"} and
   * {@code "McFarland"}.
   */
  public static String normalize(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    StringBuilder b = new StringBuilder(s.length());
    for (String word : s.split(" ")) {
      b.append(WORDS.getOrDefault(word, word));
    }
    return b.toString();
  }

  /** The Levenshtein distance of two keys, or {@code max + 1} as soon as it is known to exceed {@code max}. */
  public static int editDistance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
