package org.leadssdk.core;

import java.util.Locale;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.core.internal.Text;

/**
 * A licence plate and its issuing state. The number is held upper case without spaces or hyphens,
 * 1–8 letters and digits (California plates have up to 7). Immutable.
 *
 * @param number the normalized plate number, e.g. {@code 7ABC123}
 * @param state the issuing state
 */
public record Plate(String number, UsState state) {

  /**
   * Validates the plate.
   *
   * @throws IllegalArgumentException if the number is not 1–8 letters and digits
   */
  public Plate {
    Check.notNull("plate.number", number);
    Check.notNull("plate.state", state);
    if (!(number.length() >= 1 && number.length() <= 8 && Chars.upperOrDigits(number, 0, number.length()))) {
      throw new IllegalArgumentException("plate.number: " + Mask.partial(number)
          + " must be 1-8 letters and digits (spaces and hyphens are removed)");
    }
  }

  /**
   * Normalizes {@code number} (upper case; spaces and hyphens removed) and builds the plate.
   *
   * @throws IllegalArgumentException if the normalized number is not 1–8 letters and digits
   */
  public static Plate of(String number, UsState state) {
    Check.notNull("plate.number", number);
    return new Plate(normalize(number), state);
  }

  /** Upper case with spaces and hyphens removed: how plates are stored and compared. */
  public static String normalize(String number) {
    return Text.removeSpacesAnd(number, "-").toUpperCase(Locale.ROOT);
  }
}
