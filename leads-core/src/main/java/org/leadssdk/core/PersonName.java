package org.leadssdk.core;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A person's name as CDCR records it: first, middle, last and suffix. Letters (any script), spaces,
 * hyphens, apostrophes and periods, at most 40 characters each. Immutable.
 *
 * @param first the first name
 * @param middle the middle name or initial; {@code null} when there is none
 * @param last the last name
 * @param suffix a suffix such as {@code JR} or {@code III}; {@code null} when there is none
 */
public record PersonName(String first, @Nullable String middle, String last, @Nullable String suffix) {
  static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'-]{0,39}");

  /**
   * Validates the name parts.
   *
   * @throws IllegalArgumentException if a part is blank, too long or holds other characters
   */
  public PersonName {
    first = name("name.first", first);
    middle = middle == null ? null : name("name.middle", middle);
    last = name("name.last", last);
    suffix = suffix == null ? null : name("name.suffix", suffix);
  }

  /** A name without middle name or suffix. */
  public static PersonName of(String first, String last) {
    return new PersonName(first, null, last, null);
  }

  static String name(String field, @Nullable String value) {
    String s = Check.text(field, value, 40);
    if (!NAME.matcher(s).matches()) {
      throw new IllegalArgumentException(field + ": " + Mask.partial(s)
          + " must start with a letter and hold only letters, spaces, hyphens, apostrophes and periods");
    }
    return s;
  }

  /** As {@code LAST, FIRST MIDDLE SUFFIX}. */
  public String display() {
    StringBuilder b = new StringBuilder(last).append(", ").append(first);
    if (middle != null) {
      b.append(' ').append(middle);
    }
    if (suffix != null) {
      b.append(' ').append(suffix);
    }
    return b.toString();
  }

  /** Masked: names are sensitive. */
  @Override
  public String toString() {
    return "PersonName[" + Mask.partial(display()) + "]";
  }
}
