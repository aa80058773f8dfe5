package org.leadssdk.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * A commitment offense. Immutable.
 *
 * @param codeSection the code section, e.g. {@code PC 211}
 * @param description the offense as described, e.g. "Robbery"; at most 120 characters
 * @param offenseDate the date of the offense; {@code null} when unknown
 * @param county the county of commitment; {@code null} when unknown
 */
public record Offense(
    CodeSection codeSection, String description, @Nullable LocalDate offenseDate, @Nullable County county) {
  /**
   * Validates the offense.
   *
   * @throws IllegalArgumentException if the description is blank or too long
   */
  public Offense {
    Check.notNull("offense.codeSection", codeSection);
    description = Check.text("offense.description", description, 120);
  }
}
