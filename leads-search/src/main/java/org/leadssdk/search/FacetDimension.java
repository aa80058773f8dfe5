package org.leadssdk.search;

/** A field whose value counts a search can return, as a filter panel shows them. */
public enum FacetDimension {
  /** Parole status. */
  STATUS,
  /** PRCS county unit. */
  COUNTY_UNIT,
  /** Parole unit. */
  PAROLE_UNIT,
  /** Supervision level. */
  SUPERVISION_LEVEL,
  /** Registration requirements (a record counts under each that applies). */
  REGISTRATION,
  /** County of the current residence. */
  COUNTY
}
