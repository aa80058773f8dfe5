package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * The kind of an address of a parolee. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum AddressType implements Coded {
  /** Residence. */
  RESIDENCE("RESIDENCE", "Residence"),
  /** Mailing. */
  MAILING("MAILING", "Mailing"),
  /** Self-disclosed (PRCS). */
  SELF_DISCLOSED("SELF-DISCLOSED", "Self-disclosed (PRCS)"),
  /** Last legal residence. */
  LAST_LEGAL("LAST-LEGAL", "Last legal residence");

  private static final Codes<AddressType> CODES = Codes.of("addressType", AddressType.class);

  private final String code;
  private final String displayName;

  AddressType(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static AddressType fromCode(String code) {
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
