package org.leadssdk.core.internal;

/**
 * Character-loop normalizations of identifier text, for parse methods that run once per field of every
 * feed line: {@link String#replaceAll} compiles its regular expression on each call. Each method gives
 * exactly what the regular expression in its Javadoc gives, and returns {@code text} itself when
 * nothing changes. Stateless and thread-safe.
 */
public final class Text {
  private Text() {}

  /**
   * Whether {@code c} is what the regular-expression class {@code \s} matches without
   * {@code UNICODE_CHARACTER_CLASS}: space, tab, line feed, vertical tab, form feed or carriage return.
   */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * {@code text} without regex-whitespace ({@link #isRegexSpace}) and without the characters of
   * {@code also}: the same as {@code text.replaceAll("[\\s" + also + "]", "")} with {@code also} quoted.
   *
   * @param also further characters to remove, such as {@code "-"} or {@code "().+-"}
   */
  public static String removeSpacesAnd(String text, String also) {
    int n = text.length();
    int first = 0;
    while (first < n && !removed(text.charAt(first), also)) {
      first++;
    }
    if (first == n) {
      return text;
    }
    StringBuilder b = new StringBuilder(n - 1);
    b.append(text, 0, first);
    for (int i = first + 1; i < n; i++) {
      char c = text.charAt(i);
      if (!removed(c, also)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * {@code text} with every run of regex-whitespace ({@link #isRegexSpace}) replaced by one space: the
   * same as {@code text.replaceAll("\\s+", " ")}.
   */
  public static String collapseSpaces(String text) {
    int n = text.length();
    int first = 0;
    // a lone ' ' stays as it is; any other whitespace character, or a run of two, changes the text
    while (first < n) {
      char c = text.charAt(first);
      if (isRegexSpace(c) && (c != ' ' || (first + 1 < n && isRegexSpace(text.charAt(first + 1))))) {
        break;
      }
      first++;
    }
    if (first == n) {
      return text;
    }
    StringBuilder b = new StringBuilder(n);
    b.append(text, 0, first);
    boolean inRun = false;
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      if (isRegexSpace(c)) {
        if (!inRun) {
          b.append(' ');
          inRun = true;
        }
      } else {
        b.append(c);
        inRun = false;
      }
    }
    return b.toString();
  }

  private static boolean removed(char c, String also) {
    return isRegexSpace(c) || also.indexOf(c) >= 0;
  }
}
