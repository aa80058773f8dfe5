package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link TypoAutomaton} against Lucene's Levenshtein automata with transpositions and an exact prefix (what
 * a fuzzy query builds, one automaton per number of edits): on seeded words from a small alphabet (so that
 * near misses, repeats and swaps are frequent), ASCII-only words (compiled straight to bytes) and words
 * with accented, three-byte and supplementary characters (compiled through code points), every candidate's distance
 * must be the fewest edits whose Lucene automaton accepts it, and the compiled automaton must accept exactly
 * the candidates within the edits.
 */
class TypoAutomatonProperties {
  private static final String[] ASCII = {"a", "b", "c", "e", "n"};
  private static final String[] WIDE = {"a", "b", "c", "e", "é", "n", "€", "𝒜"};

  private static String word(SplittableRandom r, String[] alphabet, int min, int max) {
    StringBuilder b = new StringBuilder();
    int n = min + r.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      b.append(alphabet[r.nextInt(alphabet.length)]);
    }
    return b.toString();
  }

  /** A variant of {@code w}: up to three random edits (insert, delete, replace, swap neighbours). */
  private static String variant(SplittableRandom r, String w) {
    List<Integer> list = new ArrayList<>(w.codePoints().boxed().toList());
    for (int e = r.nextInt(4); e > 0; e--) {
      int op = r.nextInt(4);
      int len = list.size();
      int other = WIDE[r.nextInt(WIDE.length)].codePointAt(0);
      if (op == 0 || len == 0) {
        list.add(r.nextInt(len + 1), other);
      } else if (op == 1) {
        list.remove(r.nextInt(len));
      } else if (op == 2) {
        list.set(r.nextInt(len), other);
      } else if (len >= 2) {
        int i = r.nextInt(len - 1);
        list.add(i + 1, list.remove(i));
      }
    }
    StringBuilder out = new StringBuilder();
    list.forEach(out::appendCodePoint);
    return out.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void agreesWithLuceneLevenshteinAutomata(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 60; i++) {
      String word = word(r, r.nextBoolean() ? ASCII : WIDE, 1, 8);
      int[] cps = word.codePoints().toArray();
      int prefix = r.nextInt(Math.min(3, cps.length));
      int maxEdits = 1 + r.nextInt(2);
      TypoAutomaton typo = new TypoAutomaton(word, maxEdits, prefix);
      CompiledAutomaton compiled = typo.compile();
      int[] suffix = Arrays.copyOfRange(cps, prefix, cps.length);
      String prefixText = new String(cps, 0, prefix);
      CompiledAutomaton[] lucene = new CompiledAutomaton[maxEdits + 1];
      for (int k = 0; k <= maxEdits; k++) {
        lucene[k] = new CompiledAutomaton(
            new LevenshteinAutomata(suffix, Character.MAX_CODE_POINT, true).toAutomaton(k, prefixText), true, false);
      }
      for (int k = 0; k < 30; k++) {
        String candidate = k % 3 == 2 ? word(r, WIDE, 0, 10) : variant(r, word);
        BytesRef bytes = new BytesRef(candidate);
        int expected = -1;
        for (int e = maxEdits; e >= 0; e--) {
          if (lucene[e].runAutomaton.run(bytes.bytes, bytes.offset, bytes.length)) {
            expected = e;
          }
        }
        assertThat(typo.distance(bytes))
            .as("seed %d: \"%s\" from \"%s\" (prefix %d, at most %d edits)", seed, candidate, word, prefix, maxEdits)
            .isEqualTo(expected);
        assertThat(compiled.runAutomaton.run(bytes.bytes, bytes.offset, bytes.length))
            .as("seed %d: \"%s\" accepted for \"%s\" (prefix %d, at most %d edits)",
                seed, candidate, word, prefix, maxEdits)
            .isEqualTo(expected >= 0);
      }
    }
  }

  @Test
  void aSurnameNeedsFewStates() {
    // Reachable states only: Lucene's parametric description for two edits of an 8-letter suffix has
    // hundreds before its dead states are removed.
    assertThat(new TypoAutomaton("hernandez", 2, 1).stateCount()).isBetween(10, 150);
    assertThat(new TypoAutomaton("hernandez", 2, 1).distance(new BytesRef("hernadnez"))).isEqualTo(1);
    assertThat(new TypoAutomaton("hernandez", 2, 1).distance(new BytesRef("fernandez"))).isEqualTo(-1);
  }

  @Test
  void refusesArgumentsOutOfRange() {
    assertThatThrownBy(() -> new TypoAutomaton("smith", 0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxEdits");
    assertThatThrownBy(() -> new TypoAutomaton("smith", 3, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxEdits");
    assertThatThrownBy(() -> new TypoAutomaton("smith", 1, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefixLength");
    assertThatThrownBy(() -> new TypoAutomaton("s" + "a".repeat(TypoAutomaton.MAX_WORD + 1), 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than");
  }
}
