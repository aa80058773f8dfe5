package org.leadssdk.search.internal;

import java.util.Map;

/** Plain words for NCIC SMT kinds, so that "tattoo" finds {@code TAT L ARM}. */
public final class SmtWords {
  private static final Map<String, String> KIND_WORDS = Map.ofEntries(
      Map.entry("TAT", "tattoo"),
      Map.entry("SC", "scar"),
      Map.entry("MOLE", "mole"),
      Map.entry("BRND", "brand"),
      Map.entry("BM", "birthmark"),
      Map.entry("FRECK", "freckles"),
      Map.entry("PRCD", "pierced piercing"),
      Map.entry("MISS", "missing"),
      Map.entry("DISC", "discolored"),
      Map.entry("CAUL", "cauliflower ear"),
      Map.entry("DEF", "deformity"),
      Map.entry("ART", "artificial"),
      Map.entry("NV", "needle marks"));

  private SmtWords() {}

  /** The words for a kind code, or the empty string for a kind without a word. */
  public static String kindWords(String kind) {
    return KIND_WORDS.getOrDefault(kind, "");
  }
}
