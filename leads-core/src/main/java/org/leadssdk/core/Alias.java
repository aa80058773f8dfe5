package org.leadssdk.core;

import org.jspecify.annotations.Nullable;

/**
 * A name the parolee has used: first and last (Parole LEADS 2.0: "Aliases First/Last Names"). Immutable.
 *
 * @param first the alias first name; {@code null} when only a last name is known
 * @param last the alias last name
 */
public record Alias(@Nullable String first, String last) {
  /**
   * Validates the alias.
   *
   * @throws IllegalArgumentException if a part is blank, too long or holds other characters
   */
  public Alias {
    first = first == null ? null : PersonName.name("alias.first", first);
    last = PersonName.name("alias.last", last);
  }

  /** Masked: names are sensitive. */
  @Override
  public String toString() {
    return "Alias[" + org.leadssdk.core.internal.Mask.partial(last) + "]";
  }
}
