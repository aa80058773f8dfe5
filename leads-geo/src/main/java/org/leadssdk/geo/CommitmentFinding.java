package org.leadssdk.geo;

/**
 * A fact about a commitment offense that its code section alone does not show, which the host supplies
 * for {@link ResidenceRule#DOM_81010_2_E}.
 */
public enum CommitmentFinding {
  /** DOM 81010.2(e)(1)(I): the offense is a felony punishable by death or imprisonment for life. */
  FELONY_PUNISHABLE_BY_DEATH_OR_LIFE,
  /**
   * DOM 81010.2(e)(1)(J): an enhancement for great bodily injury under PC 12022.53, 12022.7 or 12022.9
   * was proven.
   */
  GREAT_BODILY_INJURY_ENHANCEMENT
}
