package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * Skin tone, NCIC SKN codes. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum SkinTone implements Coded {
  /** Albino. */
  ALBINO("ALB", "Albino"),
  /** Black. */
  BLACK("BLK", "Black"),
  /** Dark brown. */
  DARK_BROWN("DBR", "Dark brown"),
  /** Dark. */
  DARK("DRK", "Dark"),
  /** Fair. */
  FAIR("FAR", "Fair"),
  /** Light brown. */
  LIGHT_BROWN("LBR", "Light brown"),
  /** Light. */
  LIGHT("LGT", "Light"),
  /** Medium brown. */
  MEDIUM_BROWN("MBR", "Medium brown"),
  /** Medium. */
  MEDIUM("MED", "Medium"),
  /** Olive. */
  OLIVE("OLV", "Olive"),
  /** Ruddy. */
  RUDDY("RUD", "Ruddy"),
  /** Sallow. */
  SALLOW("SAL", "Sallow"),
  /** Yellow. */
  YELLOW("YEL", "Yellow");

  private static final Codes<SkinTone> CODES = Codes.of("skin", SkinTone.class);

  private final String code;
  private final String displayName;

  SkinTone(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static SkinTone fromCode(String code) {
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
