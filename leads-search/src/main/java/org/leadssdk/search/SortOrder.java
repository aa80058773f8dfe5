package org.leadssdk.search;

/** How the hits of a search are ordered. Every order ends with the CDC number, so paging is stable. */
public enum SortOrder {
  /**
   * Best match first (the default when a search term or name is given). A plain word of the search term
   * weighs more the rarer it is in the index and counts once however often a record repeats it (several
   * tattoo lines do not make a better match for "tattoo"); a shorter record never ranks below a longer one
   * holding the same words (records of about the same length tie, and ties go by CDC number). Quoted
   * phrases, {@code word~} typos and {@code word*} prefixes are scored as Lucene scores them. A name ranks
   * exact above sounds-alike above a typo.
   */
  RELEVANCE,
  /** By last, first and middle name (the default for lists without a term). */
  NAME,
  /** Nearest first; needs a radius or a point to measure from. */
  DISTANCE
}
