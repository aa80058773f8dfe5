package org.leadssdk.search.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.jspecify.annotations.Nullable;

/**
 * The words within a few edits of a word, as a deterministic automaton over code points: insertions,
 * deletions, substitutions and transpositions of neighbouring characters, each one edit (the optimal string
 * alignment distance, as {@link EditDistance} and Lucene's Levenshtein automata with transpositions count
 * them), after a prefix that must match exactly.
 *
 * <p>Lucene's {@code LevenshteinAutomata} instantiates a precomputed parametric description for the word's
 * length, states it can never reach included, then removes the dead ones; for two edits that costs about
 * 0.7 ms for a surname, a third of a name query on the 1,000,000-record index. Here the automaton is built
 * by subset construction from the start state, so only reachable states are ever made (under a hundred for a
 * surname), and a word of ASCII characters is compiled straight to UTF-8 bytes: the same words for about a
 * sixth of the work. The automaton also tells the exact distance of a word it accepts ({@link #distance}),
 * which a fuzzy query's ranking of its expansions needs.
 *
 * <p>Immutable once built; not for words longer than {@link #MAX_WORD} code points after the prefix.
 */
public final class TypoAutomaton {
  /** The longest word (after the prefix) an automaton is built for, in code points. */
  public static final int MAX_WORD = 250;

  private static final byte ABSENT = (byte) 0xFF;

  private final int[] prefix;
  private final int[] word;
  private final int maxEdits;
  /** The distinct code points of the word, sorted; class {@code alphabet.length} is every other one. */
  private final int[] alphabet;
  private final int classes;
  /** {@code next[state * classes + class]}: the next state, or -1 (no word within the edits goes on so). */
  private final int[] next;
  /** Per state, the fewest edits with which the input read so far is the whole word, or -1. */
  private final int[] finalEdits;
  private final int states;

  /**
   * @param text the word, prefix included
   * @param maxEdits 1 or 2
   * @param prefixLength code points at the start of {@code text} that must match exactly, fewer than the
   *     word has
   * @throws IllegalArgumentException if an argument is out of range
   */
  public TypoAutomaton(String text, int maxEdits, int prefixLength) {
    int[] cps = text.codePoints().toArray();
    if (maxEdits < 1 || maxEdits > 2) {
      throw new IllegalArgumentException("maxEdits must be 1 or 2, got " + maxEdits);
    }
    if (prefixLength < 0 || prefixLength >= cps.length) {
      throw new IllegalArgumentException(
          "prefixLength must be between 0 and " + (cps.length - 1) + ", got " + prefixLength);
    }
    if (cps.length - prefixLength > MAX_WORD) {
      throw new IllegalArgumentException("a word of " + (cps.length - prefixLength) + " code points after the prefix"
          + " is longer than " + MAX_WORD);
    }
    this.prefix = Arrays.copyOf(cps, prefixLength);
    this.word = Arrays.copyOfRange(cps, prefixLength, cps.length);
    this.maxEdits = maxEdits;
    this.alphabet = Arrays.stream(word).distinct().sorted().toArray();
    this.classes = alphabet.length + 1;

    // Subset construction. A set of NFA states holds, per word position i (0..m), the fewest edits of a
    // plain state (i, e) and of a transposition state T(i, e) ("read word[i + 1], word[i] must follow"); a
    // state with more edits at the same position accepts nothing the one with fewer does not.
    int m = word.length;
    Map<String, Integer> ids = new HashMap<>();
    List<byte[]> sets = new ArrayList<>();
    byte[] start = emptySet(m);
    start[0] = 0;
    close(start);
    ids.put(key(start), 0);
    sets.add(start);
    int[] table = new int[16 * classes];
    for (int s = 0; s < sets.size(); s++) {
      byte[] from = sets.get(s);
      for (int c = 0; c < classes; c++) {
        byte[] to = step(from, c < alphabet.length ? alphabet[c] : -1);
        int target = -1;
        if (to != null) {
          String k = key(to);
          Integer id = ids.get(k);
          if (id == null) {
            id = sets.size();
            ids.put(k, id);
            sets.add(to);
          }
          target = id;
        }
        int slot = s * classes + c;
        if (slot >= table.length) {
          table = Arrays.copyOf(table, Math.max(table.length * 2, slot + 1));
        }
        table[slot] = target;
      }
    }
    this.states = sets.size();
    this.next = Arrays.copyOf(table, states * classes);
    this.finalEdits = new int[states];
    for (int s = 0; s < states; s++) {
      byte e = sets.get(s)[m];
      finalEdits[s] = e == ABSENT ? -1 : e;
    }
  }

  private static byte[] emptySet(int m) {
    byte[] set = new byte[2 * (m + 1)];
    Arrays.fill(set, ABSENT);
    return set;
  }

  private static String key(byte[] set) {
    return new String(set, StandardCharsets.ISO_8859_1);
  }

  /** Adds a plain state (i, e) if it has fewer edits than the one held there. */
  private static void plain(byte[] set, int i, int e) {
    if (set[i] == ABSENT || set[i] > e) {
      set[i] = (byte) e;
    }
  }

  /**
   * Adds the deletions of word characters (moves forward that read nothing, one edit each), in position
   * order so that deletions in a row are followed.
   */
  private void close(byte[] set) {
    int m = word.length;
    for (int i = 0; i < m; i++) {
      if (set[i] != ABSENT && set[i] < maxEdits) {
        plain(set, i + 1, set[i] + 1);
      }
    }
  }

  /** The set after reading code point {@code c} ({@code -1}: one not in the word), or null if empty. */
  private byte @Nullable [] step(byte[] from, int c) {
    int m = word.length;
    byte[] to = emptySet(m);
    for (int i = 0; i <= m; i++) {
      if (from[i] != ABSENT) {
        int e = from[i];
        if (i < m && word[i] == c) {
          plain(to, i + 1, e);
        }
        if (e < maxEdits) {
          plain(to, i, e + 1); // an inserted character
          if (i < m) {
            plain(to, i + 1, e + 1); // a substituted one
          }
          if (i + 1 < m && word[i + 1] == c) {
            int t = m + 1 + i; // the first of two swapped characters
            if (to[t] == ABSENT || to[t] > e + 1) {
              to[t] = (byte) (e + 1);
            }
          }
        }
      }
      if (i < m && from[m + 1 + i] != ABSENT && word[i] == c) {
        plain(to, i + 2, from[m + 1 + i]); // the second of the swapped characters
      }
    }
    if (!hasAny(to)) {
      return null;
    }
    close(to);
    return to;
  }

  private static boolean hasAny(byte[] set) {
    for (byte b : set) {
      if (b != ABSENT) {
        return true;
      }
    }
    return false;
  }

  /** How many states the automaton has after the prefix. */
  public int stateCount() {
    return states;
  }

  /** The class of a code point: its index in the word's alphabet, or the class of every other one. */
  private int classOf(int cp) {
    int i = Arrays.binarySearch(alphabet, cp);
    return i >= 0 ? i : alphabet.length;
  }

  /**
   * The number of edits between the word and {@code utf8}, or -1 if the prefix differs or it is more than
   * {@code maxEdits}.
   *
   * @param utf8 valid UTF-8, such as an indexed term
   */
  public int distance(BytesRef utf8) {
    byte[] b = utf8.bytes;
    int pos = utf8.offset;
    int end = utf8.offset + utf8.length;
    for (int p : prefix) {
      if (pos >= end) {
        return -1;
      }
      int cp = codePointAt(b, pos);
      if (cp != p) {
        return -1;
      }
      pos += utf8Length(b[pos]);
    }
    int state = 0;
    while (pos < end) {
      state = next[state * classes + classOf(codePointAt(b, pos))];
      if (state < 0) {
        return -1;
      }
      pos += utf8Length(b[pos]);
    }
    return finalEdits[state];
  }

  private static int utf8Length(byte lead) {
    int v = lead & 0xFF;
    return v < 0x80 ? 1 : v < 0xE0 ? 2 : v < 0xF0 ? 3 : 4;
  }

  private static int codePointAt(byte[] b, int pos) {
    int v = b[pos] & 0xFF;
    if (v < 0x80) {
      return v;
    }
    if (v < 0xE0) {
      return ((v & 0x1F) << 6) | (b[pos + 1] & 0x3F);
    }
    if (v < 0xF0) {
      return ((v & 0x0F) << 12) | ((b[pos + 1] & 0x3F) << 6) | (b[pos + 2] & 0x3F);
    }
    return ((v & 0x07) << 18) | ((b[pos + 1] & 0x3F) << 12) | ((b[pos + 2] & 0x3F) << 6) | (b[pos + 3] & 0x3F);
  }

  /** The automaton over code points, prefix included: accepts exactly the words within the edits. */
  public Automaton toAutomaton() {
    Automaton a = withPrefix(0, states * classes);
    for (int s = 0; s < states; s++) {
      addTransitions(a, s, Character.MAX_CODE_POINT);
    }
    a.finishState();
    return a;
  }

  /**
   * A new automaton with the prefix's states (state 0 first), then this automaton's states, then
   * {@code extra} states, and the prefix's transitions.
   */
  private Automaton withPrefix(int extra, int transitions) {
    int count = prefix.length + states + extra;
    Automaton a = new Automaton(count, prefix.length + transitions);
    for (int i = 0; i < count; i++) {
      a.createState();
    }
    for (int i = 0; i < prefix.length; i++) {
      a.addTransition(i, i + 1, prefix[i]);
    }
    return a;
  }

  /**
   * Marks state {@code s} (after the prefix's states) accepting or not and adds its transitions: each
   * character of the word, and every other character up to {@code limit}.
   *
   * @return the state every other character leads to, or -1
   */
  private int addTransitions(Automaton a, int s, int limit) {
    int offset = prefix.length;
    a.setAccept(offset + s, finalEdits[s] >= 0);
    for (int c = 0; c < alphabet.length; c++) {
      int to = next[s * classes + c];
      if (to >= 0) {
        a.addTransition(offset + s, offset + to, alphabet[c]);
      }
    }
    int other = next[s * classes + alphabet.length];
    if (other >= 0) {
      int low = 0;
      for (int cp : alphabet) {
        if (cp > low) {
          a.addTransition(offset + s, offset + other, low, cp - 1);
        }
        low = cp + 1;
      }
      if (low <= limit) {
        a.addTransition(offset + s, offset + other, low, limit);
      }
    }
    return other;
  }

  /**
   * The automaton compiled to run over the UTF-8 bytes of terms (finite, deterministic). A word of ASCII
   * characters (any name folded to ASCII) is compiled straight to bytes: the bytes of a character not in
   * the word lead through one to three continuation states, which on valid UTF-8 (every indexed term) is
   * what Lucene's general conversion from code points to UTF-8 would make of them, for a fraction of its
   * work; unlike it, this form does not reject overlong or surrogate byte sequences.
   */
  public CompiledAutomaton compile() {
    boolean ascii = Arrays.stream(prefix).allMatch(cp -> cp < 0x80)
        && Arrays.stream(alphabet).allMatch(cp -> cp < 0x80);
    return ascii ? new CompiledAutomaton(toByteAutomaton(), true, false, true)
        : new CompiledAutomaton(toAutomaton(), true, false);
  }

  /** The automaton over UTF-8 bytes, for a prefix and word of ASCII characters. */
  private Automaton toByteAutomaton() {
    // The states a character not in the word leads to, each with three states for continuation bytes.
    int[] continuation = new int[states];
    Arrays.fill(continuation, -1);
    int others = 0;
    for (int s = 0; s < states; s++) {
      int other = next[s * classes + alphabet.length];
      if (other >= 0 && continuation[other] < 0) {
        continuation[other] = others++;
      }
    }
    Automaton a = withPrefix(3 * others, states * (2 * classes + 3) + 3 * others);
    int offset = prefix.length;
    int firstContinuation = offset + states;
    for (int s = 0; s < states; s++) {
      int other = addTransitions(a, s, 0x7F);
      if (other >= 0) {
        int base = firstContinuation + 3 * continuation[other];
        a.addTransition(offset + s, base, 0xC2, 0xDF); // one continuation byte to come
        a.addTransition(offset + s, base + 1, 0xE0, 0xEF); // two
        a.addTransition(offset + s, base + 2, 0xF0, 0xF4); // three
      }
    }
    for (int d = 0; d < states; d++) {
      if (continuation[d] >= 0) {
        int base = firstContinuation + 3 * continuation[d];
        a.addTransition(base, offset + d, 0x80, 0xBF);
        a.addTransition(base + 1, base, 0x80, 0xBF);
        a.addTransition(base + 2, base + 1, 0x80, 0xBF);
      }
    }
    a.finishState();
    return a;
  }
}
