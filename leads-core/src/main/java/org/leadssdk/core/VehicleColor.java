package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * Vehicle colour, NCIC VCO codes. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum VehicleColor implements Coded {
  /** Beige. */
  BEIGE("BGE", "Beige"),
  /** Black. */
  BLACK("BLK", "Black"),
  /** Blue. */
  BLUE("BLU", "Blue"),
  /** Brown. */
  BROWN("BRO", "Brown"),
  /** Bronze. */
  BRONZE("BRZ", "Bronze"),
  /** Cream. */
  CREAM("CRM", "Cream"),
  /** Gold. */
  GOLD("GLD", "Gold"),
  /** Green. */
  GREEN("GRN", "Green"),
  /** Gray. */
  GRAY("GRY", "Gray"),
  /** Maroon. */
  MAROON("MAR", "Maroon"),
  /** Orange. */
  ORANGE("ONG", "Orange"),
  /** Pink. */
  PINK("PNK", "Pink"),
  /** Purple. */
  PURPLE("PLE", "Purple"),
  /** Red. */
  RED("RED", "Red"),
  /** Silver. */
  SILVER("SIL", "Silver"),
  /** Tan. */
  TAN("TAN", "Tan"),
  /** Teal. */
  TEAL("TEA", "Teal"),
  /** White. */
  WHITE("WHI", "White"),
  /** Yellow. */
  YELLOW("YEL", "Yellow"),
  /** Multicolored. */
  MULTICOLORED("MUL", "Multicolored");

  private static final Codes<VehicleColor> CODES = Codes.of("color", VehicleColor.class);

  private final String code;
  private final String displayName;

  VehicleColor(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static VehicleColor fromCode(String code) {
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
