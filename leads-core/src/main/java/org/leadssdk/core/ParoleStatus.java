package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * The supervision status of a parolee, as the Parole LEADS 2.0 overview lists them (all nine). The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum ParoleStatus implements Coded {
  /** Active. */
  ACTIVE("ACTIVE", "Active"),
  /** In custody, awaiting release to parole (visible within 120 days of release). */
  PRE_PAROLE("PRE-PAROLE", "Pre-Parole"),
  /** Parolee at large with an active CDCR warrant. */
  SUSPENDED("SUSPENDED", "Suspended"),
  /** Back in custody for a parole violation. */
  REVOKED("REVOKED", "Revoked"),
  /** Deported. */
  DEPORTED("DEPORTED", "Deported"),
  /** Satisfied parole; visible to law enforcement for one year after discharge. */
  DISCHARGED("DISCHARGED", "Discharged"),
  /** Non-Revocable Parole. */
  NRP("NRP", "Non-Revocable Parole"),
  /** Monitored Non-Revocable Parole. */
  MONITORED_NRP("MNRP", "Monitored Non-Revocable Parole"),
  /** Post-release community supervision by a county (county unit {@code PRCS-XX}). */
  PRCS("PRCS", "Post Release Community Supervision");

  private static final Codes<ParoleStatus> CODES = Codes.of("status", ParoleStatus.class);

  private final String code;
  private final String displayName;

  ParoleStatus(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static ParoleStatus fromCode(String code) {
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
