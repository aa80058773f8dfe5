package org.leadssdk.search.lineup;

/**
 * A band of a {@link LineupSpec}: one way a filler must resemble the subject's description
 * (PC 859.7(a)(5): "the fillers generally fit the eyewitness' description of the perpetrator").
 */
public enum Band {
  /** The same sex. */
  SEX,
  /** The same race. */
  RACE,
  /** The same hair colour. */
  HAIR,
  /** An age within {@link LineupSpec#ageYears()} years of the subject's. */
  AGE,
  /** A height within {@link LineupSpec#heightInches()} inches of the subject's. */
  HEIGHT,
  /** A weight within {@link LineupSpec#weightPounds()} pounds of the subject's. */
  WEIGHT
}
