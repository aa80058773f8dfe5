package org.leadssdk.policy;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A CDCR division and the format of its internal case numbers. DOM 53060.7: "each Division shall
 * identify the appropriate internal case numbering to be referenced in the search". Immutable and
 * thread-safe; equal when name and pattern text are equal.
 *
 * <pre>{@code
 * Division dapo = Division.of("DAPO", "DAPO-\\d{4}-\\d{6}");
 * }</pre>
 */
public final class Division {
  private final String name;
  private final String caseNumberPattern;
  private final Pattern compiled;

  private Division(String name, String caseNumberPattern) {
    this.name = Check.text("division.name", name, 60);
    Check.text("division.caseNumberPattern", caseNumberPattern, 200);
    try {
      this.compiled = Pattern.compile(caseNumberPattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("division.caseNumberPattern: " + Mask.plain(caseNumberPattern)
          + " is not a valid regular expression: " + e.getDescription(), e);
    }
    Check.argument(!compiled.matcher("").matches(),
        () -> "division.caseNumberPattern: " + Mask.plain(caseNumberPattern) + " must not match the empty text");
    this.caseNumberPattern = caseNumberPattern;
  }

  /**
   * A division with its case-number pattern (a {@link java.util.regex.Pattern} matched against the whole
   * case number).
   *
   * @throws IllegalArgumentException if the name is blank, or the pattern does not compile or matches the
   *     empty text
   */
  public static Division of(String name, String caseNumberPattern) {
    return new Division(name, caseNumberPattern);
  }

  /** The division's name, e.g. {@code DAPO}. */
  public String name() {
    return name;
  }

  /** The case-number pattern as configured. */
  public String caseNumberPattern() {
    return caseNumberPattern;
  }

  /** The compiled pattern. */
  public Pattern pattern() {
    return compiled;
  }

  /** Whether {@code text} as a whole is a case number of this division. */
  public boolean isCaseNumber(String text) {
    return compiled.matcher(text).matches();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Division d && d.name.equals(name) && d.caseNumberPattern.equals(caseNumberPattern);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + caseNumberPattern.hashCode();
  }

  @Override
  public String toString() {
    return "Division[" + name + ", " + caseNumberPattern + "]";
  }
}
