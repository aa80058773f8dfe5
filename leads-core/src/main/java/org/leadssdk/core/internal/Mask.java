package org.leadssdk.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Masks values of sensitive fields (names, dates, identifiers, locations) for messages, reject reports
 * and {@code toString}. Field paths are never sensitive and are never masked.
 */
public final class Mask {
  private static final int MAX_SHOWN = 24;

  private Mask() {}

  /**
   * Keeps the first two characters and stars the rest, quoted: {@code "AB****"}. Values of up to two
   * characters are fully starred; long values are cut, so a message never carries a whole record.
   */
  public static String partial(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String s = value.toString();
    int keep = s.length() <= 2 ? 0 : 2;
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_SHOWN) + 3).append('"');
    b.append(s, 0, keep);
    for (int i = keep; i < Math.min(s.length(), MAX_SHOWN); i++) {
      b.append('*');
    }
    if (s.length() > MAX_SHOWN) {
      b.append("…(").append(s.length()).append(" chars)");
    }
    return b.append('"').toString();
  }

  /** Stars every character but keeps the length: {@code "*********"}. */
  public static String all(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String s = value.toString();
    return "\"" + "*".repeat(Math.min(s.length(), MAX_SHOWN)) + "\"";
  }

  /** Quotes a value that is not sensitive (a code, a number), cut to a readable length. */
  public static String plain(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String s = value.toString();
    return s.length() > 64 ? "\"" + s.substring(0, 64) + "…\"" : "\"" + s + "\"";
  }
}
