package org.leadssdk.policy.internal;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression tried only at the positions where one of its matches can begin, with the same
 * answers as {@link Matcher#find()}: the same matches, found in the same order.
 *
 * <p>A plain {@code find()} tries every alternative of a keyword pattern at every position of the text.
 * Here the caller declares, for the pattern, the characters a match can begin with: those that follow a
 * word boundary ({@code \b}; the character before is then not an ASCII letter, digit or underscore), as
 * prefixes of one or more characters, and
 * those that may begin a match anywhere. Every other position is skipped and the pattern is tried with
 * {@link Matcher#lookingAt()} on a region that starts at the candidate; the bounds are transparent, so
 * {@code \b} and look-arounds see the text before the region exactly as {@code find()} does. The declared
 * characters must cover every match (a superset is harmless, a missing character loses matches).
 * Immutable; thread-safe.
 */
final class GatedPattern {
  /** In a start set: any ASCII digit. */
  static final char DIGIT = '#';
  /** In a start set: any ASCII lower-case letter. */
  static final char LETTER = '?';

  private static final char[][] NONE = new char[0][];

  private final Pattern pattern;
  /** For each ASCII character, the prefixes (after a word boundary) that begin with it; its first char included. */
  private final char[][][] afterBoundary = new char[128][][];
  private final boolean[] anywhere = new boolean[128];
  private final char[] otherAnywhere;

  /**
   * A gated pattern.
   *
   * @param regex the regular expression, matched against lower-case text
   * @param boundaryStarts the prefixes, separated by spaces, with which a match can begin right after a word
   *     boundary (one character or more: every match after a boundary begins with one of them); in a prefix
   *     {@link #DIGIT} stands for any digit and {@link #LETTER} for any letter a-z
   * @param anywhereStarts the characters that begin a match whatever precedes them
   */
  GatedPattern(String regex, String boundaryStarts, String anywhereStarts) {
    this.pattern = Pattern.compile(regex);
    for (char c = 0; c < 128; c++) {
      afterBoundary[c] = NONE;
    }
    for (String prefix : boundaryStarts.split(" ")) {
      if (!prefix.isEmpty()) {
        addPrefix(prefix.toCharArray());
      }
    }
    StringBuilder other = new StringBuilder();
    for (int i = 0; i < anywhereStarts.length(); i++) {
      char c = anywhereStarts.charAt(i);
      if (c < 128) {
        anywhere[c] = true;
      } else {
        other.append(c);
      }
    }
    otherAnywhere = other.toString().toCharArray();
    for (int i = 0; i < boundaryStarts.length(); i++) {
      if (boundaryStarts.charAt(i) >= 128) {
        throw new IllegalArgumentException("boundary start characters must be ASCII, got " + boundaryStarts);
      }
    }
  }

  private void addPrefix(char[] prefix) {
    char first = prefix[0];
    if (first == DIGIT) {
      for (char d = '0'; d <= '9'; d++) {
        add(d, prefix);
      }
    } else if (first == LETTER) {
      for (char l = 'a'; l <= 'z'; l++) {
        add(l, prefix);
      }
    } else {
      add(first, prefix);
    }
  }

  private void add(char first, char[] prefix) {
    char[][] old = afterBoundary[first];
    char[][] grown = Arrays.copyOf(old, old.length + 1);
    grown[old.length] = prefix;
    afterBoundary[first] = grown;
  }

  /** The regular expression. */
  Pattern pattern() {
    return pattern;
  }

  /** A matcher over {@code text}, set up for {@link #next}. */
  Matcher matcher(String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** Whether the pattern occurs in {@code text}; the same answer as {@code pattern().matcher(text).find()}. */
  boolean find(String text) {
    return next(matcher(text), text, 0) >= 0;
  }

  /**
   * The next match at or after {@code from}, as {@code find()} would find it after a match that ended at
   * {@code from}: the start of the match (its groups and end are in {@code m}), or -1 if there is none.
   *
   * @param m a matcher from {@link #matcher(String)} over {@code text}
   */
  int next(Matcher m, String text, int from) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      if (candidate(text, i)) {
        m.region(i, n);
        if (m.lookingAt()) {
          return i;
        }
      }
    }
    return -1;
  }

  private boolean candidate(String text, int i) {
    char c = text.charAt(i);
    if (c >= 128) {
      for (char o : otherAnywhere) {
        if (o == c) {
          return true;
        }
      }
      return false;
    }
    if (anywhere[c]) {
      return true;
    }
    char[][] prefixes = afterBoundary[c];
    if (prefixes.length == 0 || (i > 0 && asciiWord(text.charAt(i - 1)))) {
      return false;
    }
    for (char[] prefix : prefixes) {
      if (startsWith(text, i, prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(String text, int at, char[] prefix) {
    if (at + prefix.length > text.length()) {
      return false;
    }
    for (int k = 1; k < prefix.length; k++) {
      char t = text.charAt(at + k);
      char p = prefix[k];
      boolean ok = p == DIGIT ? t >= '0' && t <= '9' : p == LETTER ? t >= 'a' && t <= 'z' : t == p;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '_';
  }
}
