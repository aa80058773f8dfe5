package org.leadssdk.core.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A check of a free-text street line against DOM 81010.2.1(c): does it hold a route or street number and a
 * street name, or is it an intersection, a PO box or transient? Immutable.
 *
 * <pre>{@code
 * StreetLine.classify("1200 K ST").form();          // NUMBER_AND_NAME
 * StreetLine.classify("MAIN ST & 5TH ST").form();   // INTERSECTION
 * StreetLine.classify("P.O. Box 12").form();        // PO_BOX
 * StreetLine.classify("K ST").form();               // NO_NUMBER
 * }</pre>
 *
 * <p><b>Note:</b> this is a pattern check, not address validation. What it cannot tell:
 *
 * <ul>
 *   <li>a business name alone ("JOE'S MOTEL") reads as a line without a number, {@link Form#NO_NUMBER}: it
 *       does not count either way, but the reason given is "incomplete", not "business name";
 *   <li>a street whose name holds "AND" or "AT" ("LEWIS AND CLARK DR") reads as an intersection, and a
 *       "/" that is not a fraction ("123 1/2 MAIN ST" is one) as well: the check errs towards not
 *       counting an address, which leaves the decision to a lower-priority document or the county of
 *       commitment, never to a wrong address;
 *   <li>a number written in words ("ONE MARKET ST") reads as {@link Form#NO_NUMBER}, and an ordinal
 *       street with no house number ("5TH ST") too; a "number" that does not exist on the street is not
 *       detected;
 *   <li>a unit ("APT 4") stays part of the street name; a rural-route box ("RR 2 BOX 15") reads as a
 *       {@link Form#PO_BOX}, as does a private mailbox ("PMB 7").
 * </ul>
 *
 * @param form what the line is
 * @param text the line, upper case with single spaces
 * @param number the route or street number, for {@link Form#NUMBER_AND_NAME} and {@link Form#NO_STREET_NAME};
 *     else {@code null}
 * @param streetName the rest of the line after the number, for {@link Form#NUMBER_AND_NAME}; else
 *     {@code null}
 */
public record StreetLine(Form form, String text, @Nullable String number, @Nullable String streetName) {

  /** What a street line is. */
  public enum Form {
    /** A route or street number, then a name: complete as a street line. */
    NUMBER_AND_NAME,
    /** No route or street number at the start: incomplete. */
    NO_NUMBER,
    /** A number and nothing that reads as a street name: incomplete. */
    NO_STREET_NAME,
    /** A reference to a street intersection: never counts. */
    INTERSECTION,
    /** A post office box, private mailbox or rural-route box: counts only where the unit confirms. */
    PO_BOX,
    /** Transient, homeless or no fixed address. */
    TRANSIENT
  }

  private static final Pattern TRANSIENT =
      Pattern.compile("\\b(TRANSIENT|HOMELESS|NO FIXED (ADDRESS|ABODE|RESIDENCE))\\b|^NFA$");
  private static final Pattern PO_BOX = Pattern.compile(
      "\\bP ?\\.? ?O ?\\.? ?BOX\\b|\\bPOST OFFICE BOX\\b|\\bPMB\\b|^BOX [0-9]"
          + "|\\b(RR|R ?R|RURAL ROUTE|HC|HCR|STAR ROUTE) ?[0-9]+,? BOX\\b");
  private static final Pattern INTERSECTION = Pattern.compile(
      "&|@|\\bAND\\b|\\bAT\\b|\\bCORNER\\b|\\bCNR\\b|\\bCOR OF\\b|\\bBETWEEN\\b|\\bBTWN\\b|\\bCROSS (ST|STREET)\\b"
          + "|(?<![0-9])/|/(?![0-9])");
  // A house number: digits, optionally a letter and a hyphenated part ("1200-B", "12-14"), optionally a fraction ("123 1/2").
  private static final Pattern NUMBER =
      Pattern.compile("^([0-9]+[A-Z]?(?:-(?:[0-9]+[A-Z]?|[A-Z]))?(?: [0-9]/[0-9])?)(?: (.*))?$");
  private static final Pattern ORDINAL = Pattern.compile("^[0-9]+(ST|ND|RD|TH)\\b.*");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /**
   * Validates the parts against the form.
   *
   * @throws IllegalArgumentException if the text is blank, or the number and street name do not fit the form
   */
  public StreetLine {
    Check.notNull("streetLine.form", form);
    text = Check.text("streetLine", text, 200);
    boolean numbered = form == Form.NUMBER_AND_NAME || form == Form.NO_STREET_NAME;
    Check.argument(numbered == (number != null),
        () -> "streetLine.number: given exactly for NUMBER_AND_NAME and NO_STREET_NAME, form is " + form);
    Check.argument((form == Form.NUMBER_AND_NAME) == (streetName != null),
        () -> "streetLine.streetName: given exactly for NUMBER_AND_NAME, form is " + form);
  }

  /**
   * Classifies a street line. Checked in this order: transient, PO box, intersection, number and name.
   *
   * @param line the street line as written; case and runs of spaces are ignored
   * @throws IllegalArgumentException if the line is blank, longer than 200 characters or holds control
   *     characters
   */
  public static StreetLine classify(String line) {
    String s = Check.text("streetLine", line, 200).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (TRANSIENT.matcher(s).find()) {
      return new StreetLine(Form.TRANSIENT, s, null, null);
    }
    if (PO_BOX.matcher(s).find()) {
      return new StreetLine(Form.PO_BOX, s, null, null);
    }
    if (INTERSECTION.matcher(s).find()) {
      return new StreetLine(Form.INTERSECTION, s, null, null);
    }
    Matcher m = NUMBER.matcher(s);
    if (ORDINAL.matcher(s).matches() || !m.matches()) {
      return new StreetLine(Form.NO_NUMBER, s, null, null);
    }
    String rest = m.group(2);
    if (rest == null || !LETTER.matcher(rest).find()) {
      return new StreetLine(Form.NO_STREET_NAME, s, m.group(1), null);
    }
    return new StreetLine(Form.NUMBER_AND_NAME, s, m.group(1), rest);
  }

  /** Masked: addresses are sensitive. */
  @Override
  public String toString() {
    return "StreetLine[" + form + ", " + Mask.partial(text) + "]";
  }
}
