package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A CDCR (CDC) number, the identity of a parolee record: one or two letters then digits, six characters
 * in all, e.g. {@code AB1234} or {@code K12345}. Stored upper case. Immutable.
 *
 * @param value the normalized number
 */
public record CdcNumber(String value) implements Comparable<CdcNumber> {

  /**
   * Validates the number.
   *
   * @throws IllegalArgumentException if it is not 1–2 letters then digits, 6 characters
   */
  public CdcNumber {
    Check.notNull("cdcNumber", value);
    if (!shaped(value)) {
      throw new IllegalArgumentException("cdcNumber: " + Mask.partial(value)
          + " does not match the CDC number format (1-2 letters then digits, 6 characters, e.g. AB1234)");
    }
  }

  /**
   * Parses a CDC number; case and outer spaces are ignored.
   *
   * @throws IllegalArgumentException if the text is not a CDC number
   */
  @JsonCreator
  public static CdcNumber parse(String text) {
    Check.notNull("cdcNumber", text);
    return new CdcNumber(text.strip().toUpperCase(Locale.ROOT));
  }

  /** Whether {@code text} (case and outer spaces ignored) is a well-formed CDC number. */
  public static boolean isWellFormed(String text) {
    return shaped(text.strip().toUpperCase(Locale.ROOT));
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CdcNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

  /** {@code [A-Z][0-9]{5}|[A-Z]{2}[0-9]{4}}. */
  private static boolean shaped(String s) {
    return s.length() == 6 && Chars.isUpper(s.charAt(0))
        && (Chars.digits(s, 1, 6) || (Chars.isUpper(s.charAt(1)) && Chars.digits(s, 2, 6)));
  }
}
