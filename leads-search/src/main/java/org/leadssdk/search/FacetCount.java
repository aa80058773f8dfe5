package org.leadssdk.search;

/**
 * One value of a facet and how many visible matches have it. Immutable.
 *
 * @param value the code, e.g. {@code ACTIVE} or {@code PRCS-SAC}
 * @param count how many visible matches have it
 */
public record FacetCount(String value, long count) {}
