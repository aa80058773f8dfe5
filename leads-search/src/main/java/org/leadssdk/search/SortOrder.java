package org.leadssdk.search;

/** How the hits of a search are ordered. Every order ends with the CDC number, so paging is stable. */
public enum SortOrder {
  /**
   * Best match first (the default when a search term or name is given). Words of the search term weigh
   * more the rarer they are in the index, and a shorter record ranks above a longer one holding the same
   * words; a word counts once however often a record repeats it (several tattoo lines do not make a better
   * match for "tattoo"). A name ranks exact above sounds-alike above a typo.
   */
  RELEVANCE,
  /** By last, first and middle name (the default for lists without a term). */
  NAME,
  /** Nearest first; needs a radius or a point to measure from. */
  DISTANCE
}
