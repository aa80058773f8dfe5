package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A California code section of an offense: the code's abbreviation and the section with optional
 * subdivisions, e.g. {@code PC 211}, {@code HS 11352(a)}, {@code VC 10851}, {@code PC 261(a)(2)}.
 * Normalized to upper-case code, one space, lower-case subdivisions. Immutable.
 *
 * @param code the code's abbreviation: PC, HS, VC, WI, BP, GC, FG, HN, CC, EC, UI, RT, LC, PR
 * @param section the section and subdivisions, e.g. {@code 261(a)(2)}
 */
public record CodeSection(String code, String section) {
  // a set lookup, not a pattern: the constructor runs for every offense of every feed line
  private static final Set<String> CODES =
      Set.of("PC", "HS", "VC", "WI", "BP", "GC", "FG", "HN", "CC", "EC", "UI", "RT", "LC", "PR");
  private static final Pattern TEXT =
      Pattern.compile("(PC|HS|H&S|VC|WI|W&I|BP|B&P|GC|FG|F&G|HN|CC|EC|UI|RT|R&T|LC|PR)\\s*(.+)");

  /**
   * Validates the section.
   *
   * @throws IllegalArgumentException if the code is unknown or the section malformed
   */
  public CodeSection {
    Check.notNull("offense.codeSection.code", code);
    Check.notNull("offense.codeSection.section", section);
    if (!CODES.contains(code)) {
      throw new IllegalArgumentException("offense.codeSection: unknown code " + Mask.plain(code)
          + "; known codes: PC, HS, VC, WI, BP, GC, FG, HN, CC, EC, UI, RT, LC, PR");
    }
    if (!sectionShape(section)) {
      throw new IllegalArgumentException("offense.codeSection: section " + Mask.plain(section)
          + " must be digits with an optional .decimal and up to 4 (subdivisions), e.g. 261(a)(2)");
    }
  }

  /**
   * Whether {@code s} has the shape of {@code [0-9]{1,5}(\.[0-9]{1,3})?(\([a-z0-9]{1,3}\)){0,4}}: a loop
   * rather than the pattern, because a search decodes and so validates every offense it returns.
   */
  static boolean sectionShape(String s) {
    int n = s.length();
    int i = run(s, 0, false);
    if (i < 1 || i > 5) {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      int end = run(s, i + 1, false);
      if (end - (i + 1) < 1 || end - (i + 1) > 3) {
        return false;
      }
      i = end;
    }
    for (int parts = 0; i < n; parts++) {
      if (parts == 4 || s.charAt(i) != '(') {
        return false;
      }
      int end = run(s, i + 1, true);
      if (end - (i + 1) < 1 || end - (i + 1) > 3 || end >= n || s.charAt(end) != ')') {
        return false;
      }
      i = end + 1;
    }
    return true;
  }

  /** The end of the run of {@code [0-9]} (or {@code [a-z0-9]}) starting at {@code from}. */
  private static int run(String s, int from, boolean lowerToo) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!(Chars.isDigit(c) || (lowerToo && c >= 'a' && c <= 'z'))) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * Parses {@code "PC 211"}, {@code "H&S 11352(A)"}, {@code "pc211"}: the abbreviations H&amp;S, W&amp;I,
   * B&amp;P, F&amp;G and R&amp;T are accepted for HS, WI, BP, FG and RT.
   *
   * @throws IllegalArgumentException if the text is not a code section
   */
  @JsonCreator
  public static CodeSection parse(String text) {
    Check.notNull("offense.codeSection", text);
    Matcher m = TEXT.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("offense.codeSection: " + Mask.plain(text)
          + " is not a code section such as \"PC 211\" or \"HS 11352(a)\"");
    }
    String code = m.group(1).replace("&", "");
    return new CodeSection(code, m.group(2).strip().replace(" ", "").toLowerCase(Locale.ROOT));
  }

  /** As {@code PC 261(a)(2)}. */
  @JsonValue
  @Override
  public String toString() {
    return code + " " + section;
  }
}
