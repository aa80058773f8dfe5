package org.leadssdk.core;

import java.util.Locale;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.core.internal.Text;

/**
 * A driver licence number and its issuing state. California numbers are one letter then seven digits;
 * other states' are 1–20 letters and digits. Sensitive: {@code toString} masks the number. Immutable.
 *
 * @param number the normalized number (upper case, no spaces or hyphens)
 * @param state the issuing state
 */
public record DriverLicence(String number, UsState state) {

  /**
   * Validates the licence.
   *
   * @throws IllegalArgumentException if the number does not fit the state's format
   */
  public DriverLicence {
    Check.notNull("driverLicence.number", number);
    Check.notNull("driverLicence.state", state);
    if (state == UsState.CA && !californian(number)) {
      throw new IllegalArgumentException("driverLicence.number: " + Mask.partial(number)
          + " does not match the California format (one letter then 7 digits)");
    }
    if (!(number.length() >= 1 && number.length() <= 20 && Chars.upperOrDigits(number, 0, number.length()))) {
      throw new IllegalArgumentException(
          "driverLicence.number: " + Mask.partial(number) + " must be 1-20 letters and digits");
    }
  }

  /**
   * Normalizes {@code number} (upper case; spaces and hyphens removed) and builds the licence.
   *
   * @throws IllegalArgumentException if the number does not fit the state's format
   */
  public static DriverLicence of(String number, UsState state) {
    Check.notNull("driverLicence.number", number);
    return new DriverLicence(Text.removeSpacesAnd(number, "-").toUpperCase(Locale.ROOT), state);
  }

  /** The state and the masked number. */
  @Override
  public String toString() {
    return "DriverLicence[" + state.code() + " " + Mask.partial(number) + "]";
  }

  /** {@code [A-Z][0-9]{7}}. */
  private static boolean californian(String s) {
    return s.length() == 8 && Chars.isUpper(s.charAt(0)) && Chars.digits(s, 1, 8);
  }
}
