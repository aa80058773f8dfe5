package org.leadssdk.core.internal;

/**
 * Character-class checks for the fixed-shape identifiers (CDC, CII, SSN, ZIP, plates, hashes): the same
 * ASCII classes as their regular expressions ({@code [0-9]}, {@code [A-Z]}, {@code [0-9a-f]}), as plain
 * loops, because a search decodes and so validates every record it returns.
 */
public final class Chars {
  private Chars() {}

  /** Whether {@code c} is an ASCII digit, {@code [0-9]}. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code c} is an ASCII upper-case letter, {@code [A-Z]}. */
  public static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Whether {@code c} is {@code [A-Z0-9]}. */
  public static boolean isUpperOrDigit(char c) {
    return isUpper(c) || isDigit(c);
  }

  /** Whether the characters {@code from} (inclusive) to {@code to} (exclusive) of {@code s} are digits. */
  public static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the characters {@code from} to {@code to} (exclusive) of {@code s} are {@code [A-Z0-9]}. */
  public static boolean upperOrDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isUpperOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether every character of {@code s} is a lower-case hexadecimal digit, {@code [0-9a-f]}. */
  public static boolean lowerHex(String s) {
    // One unsigned range test per class (a char below '0' or 'a' wraps to a large value) and no early exit.
    boolean ok = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      ok &= (char) (c - '0') <= 9 || (char) (c - 'a') <= 5;
    }
    return ok;
  }
}
