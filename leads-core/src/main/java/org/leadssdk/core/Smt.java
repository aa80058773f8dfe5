package org.leadssdk.core;

import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * A scar, mark or tattoo: its NCIC SMT code and a free description (e.g. {@code TAT L ARM},
 * "dragon with flames"). Immutable.
 *
 * @param code the NCIC SMT code
 * @param description what it shows; {@code null} when not described; at most 200 characters
 */
public record Smt(SmtCode code, @Nullable String description) {
  /**
   * Validates the SMT.
   *
   * @throws IllegalArgumentException if the description is blank or too long
   */
  public Smt {
    Check.notNull("smt.code", code);
    description = Check.optionalText("smt.description", description, 200);
  }
}
