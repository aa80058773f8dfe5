package org.leadssdk.core.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.Coded;
import org.leadssdk.core.internal.Codes;

/**
 * A document of the current commitment that records where the offender lived, in the order of priority
 * of DOM 81010.2.1(a): the constants are declared highest priority first. The wire code is
 * {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum EvidenceSource implements Coded {
  /** The last residence on the Probation Officer's Report (POR), DOM 81010.2.1(a)(1). */
  PROBATION_OFFICER_REPORT("POR", "Probation Officer's Report", "DOM 81010.2.1(a)(1)"),
  /** The last address on the sentencing transcript, DOM 81010.2.1(a)(2). */
  SENTENCING_TRANSCRIPT("SENTENCING-TRANSCRIPT", "Sentencing transcript", "DOM 81010.2.1(a)(2)"),
  /** The last residence on the arrest report, DOM 81010.2.1(a)(3). */
  ARREST_REPORT("ARREST-REPORT", "Arrest report", "DOM 81010.2.1(a)(3)");

  private static final Codes<EvidenceSource> CODES = Codes.of("evidenceSource", EvidenceSource.class);

  private final String code;
  private final String displayName;
  private final String section;

  EvidenceSource(String code, String displayName, String section) {
    this.code = code;
    this.displayName = displayName;
    this.section = section;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static EvidenceSource fromCode(String code) {
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

  /** The section that ranks this source, e.g. {@code DOM 81010.2.1(a)(1)}. */
  public String section() {
    return section;
  }
}
