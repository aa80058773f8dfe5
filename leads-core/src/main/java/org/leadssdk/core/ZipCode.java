package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A U.S. ZIP code, five digits or ZIP+4 ({@code 95814} or {@code 95814-1234}). Immutable.
 *
 * @param value the code as given, trimmed
 */
public record ZipCode(String value) {

  /**
   * Validates the code.
   *
   * @throws IllegalArgumentException if it is not 5 digits or ZIP+4
   */
  public ZipCode {
    Check.notNull("zip", value);
    if (!shaped(value)) {
      throw new IllegalArgumentException(
          "zip: " + Mask.partial(value) + " must be 5 digits or ZIP+4 (e.g. 95814 or 95814-1234)");
    }
  }

  /**
   * Parses a ZIP code (outer spaces ignored).
   *
   * @throws IllegalArgumentException if it is not 5 digits or ZIP+4
   */
  @JsonCreator
  public static ZipCode parse(String text) {
    Check.notNull("zip", text);
    return new ZipCode(text.strip());
  }

  /** The five-digit ZIP without the +4 extension. */
  public String zip5() {
    return value.substring(0, 5);
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

  /** {@code [0-9]{5}(-[0-9]{4})?}. */
  private static boolean shaped(String s) {
    return (s.length() == 5 && Chars.digits(s, 0, 5))
        || (s.length() == 10 && Chars.digits(s, 0, 5) && s.charAt(5) == '-' && Chars.digits(s, 6, 10));
  }
}
