package org.leadssdk.policy;

/**
 * The agreements an agency official signs before the agency gains access (Parole LEADS 2.0 overview,
 * "How do law enforcement agencies gain access to LEADS 2.0?"). All three must be on file.
 */
public enum AgreementType {
  /** Agency Participation Agreement. */
  AGENCY_PARTICIPATION("Agency Participation Agreement"),
  /** Hold Harmless Agreement. */
  HOLD_HARMLESS("Hold Harmless Agreement"),
  /** Account Administration Agreement. */
  ACCOUNT_ADMINISTRATION("Account Administration Agreement");

  private final String displayName;

  AgreementType(String displayName) {
    this.displayName = displayName;
  }

  /** The agreement's title as the overview prints it. */
  public String displayName() {
    return displayName;
  }
}
