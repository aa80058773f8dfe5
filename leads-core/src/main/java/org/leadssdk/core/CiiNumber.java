package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.core.internal.Text;

/**
 * A California Criminal Identification and Information (CII) number: an optional letter (usually
 * {@code A}) then eight digits, e.g. {@code A12345678}. Sensitive: {@code toString} masks it. Immutable.
 *
 * @param value the normalized number
 */
public record CiiNumber(String value) {

  /**
   * Validates the number.
   *
   * @throws IllegalArgumentException if it is not an optional letter then eight digits
   */
  public CiiNumber {
    Check.notNull("ciiNumber", value);
    if (!shaped(value)) {
      throw new IllegalArgumentException("ciiNumber: " + Mask.partial(value)
          + " does not match the CII number format (an optional letter then 8 digits, e.g. A12345678)");
    }
  }

  /**
   * Parses a CII number; case, spaces and hyphens are ignored.
   *
   * @throws IllegalArgumentException if the text is not a CII number
   */
  @JsonCreator
  public static CiiNumber parse(String text) {
    Check.notNull("ciiNumber", text);
    return new CiiNumber(Text.removeSpacesAnd(text, "-").toUpperCase(Locale.ROOT));
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** The number with all but its first two characters masked. */
  @Override
  public String toString() {
    return "CiiNumber[" + Mask.partial(value) + "]";
  }

  /** {@code [A-Z]?[0-9]{8}}. */
  private static boolean shaped(String s) {
    return (s.length() == 8 && Chars.digits(s, 0, 8))
        || (s.length() == 9 && Chars.isUpper(s.charAt(0)) && Chars.digits(s, 1, 9));
  }
}
