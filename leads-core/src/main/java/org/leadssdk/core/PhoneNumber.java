package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.core.internal.Text;

/**
 * A North American telephone number, held as ten digits. Area code and exchange must start with 2–9.
 * Immutable.
 *
 * @param digits ten digits
 */
public record PhoneNumber(String digits) {

  /**
   * Validates the number.
   *
   * @throws IllegalArgumentException if it is not a ten-digit NANP number
   */
  public PhoneNumber {
    Check.notNull("phone", digits);
    if (!shaped(digits)) {
      throw new IllegalArgumentException("phone: " + Mask.partial(digits)
          + " must be a 10-digit North American number whose area code and exchange start with 2-9");
    }
  }

  /**
   * Parses {@code (916) 555-0100}, {@code 916-555-0100}, {@code 9165550100} or {@code +1 916 555 0100}.
   *
   * @throws IllegalArgumentException if the text does not hold a valid ten-digit number
   */
  @JsonCreator
  public static PhoneNumber parse(String text) {
    Check.notNull("phone", text);
    String digits = Text.removeSpacesAnd(text, "().+-");
    if (digits.length() == 11 && digits.charAt(0) == '1') {
      digits = digits.substring(1);
    }
    return new PhoneNumber(digits);
  }

  /** As {@code (916) 555-0100}. */
  @JsonValue
  public String formatted() {
    return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
  }

  @Override
  public String toString() {
    return formatted();
  }

  /** {@code [2-9][0-9]{2}[2-9][0-9]{6}}. */
  private static boolean shaped(String s) {
    return s.length() == 10 && s.charAt(0) >= '2' && s.charAt(0) <= '9' && Chars.digits(s, 1, 3)
        && s.charAt(3) >= '2' && s.charAt(3) <= '9' && Chars.digits(s, 4, 10);
  }
}
