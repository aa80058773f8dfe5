package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.core.internal.Text;

/**
 * An NCIC scars, marks and tattoos (SMT) code: a kind ({@code TAT}, {@code SC}, {@code MOLE}, …) and
 * up to three location words, at most 10 characters, e.g. {@code TAT L ARM}, {@code SC R HND}.
 * Held upper case with single spaces. Immutable.
 *
 * @param value the normalized code
 */
public record SmtCode(String value) {
  /**
   * Validates the code.
   *
   * @throws IllegalArgumentException if it is not an NCIC-style SMT code of at most 10 characters
   */
  public SmtCode {
    Check.notNull("smt.code", value);
    if (value.length() > 10 || !shaped(value)) {
      throw new IllegalArgumentException("smt.code: " + Mask.plain(value)
          + " is not an NCIC SMT code (a 2-4 letter kind and up to 3 location words, at most 10 characters, e.g. TAT L ARM)");
    }
  }

  /**
   * Parses a code; case is ignored and runs of spaces become one.
   *
   * @throws IllegalArgumentException if the text is not an SMT code
   */
  @JsonCreator
  public static SmtCode parse(String text) {
    Check.notNull("smt.code", text);
    return new SmtCode(Text.collapseSpaces(text.strip()).toUpperCase(Locale.ROOT));
  }

  /** {@code [A-Z]{2,4}( [A-Z0-9]{1,6}){0,3}}: a kind, then up to three words after single spaces. */
  private static boolean shaped(String s) {
    int kind = s.indexOf(' ');
    int end = kind < 0 ? s.length() : kind;
    if (end < 2 || end > 4) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      if (!Chars.isUpper(s.charAt(i))) {
        return false;
      }
    }
    int words = 0;
    int start = end + 1;
    while (end < s.length()) {
      int next = s.indexOf(' ', start);
      end = next < 0 ? s.length() : next;
      int length = end - start;
      if (++words > 3 || length < 1 || length > 6 || !Chars.upperOrDigits(s, start, end)) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  /** The kind, the first word: {@code TAT} for a tattoo, {@code SC} for a scar, and so on. */
  public String kind() {
    int space = value.indexOf(' ');
    return space < 0 ? value : value.substring(0, space);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
