package org.leadssdk.geo;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A distance, held in meters. Immutable; ordered by length.
 *
 * <p>Units use the exact international definitions: 1 ft = 0.3048 m, 1 mi = 5,280 ft = 1,609.344 m.
 *
 * <pre>{@code
 * Distance d = Distance.parse("2,000 ft");   // 609.6 m
 * Distance r = Distance.ofMiles(35);
 * }</pre>
 *
 * @param meters the length in meters; finite and {@code >= 0}
 */
public record Distance(double meters) implements Comparable<Distance> {
  /** Meters in one international foot. */
  public static final double METERS_PER_FOOT = 0.3048;
  /** Meters in one statute mile (5,280 ft). */
  public static final double METERS_PER_MILE = 1609.344;
  /** Meters in one kilometer. */
  public static final double METERS_PER_KILOMETER = 1000.0;
  /** A length of zero. */
  public static final Distance ZERO = new Distance(0.0);

  private static final String ACCEPTED_UNITS =
      "mi, mile, miles, km, kilometer(s), kilometre(s), m, meter(s), metre(s), ft, foot, feet";
  private static final Pattern TEXT = Pattern.compile(
      "([+-]?)((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]*)?|\\.[0-9]+)\\s*([a-z]+)");
  private static final Map<String, Double> UNITS = Map.ofEntries(
      Map.entry("mi", METERS_PER_MILE),
      Map.entry("mile", METERS_PER_MILE),
      Map.entry("miles", METERS_PER_MILE),
      Map.entry("km", METERS_PER_KILOMETER),
      Map.entry("kilometer", METERS_PER_KILOMETER),
      Map.entry("kilometers", METERS_PER_KILOMETER),
      Map.entry("kilometre", METERS_PER_KILOMETER),
      Map.entry("kilometres", METERS_PER_KILOMETER),
      Map.entry("m", 1.0),
      Map.entry("meter", 1.0),
      Map.entry("meters", 1.0),
      Map.entry("metre", 1.0),
      Map.entry("metres", 1.0),
      Map.entry("ft", METERS_PER_FOOT),
      Map.entry("foot", METERS_PER_FOOT),
      Map.entry("feet", METERS_PER_FOOT));

  /**
   * Validates the length.
   *
   * @throws IllegalArgumentException if {@code meters} is negative, NaN or infinite
   */
  public Distance {
    Check.nonNegative("distance.meters", meters);
    meters = meters == 0.0 ? 0.0 : meters; // -0.0 and 0.0 are the same length
  }

  /**
   * A distance in meters.
   *
   * @throws IllegalArgumentException if negative, NaN or infinite
   */
  public static Distance ofMeters(double meters) {
    return new Distance(meters);
  }

  /**
   * A distance in kilometers.
   *
   * @throws IllegalArgumentException if negative, NaN or infinite
   */
  public static Distance ofKilometers(double kilometers) {
    Check.nonNegative("distance.kilometers", kilometers);
    return new Distance(kilometers * METERS_PER_KILOMETER);
  }

  /**
   * A distance in statute miles.
   *
   * @throws IllegalArgumentException if negative, NaN or infinite
   */
  public static Distance ofMiles(double miles) {
    Check.nonNegative("distance.miles", miles);
    return new Distance(miles * METERS_PER_MILE);
  }

  /**
   * A distance in international feet.
   *
   * @throws IllegalArgumentException if negative, NaN or infinite
   */
  public static Distance ofFeet(double feet) {
    Check.nonNegative("distance.feet", feet);
    return new Distance(feet * METERS_PER_FOOT);
  }

  /**
   * Parses a number and a unit, with or without a space: {@code "2mi"}, {@code "500 ft"}, {@code "3.5km"},
   * {@code "1.2 miles"}, {@code "800m"}, {@code "2,000 feet"}. Case and outer spaces are ignored; commas
   * may group thousands. Accepted units: mi, mile, miles, km, kilometer(s), kilometre(s), m, meter(s),
   * metre(s), ft, foot, feet.
   *
   * @throws IllegalArgumentException if the text is not a non-negative number followed by an accepted
   *     unit; the message quotes the text and lists the accepted units
   */
  public static Distance parse(String text) {
    Check.notNull("distance", text);
    Matcher m = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("distance: " + Mask.plain(text)
          + " is not a number followed by a unit, e.g. \"2mi\", \"500 ft\", \"3.5km\"; accepted units: "
          + ACCEPTED_UNITS);
    }
    if (m.group(1).equals("-")) {
      throw new IllegalArgumentException("distance: " + Mask.plain(text) + " is negative; a distance is >= 0");
    }
    Double factor = UNITS.get(m.group(3));
    if (factor == null) {
      throw new IllegalArgumentException("distance: " + Mask.plain(text) + " has the unknown unit "
          + Mask.plain(m.group(3)) + "; accepted units: " + ACCEPTED_UNITS);
    }
    double value = Double.parseDouble(m.group(2).replace(",", ""));
    double meters = value * factor;
    if (Double.isInfinite(meters)) {
      throw new IllegalArgumentException("distance: " + Mask.plain(text) + " is too large to represent");
    }
    return new Distance(meters);
  }

  /** The length in kilometers. */
  public double kilometers() {
    return meters / METERS_PER_KILOMETER;
  }

  /** The length in statute miles. */
  public double miles() {
    return meters / METERS_PER_MILE;
  }

  /** The length in international feet. */
  public double feet() {
    return meters / METERS_PER_FOOT;
  }

  /** Whether this is longer than {@code other}. */
  public boolean isLongerThan(Distance other) {
    return meters > other.meters;
  }

  @Override
  public int compareTo(Distance other) {
    return Double.compare(meters, other.meters);
  }

  /** As {@code "1609.344 m"} (meters, locale-independent). */
  @Override
  public String toString() {
    return meters + " m";
  }
}
