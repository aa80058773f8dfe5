package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * Sex, NCIC SEX codes. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum Sex implements Coded {
  /** Male. */
  MALE("M", "Male"),
  /** Female. */
  FEMALE("F", "Female"),
  /** Non-binary. */
  NONBINARY("X", "Non-binary"),
  /** Unknown. */
  UNKNOWN("U", "Unknown");

  private static final Codes<Sex> CODES = Codes.of("sex", Sex.class);

  private final String code;
  private final String displayName;

  Sex(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static Sex fromCode(String code) {
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
