package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * Ethnicity, NCIC ETN codes. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum Ethnicity implements Coded {
  /** Hispanic. */
  HISPANIC("H", "Hispanic"),
  /** Not Hispanic. */
  NOT_HISPANIC("N", "Not Hispanic"),
  /** Unknown. */
  UNKNOWN("U", "Unknown");

  private static final Codes<Ethnicity> CODES = Codes.of("ethnicity", Ethnicity.class);

  private final String code;
  private final String displayName;

  Ethnicity(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static Ethnicity fromCode(String code) {
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
