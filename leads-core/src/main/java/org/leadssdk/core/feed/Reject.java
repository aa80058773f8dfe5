package org.leadssdk.core.feed;

import org.leadssdk.core.internal.Check;

/**
 * A problem found on a feed line that was not accepted. A line can carry several problems (a record
 * that breaks several rules); the line itself is counted once as rejected. Immutable and thread-safe.
 *
 * @param lineNumber the 1-based line number in the feed
 * @param path the JSON path of the offending field, such as {@code supervision.countyUnit} or
 *     {@code addresses[1].zip}; {@value #WHOLE_LINE} when the line as a whole is at fault (blank, too long,
 *     not a JSON object)
 * @param maskedValue the offending value masked as {@code Mask.partial} does ({@code "AB****"}), never the
 *     raw value; empty when no single value is at fault (an unknown or missing property, malformed JSON,
 *     a rule between fields whose message already shows the masked values)
 * @param rule why the line was rejected, in words, naming the known codes or properties where that helps
 */
public record Reject(long lineNumber, String path, String maskedValue, String rule) {
  /** The {@link #path()} of a problem that concerns the whole line. */
  public static final String WHOLE_LINE = "$";

  /**
   * Validates the reject.
   *
   * @throws IllegalArgumentException if {@code lineNumber} is below 1
   * @throws NullPointerException if a text part is null
   */
  public Reject {
    Check.argument(lineNumber >= 1, () -> "lineNumber must be >= 1, got " + lineNumber);
    Check.notNull("path", path);
    Check.notNull("maskedValue", maskedValue);
    Check.notNull("rule", rule);
  }

  /** As {@code line 12: addresses[1].zip = "95***": zip must be 5 digits ...}. */
  @Override
  public String toString() {
    return "line " + lineNumber + ": " + path + (maskedValue.isEmpty() ? "" : " = " + maskedValue) + ": " + rule;
  }
}
