package org.leadssdk.core.rules;

import org.leadssdk.core.internal.Check;

/**
 * One step of a domain calculation, with the section of the source document that requires it, for a host
 * to show its user why a result is what it is. Immutable.
 *
 * @param section the section cited, e.g. {@code DOM 81010.9(a)}
 * @param text what was found and what it means for the result, in plain words
 */
public record Reason(String section, String text) {
  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if a part is blank
   * @throws NullPointerException if a part is null
   */
  public Reason {
    section = Check.text("reason.section", section, 40);
    text = Check.text("reason.text", text, 500);
  }

  /** As {@code DOM 81010.9(a): text}. */
  @Override
  public String toString() {
    return section + ": " + text;
  }
}
