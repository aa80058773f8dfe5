package org.leadssdk.geo;

import org.leadssdk.core.County;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.ZipCode;
import org.leadssdk.core.internal.Check;

/**
 * A California ZIP code of the bundled gazetteer: its USPS-style city, a point for it and its county.
 * Immutable.
 *
 * <p><b>Note:</b> the point is the Census ZCTA internal point where one exists, else a GeoNames
 * coordinate that is often the town centre ({@link #approximate()}).
 *
 * @param zip the five-digit ZIP code
 * @param city the USPS-style place name, e.g. {@code Sacramento}
 * @param point a point for the ZIP
 * @param county the ZIP's county (a ZIP can span counties; this is the one the sources give)
 * @param approximate whether the point is a GeoNames town coordinate rather than a ZCTA point
 */
public record ZipPlace(ZipCode zip, String city, GeoPoint point, County county, boolean approximate) {
  /** Validates that all parts are given. */
  public ZipPlace {
    Check.notNull("zip", zip);
    Check.notNull("city", city);
    Check.notNull("point", point);
    Check.notNull("county", county);
  }
}
