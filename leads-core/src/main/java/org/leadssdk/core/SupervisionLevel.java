package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * The supervision level assigned to a parolee. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum SupervisionLevel implements Coded {
  /** High Risk Sex Offender. */
  HIGH_RISK_SEX_OFFENDER("HRSO", "High Risk Sex Offender"),
  /** High Control. */
  HIGH_CONTROL("HC", "High Control"),
  /** High Service. */
  HIGH_SERVICE("HS", "High Service"),
  /** Control Service. */
  CONTROL_SERVICE("CS", "Control Service"),
  /** Minimum Supervision. */
  MINIMUM("MS", "Minimum Supervision"),
  /** Specialized caseload. */
  SPECIALIZED("SP", "Specialized caseload"),
  /** Not under active supervision (for example NRP, Deported or Discharged). */
  NONE("NONE", "Not supervised");

  private static final Codes<SupervisionLevel> CODES = Codes.of("supervisionLevel", SupervisionLevel.class);

  private final String code;
  private final String displayName;

  SupervisionLevel(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static SupervisionLevel fromCode(String code) {
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
