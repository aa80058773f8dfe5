package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A Social Security number, nine digits, held without hyphens. Sensitive: {@code toString} shows only
 * the last four digits ({@code ***-**-6789}), and error messages never show it. Immutable.
 *
 * <p>Rejected as the SSA never issues them: area {@code 000}, {@code 666} or {@code 900}–{@code 999},
 * group {@code 00}, serial {@code 0000}.
 *
 * @param value nine digits
 */
public record Ssn(String value) {

  /**
   * Validates the number.
   *
   * @throws IllegalArgumentException if it is not nine digits or is a number the SSA never issues
   */
  public Ssn {
    Check.notNull("ssn", value);
    if (!(value.length() == 9 && Chars.digits(value, 0, 9))) {
      throw new IllegalArgumentException("ssn: " + Mask.all(value) + " must be 9 digits (123-45-6789 or 123456789)");
    }
    String area = value.substring(0, 3);
    if (area.equals("000") || area.equals("666") || area.charAt(0) == '9') {
      throw new IllegalArgumentException("ssn: " + Mask.all(value) + " has an area number never issued (000, 666, 900-999)");
    }
    if (value.substring(3, 5).equals("00")) {
      throw new IllegalArgumentException("ssn: " + Mask.all(value) + " has group number 00, never issued");
    }
    if (value.substring(5).equals("0000")) {
      throw new IllegalArgumentException("ssn: " + Mask.all(value) + " has serial number 0000, never issued");
    }
  }

  /**
   * Parses {@code 123-45-6789} or {@code 123456789} (outer spaces ignored).
   *
   * @throws IllegalArgumentException if the text is not a valid SSN
   */
  @JsonCreator
  public static Ssn parse(String text) {
    Check.notNull("ssn", text);
    String s = text.strip();
    if (s.length() == 11 && s.charAt(3) == '-' && s.charAt(6) == '-') {
      s = s.substring(0, 3) + s.substring(4, 6) + s.substring(7);
    }
    return new Ssn(s);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** The number as {@code ***-**-6789}. */
  public String masked() {
    return "***-**-" + value.substring(5);
  }

  /** The masked form; the whole number is never printed. */
  @Override
  public String toString() {
    return "Ssn[" + masked() + "]";
  }
}
