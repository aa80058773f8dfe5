package org.leadssdk.search;

import org.leadssdk.core.internal.Check;

/**
 * A field of a hit that matched the search, and how. Immutable.
 *
 * @param path the field path, e.g. {@code aliases[1].last} or {@code smts[0].description}
 * @param value the field's value as shown to this user (already redacted)
 * @param how how it matched
 */
public record MatchedField(String path, String value, How how) {
  /** Checks that every component is present. */
  public MatchedField {
    Check.notNull("path", path);
    Check.notNull("value", value);
    Check.notNull("how", how);
  }

  /** How a field matched. */
  public enum How {
    /** The same word. */
    EXACT,
    /** A word that sounds alike (Double Metaphone). */
    PHONETIC,
    /** A word within one or two typing errors. */
    FUZZY,
    /** A word that starts with the search text, or a plate pattern. */
    PATTERN,
    /** A range, code or area criterion that the field satisfies. */
    CRITERION
  }
}
