package org.leadssdk.search;

/** How the hits of a search are ordered. Every order ends with the CDC number, so paging is stable. */
public enum SortOrder {
  /** Best match first (the default when a search term or name is given). */
  RELEVANCE,
  /** By last, first and middle name (the default for lists without a term). */
  NAME,
  /** Nearest first; needs a radius or a point to measure from. */
  DISTANCE
}
