package org.leadssdk.search.saved;

import org.leadssdk.core.LeadsException;
import org.leadssdk.core.internal.Check;

/**
 * A saved search's JSON cannot be read: an unknown schema version, a missing, unknown or malformed field,
 * or a value a search does not accept. The message names the JSON path, the value (masked when it may be
 * sensitive: names, identifiers, places) and the rule, e.g.
 * {@code criteria.sexes[1]: "Q" is not a sex code (known codes: M, F, X, U)}.
 */
public final class SavedSearchFormatException extends LeadsException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the bad field, e.g. {@code criteria.geo.radiusMeters}; {@code $} for the
   *     document as a whole
   * @param shownValue the value as it may be shown (already masked where sensitive)
   * @param rule what the value must be
   */
  public SavedSearchFormatException(String path, String shownValue, String rule) {
    super(Check.notNull("path", path) + ": " + Check.notNull("shownValue", shownValue) + " "
        + Check.notNull("rule", rule));
    this.path = path;
    this.rule = rule;
  }

  /**
   * Creates the exception with the cause found while reading the value.
   *
   * @param path the JSON path of the bad field
   * @param shownValue the value as it may be shown (already masked where sensitive)
   * @param rule what the value must be
   * @param cause the failure that showed the value to be bad
   */
  public SavedSearchFormatException(String path, String shownValue, String rule, Throwable cause) {
    super(Check.notNull("path", path) + ": " + Check.notNull("shownValue", shownValue) + " "
        + Check.notNull("rule", rule), cause);
    this.path = path;
    this.rule = rule;
  }

  /** The JSON path of the bad field ({@code $} for the document as a whole). */
  public String path() {
    return path;
  }

  /** What the value must be. */
  public String rule() {
    return rule;
  }
}
