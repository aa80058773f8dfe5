package org.leadssdk.core;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A DAPO parole unit and its phone. Immutable.
 *
 * @param code the unit code, 2–20 upper-case letters, digits, spaces and hyphens, e.g. {@code SACRAMENTO 3}
 * @param phone the unit's phone; {@code null} when not recorded
 */
public record ParoleUnit(String code, @Nullable PhoneNumber phone) {

  /**
   * Validates the unit; the code is upper-cased.
   *
   * @throws IllegalArgumentException if the code is malformed
   */
  public ParoleUnit {
    Check.notNull("paroleUnit.code", code);
    code = code.strip().toUpperCase(Locale.ROOT);
    if (!shaped(code)) {
      throw new IllegalArgumentException("paroleUnit.code: " + Mask.plain(code)
          + " must be 2-20 letters, digits, spaces and hyphens, starting with a letter or digit");
    }
  }

  /** {@code [A-Z0-9][A-Z0-9 -]{1,19}}. */
  private static boolean shaped(String s) {
    if (s.length() < 2 || s.length() > 20 || !Chars.isUpperOrDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Chars.isUpperOrDigit(c) && c != ' ' && c != '-') {
        return false;
      }
    }
    return true;
  }
}
