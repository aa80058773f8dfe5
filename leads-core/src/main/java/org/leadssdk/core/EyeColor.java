package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * Eye colour, NCIC EYE codes. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum EyeColor implements Coded {
  /** Black. */
  BLACK("BLK", "Black"),
  /** Blue. */
  BLUE("BLU", "Blue"),
  /** Brown. */
  BROWN("BRO", "Brown"),
  /** Green. */
  GREEN("GRN", "Green"),
  /** Gray. */
  GRAY("GRY", "Gray"),
  /** Hazel. */
  HAZEL("HAZ", "Hazel"),
  /** Maroon. */
  MAROON("MAR", "Maroon"),
  /** Multicolored. */
  MULTICOLORED("MUL", "Multicolored"),
  /** Pink. */
  PINK("PNK", "Pink"),
  /** Unknown. */
  UNKNOWN("XXX", "Unknown");

  private static final Codes<EyeColor> CODES = Codes.of("eyes", EyeColor.class);

  private final String code;
  private final String displayName;

  EyeColor(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static EyeColor fromCode(String code) {
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
