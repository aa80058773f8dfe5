package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A PRCS county unit, {@code PRCS-} and the county's code: {@code PRCS-SAC} is Sacramento County,
 * {@code PRCS-FRE} Fresno County (Parole LEADS 2.0 overview). Immutable.
 *
 * @param county the county the unit supervises for
 */
public record CountyUnit(County county) {
  private static final String PREFIX = "PRCS-";

  /** Validates that the county is given. */
  public CountyUnit {
    Check.notNull("countyUnit.county", county);
  }

  /** The unit of {@code county}. */
  public static CountyUnit of(County county) {
    return new CountyUnit(county);
  }

  /**
   * Parses {@code PRCS-SAC} (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the text is not {@code PRCS-} and one of the 58 county codes
   */
  @JsonCreator
  public static CountyUnit parse(String text) {
    Check.notNull("countyUnit", text);
    String s = text.strip().toUpperCase(Locale.ROOT).replace('\u2010', '-');
    if (!s.startsWith(PREFIX)) {
      throw new IllegalArgumentException(
          "countyUnit: " + Mask.plain(text) + " must be PRCS- and a county code, e.g. PRCS-SAC");
    }
    try {
      return new CountyUnit(County.fromCode(s.substring(PREFIX.length())));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "countyUnit: " + Mask.plain(text) + " names no California county; " + e.getMessage(), e);
    }
  }

  /** As {@code PRCS-SAC}. */
  @JsonValue
  public String code() {
    return PREFIX + county.code();
  }

  @Override
  public String toString() {
    return code();
  }
}
