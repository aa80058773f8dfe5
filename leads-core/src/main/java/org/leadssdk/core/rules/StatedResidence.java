package org.leadssdk.core.rules;

import org.jspecify.annotations.Nullable;
import org.leadssdk.core.County;
import org.leadssdk.core.ParoleUnit;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * What a document records as the offender's last residence, in the forms DOM 81010.2.1 distinguishes: a
 * street address (complete or not), a post office box, a street intersection, a business name alone, or
 * transient/homeless. Closed: adding a form is a breaking change. Each form is immutable.
 *
 * <p>Build one from its parts, or from a free-text street line with
 * {@link #fromStreetLine(String, String, County, ParoleUnit)}.
 */
public sealed interface StatedResidence {

  /**
   * Classifies a free-text street line with {@link StreetLine#classify(String)} and builds the matching
   * form: a street address (with or without a number or street name), a PO box, an intersection or
   * transient. See {@link StreetLine} for what the check cannot tell, such as a business name alone, which
   * it reports as a street line without a number (so it does not count either).
   *
   * @param streetLine the street line as the document gives it, e.g. {@code 1200 K ST}
   * @param city the city; {@code null} when the document gives none
   * @param county the county the city lies in; {@code null} when not resolved
   * @param poBoxesConfirmedBy for a PO box: the parole unit that confirms that only PO boxes are used in
   *     that rural area; {@code null} when none has
   * @throws IllegalArgumentException if the line is blank or a part too long
   */
  static StatedResidence fromStreetLine(
      String streetLine, @Nullable String city, @Nullable County county, @Nullable ParoleUnit poBoxesConfirmedBy) {
    StreetLine line = StreetLine.classify(streetLine);
    return switch (line.form()) {
      case NUMBER_AND_NAME, NO_STREET_NAME -> new StreetAddress(line.number(), line.streetName(), city, county);
      case NO_NUMBER -> new StreetAddress(null, line.text(), city, county);
      case PO_BOX -> new PoBox(line.text(), city, county, poBoxesConfirmedBy);
      case INTERSECTION -> new Intersection(line.text());
      case TRANSIENT -> new Transient();
    };
  }

  /**
   * A street address as the document gives it; any part may be missing. Complete under DOM 81010.2.1(c)
   * when it has a route or street number, a route or street name and a city.
   *
   * @param number the route or street number, e.g. {@code 1200} or {@code 1200-B}; holds a digit; at most
   *     20 characters; {@code null} when missing
   * @param streetName the route or street name, e.g. {@code K ST}; at most 200 characters; {@code null} when
   *     missing
   * @param city the city; at most 40 characters; {@code null} when missing
   * @param county the county the address lies in; required for the address to decide the county of last
   *     legal residence; {@code null} when not resolved
   */
  record StreetAddress(
      @Nullable String number, @Nullable String streetName, @Nullable String city, @Nullable County county)
      implements StatedResidence {
    /**
     * Validates the parts that are given.
     *
     * @throws IllegalArgumentException if a part is blank or too long, or the number holds no digit
     */
    public StreetAddress {
      number = Check.optionalText("residence.number", number, 20);
      streetName = Check.optionalText("residence.streetName", streetName, 200);
      city = Check.optionalText("residence.city", city, 40);
      if (number != null && number.chars().noneMatch(Character::isDigit)) {
        throw new IllegalArgumentException(
            "residence.number: " + Mask.partial(number) + " must hold a digit (a route or street number)");
      }
    }

    /** Whether it has a number, a street name and a city (DOM 81010.2.1(c)). */
    public boolean isComplete() {
      return number != null && streetName != null && city != null;
    }

    /** Masked: addresses are sensitive. */
    @Override
    public String toString() {
      return "StreetAddress[number=" + Mask.partial(number) + ", streetName=" + Mask.partial(streetName)
          + ", city=" + city + ", county=" + (county == null ? null : county.code()) + "]";
    }
  }

  /**
   * A post office box (or a rural-route box). DOM 81010.2.1(c): it counts only for a rural area whose
   * parole unit confirms that only post office boxes are used there.
   *
   * @param box the box as the document gives it, e.g. {@code PO BOX 12}; at most 200 characters
   * @param city the city; {@code null} when missing
   * @param county the county; {@code null} when not resolved
   * @param onlyPoBoxesConfirmedBy the parole unit that confirms that only PO boxes are used in that area;
   *     {@code null} when none has
   */
  record PoBox(String box, @Nullable String city, @Nullable County county, @Nullable ParoleUnit onlyPoBoxesConfirmedBy)
      implements StatedResidence {
    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the box is blank or a part too long
     */
    public PoBox {
      box = Check.text("residence.box", box, 200);
      city = Check.optionalText("residence.city", city, 40);
    }

    /** Masked: addresses are sensitive. */
    @Override
    public String toString() {
      return "PoBox[box=" + Mask.partial(box) + ", city=" + city + ", confirmed=" + (onlyPoBoxesConfirmedBy != null)
          + "]";
    }
  }

  /**
   * A reference to a street intersection in lieu of an address, e.g. {@code MAIN ST & 5TH ST}. Never counts
   * (DOM 81010.2.1(c)).
   *
   * @param description the reference as given; at most 200 characters
   */
  record Intersection(String description) implements StatedResidence {
    /**
     * Validates the description.
     *
     * @throws IllegalArgumentException if it is blank or too long
     */
    public Intersection {
      description = Check.text("residence.intersection", description, 200);
    }

    /** Masked: locations are sensitive. */
    @Override
    public String toString() {
      return "Intersection[" + Mask.partial(description) + "]";
    }
  }

  /**
   * An address given only by the name of a business. Never counts (DOM 81010.2.1(c)).
   *
   * @param businessName the business name as given; at most 100 characters
   */
  record BusinessNameOnly(String businessName) implements StatedResidence {
    /**
     * Validates the name.
     *
     * @throws IllegalArgumentException if it is blank or too long
     */
    public BusinessNameOnly {
      businessName = Check.text("residence.businessName", businessName, 100);
    }

    /** Masked: locations are sensitive. */
    @Override
    public String toString() {
      return "BusinessNameOnly[" + Mask.partial(businessName) + "]";
    }
  }

  /** The document records the offender as transient or homeless (DOM 81010.2.1(b)). */
  record Transient() implements StatedResidence {}
}
