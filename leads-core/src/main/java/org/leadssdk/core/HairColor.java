package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * Hair colour, NCIC HAI codes. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum HairColor implements Coded {
  /** Bald. */
  BALD("BAL", "Bald"),
  /** Black. */
  BLACK("BLK", "Black"),
  /** Blond or strawberry. */
  BLOND("BLN", "Blond or strawberry"),
  /** Blue. */
  BLUE("BLU", "Blue"),
  /** Brown. */
  BROWN("BRO", "Brown"),
  /** Green. */
  GREEN("GRN", "Green"),
  /** Gray or partially gray. */
  GRAY("GRY", "Gray or partially gray"),
  /** Orange. */
  ORANGE("ONG", "Orange"),
  /** Purple. */
  PURPLE("PLE", "Purple"),
  /** Pink. */
  PINK("PNK", "Pink"),
  /** Red or auburn. */
  RED("RED", "Red or auburn"),
  /** Sandy. */
  SANDY("SDY", "Sandy"),
  /** White. */
  WHITE("WHI", "White"),
  /** Unknown. */
  UNKNOWN("XXX", "Unknown");

  private static final Codes<HairColor> CODES = Codes.of("hair", HairColor.class);

  private final String code;
  private final String displayName;

  HairColor(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static HairColor fromCode(String code) {
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
