package org.leadssdk.core;

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
    if (!nameShape(s)) {
      throw new IllegalArgumentException(field + ": " + Mask.partial(s)
          + " must start with a letter and hold only letters, spaces, hyphens, apostrophes and periods");
    }
    return s;
  }

  /**
   * Whether {@code s} has the shape of the regular expression {@code [\p{L}][\p{L}\p{M} .'-]*}: a letter,
   * then letters, marks, spaces, periods, apostrophes and hyphens, by code point. A loop rather than the
   * pattern, because a search decodes and so validates every name it returns; the length (at most 40) is
   * checked before.
   */
  static boolean nameShape(String s) {
    if (s.isEmpty() || !Character.isLetter(s.codePointAt(0))) {
      return false;
    }
    for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); ) {
      char c = s.charAt(i);
      if (c < 0x80) {
        int lower = c | 0x20;
        if (!(lower >= 'a' && lower <= 'z') && c != ' ' && c != '.' && c != '\'' && c != '-') {
          return false;
        }
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      int type = Character.getType(cp);
      if (!Character.isLetter(cp) && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
          && type != Character.COMBINING_SPACING_MARK) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
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
