package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * Race, NCIC RAC codes. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum Race implements Coded {
  /** Asian or Pacific Islander. */
  ASIAN_PACIFIC_ISLANDER("A", "Asian or Pacific Islander"),
  /** Black. */
  BLACK("B", "Black"),
  /** American Indian or Alaskan Native. */
  AMERICAN_INDIAN("I", "American Indian or Alaskan Native"),
  /** White. */
  WHITE("W", "White"),
  /** Unknown. */
  UNKNOWN("U", "Unknown");

  private static final Codes<Race> CODES = Codes.of("race", Race.class);

  private final String code;
  private final String displayName;

  Race(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static Race fromCode(String code) {
    return CODES.parse(code);
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return displayName;
  }
}
