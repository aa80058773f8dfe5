package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;
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
  private static final Pattern FORMAT = Pattern.compile("[A-Z]?[0-9]{8}");

  /**
   * Validates the number.
   *
   * @throws IllegalArgumentException if it is not an optional letter then eight digits
   */
  public CiiNumber {
    Check.notNull("ciiNumber", value);
    if (!FORMAT.matcher(value).matches()) {
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
}
