package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.core.internal.Text;

/**
 * An FBI number (Universal Control Number): 7 to 9 letters and digits with at least one digit, e.g.
 * {@code 123456AB7}. Sensitive: {@code toString} masks it. Immutable.
 *
 * @param value the normalized number
 */
public record FbiNumber(String value) {

  /**
   * Validates the number.
   *
   * @throws IllegalArgumentException if it is not 7–9 letters and digits with a digit
   */
  public FbiNumber {
    Check.notNull("fbiNumber", value);
    if (!shaped(value)) {
      throw new IllegalArgumentException("fbiNumber: " + Mask.partial(value)
          + " does not match the FBI number format (7-9 letters and digits with at least one digit)");
    }
  }

  /**
   * Parses an FBI number; case, spaces and hyphens are ignored.
   *
   * @throws IllegalArgumentException if the text is not an FBI number
   */
  @JsonCreator
  public static FbiNumber parse(String text) {
    Check.notNull("fbiNumber", text);
    return new FbiNumber(Text.removeSpacesAnd(text, "-").toUpperCase(Locale.ROOT));
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** The number with all but its first two characters masked. */
  @Override
  public String toString() {
    return "FbiNumber[" + Mask.partial(value) + "]";
  }

  /** {@code [A-Z0-9]{7,9}} with at least one digit. */
  private static boolean shaped(String s) {
    if (s.length() < 7 || s.length() > 9 || !Chars.upperOrDigits(s, 0, s.length())) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Chars.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
