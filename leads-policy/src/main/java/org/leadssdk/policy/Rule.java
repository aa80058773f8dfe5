package org.leadssdk.policy;

import org.leadssdk.core.internal.Check;

/**
 * The source of a rule the SDK enforces: a document and a section, e.g. {@code "DOM 53060.7: Form 110"}.
 * Shown to users next to a {@link Reason} so that they can look the rule up. Immutable.
 *
 * @param document the document, e.g. {@code "Parole LEADS 2.0 overview"} or {@code "DOM 53060.7"}
 * @param section the part of the document, e.g. {@code "access"}
 */
public record Rule(String document, String section) {
  /** Parole LEADS 2.0 overview, "How do law enforcement agencies gain access": the three agreements. */
  public static final Rule OVERVIEW_AGREEMENTS = new Rule("Parole LEADS 2.0 overview", "access: agency agreements");
  /** Parole LEADS 2.0 overview, access: "All individual users must have training". */
  public static final Rule OVERVIEW_TRAINING = new Rule("Parole LEADS 2.0 overview", "access: user training");
  /** Parole LEADS 2.0 overview, access: "... and sign an End User Agreement". */
  public static final Rule OVERVIEW_END_USER_AGREEMENT =
      new Rule("Parole LEADS 2.0 overview", "access: End User Agreement");
  /** Parole LEADS 2.0 overview, access: "... to receive a unique User ID and Password". */
  public static final Rule OVERVIEW_UNIQUE_ACCOUNT = new Rule("Parole LEADS 2.0 overview", "access: unique user ID");
  /** Parole LEADS 2.0 overview, access: the functions (search, line-up, data download) a user's roles open. */
  public static final Rule OVERVIEW_FUNCTIONS = new Rule("Parole LEADS 2.0 overview", "access: functions by role");
  /** Parole LEADS 2.0 overview, status list: which records are shown, and for how long. */
  public static final Rule OVERVIEW_STATUS = new Rule("Parole LEADS 2.0 overview", "status list");
  /** The record fields and their sensitivity (SSN, driver licence). */
  public static final Rule OVERVIEW_RECORD_FIELDS = new Rule("Parole LEADS 2.0 overview", "record contents");
  /** DOM 53060.7, the staff designated to access ALPR. */
  public static final Rule DOM_ALPR_ROLES = new Rule("DOM 53060.7", "designated staff");
  /** DOM 53060.7, department-approved training before access. */
  public static final Rule DOM_ALPR_TRAINING = new Rule("DOM 53060.7", "training");
  /** DOM 53060.7, CDCR Form 110 ALPR End User Agreement. */
  public static final Rule DOM_ALPR_FORM_110 = new Rule("DOM 53060.7", "Form 110");
  /** DOM 53060.7, a specific, identifiable and documented need; a purpose each time, not "investigation" alone. */
  public static final Rule DOM_ALPR_PURPOSE = new Rule("DOM 53060.7", "purpose");
  /** DOM 53060.7, the Division's internal case number; a CDCR number alone is not acceptable. */
  public static final Rule DOM_ALPR_CASE_NUMBER = new Rule("DOM 53060.7", "internal case number");
  /** DOM 53060.7, no criminal history, no identifying information beyond the last name, nothing from CLETS. */
  public static final Rule DOM_ALPR_CONTENT = new Rule("DOM 53060.7", "purpose contents");
  /** DOM 53060.7, invalid matches are reported to the Division Administrator. */
  public static final Rule DOM_ALPR_INVALID_MATCH = new Rule("DOM 53060.7", "invalid matches");

  /**
   * Validates the citation.
   *
   * @throws IllegalArgumentException if a part is blank or longer than 100 characters
   */
  public Rule {
    document = Check.text("rule.document", document, 100);
    section = Check.text("rule.section", section, 100);
  }

  /** As {@code "DOM 53060.7: Form 110"}. */
  public String citation() {
    return document + ": " + section;
  }

  @Override
  public String toString() {
    return citation();
  }
}
