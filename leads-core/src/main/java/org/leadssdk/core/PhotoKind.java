package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * The kind of a photo. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum PhotoKind implements Coded {
  /** Mugshot. */
  MUGSHOT("MUGSHOT", "Mugshot"),
  /** Scar, mark or tattoo. */
  SMT("SMT", "Scar, mark or tattoo"),
  /** Full body. */
  FULL_BODY("FULL-BODY", "Full body");

  private static final Codes<PhotoKind> CODES = Codes.of("photoKind", PhotoKind.class);

  private final String code;
  private final String displayName;

  PhotoKind(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static PhotoKind fromCode(String code) {
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
