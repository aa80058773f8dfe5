package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link EditDistance} against Lucene's Levenshtein automata with transpositions (what the fuzzy name query
 * matches), on seeded words from a small alphabet (so that near misses, repeats and swaps are frequent),
 * with accented and supplementary characters.
 */
class EditDistanceProperties {
  private static final String[] ALPHABET = {"a", "b", "c", "e", "é", "n", "𝒜"};

  private static String word(SplittableRandom r, int max) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      b.append(ALPHABET[r.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }

  /** A variant of {@code w}: up to three random edits (insert, delete, replace, swap neighbours). */
  private static String variant(SplittableRandom r, String w) {
    StringBuilder b = new StringBuilder(w);
    for (int e = r.nextInt(4); e > 0; e--) {
      int op = r.nextInt(4);
      int len = b.length();
      if (op == 0 || len == 0) {
        b.insert(r.nextInt(len + 1), ALPHABET[r.nextInt(ALPHABET.length - 1)]);
      } else if (op == 1) {
        b.deleteCharAt(r.nextInt(len));
      } else if (op == 2) {
        b.setCharAt(r.nextInt(len), ALPHABET[r.nextInt(ALPHABET.length - 2)].charAt(0));
      } else if (len >= 2) {
        int i = r.nextInt(len - 1);
        char c = b.charAt(i);
        b.setCharAt(i, b.charAt(i + 1));
        b.setCharAt(i + 1, c);
      }
    }
    // Edits on UTF-16 units may split a surrogate pair; keep only whole code points.
    return b.toString().codePoints().filter(cp -> !Character.isSurrogate((char) cp) || cp > 0xFFFF)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void agreesWithLevenshteinAutomataWithTranspositions(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 150; i++) {
      String word = word(r, 7);
      int edits = 1 + r.nextInt(2);
      Automaton automaton = new LevenshteinAutomata(word, true).toAutomaton(edits);
      for (int k = 0; k < 8; k++) {
        String candidate = k % 2 == 0 ? variant(r, word) : word(r, 8);
        assertThat(EditDistance.within(word, candidate, edits))
            .as("seed %d: \"%s\" within %d of \"%s\"", seed, candidate, edits, word)
            .isEqualTo(Operations.run(automaton, candidate));
      }
    }
  }
}
