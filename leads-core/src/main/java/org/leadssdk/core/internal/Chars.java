package org.leadssdk.core.internal;

import java.nio.charset.StandardCharsets;

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

  /**
   * Whether every character of {@code s} is a lower-case hexadecimal digit, {@code [0-9a-f]}.
   *
   * <p>Branch-free over the bytes of a Latin-1 copy: a photo hash's digits and letters come in random order,
   * so a test that branches on the class mispredicts about every other character (about five times slower
   * here). A character outside Latin-1 becomes {@code '?'} in the copy (a surrogate pair a single one,
   * which changes the length), so it is refused too.
   */
  public static boolean lowerHex(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length != s.length()) {
      return false;
    }
    int bad = 0;
    for (byte b : bytes) {
      int digit = b - '0';
      int letter = b - 'a';
      // Non-negative exactly when 0 <= digit <= 9, or 0 <= letter <= 5; else the sign bit is set.
      bad |= ((9 - digit) | digit) & ((5 - letter) | letter);
    }
    return bad >= 0;
  }
}
