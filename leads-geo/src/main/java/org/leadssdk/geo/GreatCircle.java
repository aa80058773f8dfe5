package org.leadssdk.geo;

import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.internal.Check;

/**
 * Great-circle geometry on a sphere of the IUGG mean earth radius, R1 = 6,371,008.8 m. Stateless and
 * thread-safe.
 *
 * <p><b>Note:</b> the sphere differs from the WGS 84 ellipsoid by up to about 0.5 % in distance (less in
 * California's latitudes for most bearings). For a rule stated in miles or feet that is well inside the
 * precision of a geocoded address; a result within a few meters of a legal limit should be confirmed by a
 * survey-grade measurement.
 *
 * <pre>{@code
 * Distance d = GreatCircle.distance(capitol, cityHall);
 * BoundingBox box = GreatCircle.boundingBox(capitol, Distance.ofMiles(35));
 * }</pre>
 */
public final class GreatCircle {
  /** The mean earth radius R1 of the IUGG (International Union of Geodesy and Geophysics), in meters. */
  public static final double EARTH_RADIUS_METERS = 6_371_008.8;

  private GreatCircle() {}

  /** The great-circle distance between two points (haversine formula). */
  public static Distance distance(GeoPoint from, GeoPoint to) {
    Check.notNull("from", from);
    Check.notNull("to", to);
    return new Distance(meters(from.latitude(), from.longitude(), to.latitude(), to.longitude()));
  }

  /**
   * The great-circle distance in meters between two positions in degrees (haversine formula); the
   * allocation-free form of {@link #distance}.
   */
  public static double meters(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double sinDPhi = Math.sin((phi2 - phi1) / 2);
    double sinDLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
    double h = sinDPhi * sinDPhi + Math.cos(phi1) * Math.cos(phi2) * sinDLambda * sinDLambda;
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  /**
   * The point reached from {@code start} by travelling {@code distance} along the great circle that leaves
   * it at {@code bearingDegrees}.
   *
   * @param bearingDegrees initial bearing, clockwise from true north; any finite value (taken modulo 360)
   * @throws IllegalArgumentException if the bearing is NaN or infinite
   */
  public static GeoPoint destination(GeoPoint start, double bearingDegrees, Distance distance) {
    Check.notNull("start", start);
    Check.notNull("distance", distance);
    if (!Double.isFinite(bearingDegrees)) {
      throw new IllegalArgumentException("bearingDegrees must be finite, got " + bearingDegrees);
    }
    double delta = distance.meters() / EARTH_RADIUS_METERS;
    double theta = Math.toRadians(bearingDegrees);
    double phi1 = Math.toRadians(start.latitude());
    double lambda1 = Math.toRadians(start.longitude());
    double sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
    double phi2 = Math.asin(Math.max(-1.0, Math.min(1.0, sinPhi2)));
    double lambda2 = lambda1 + Math.atan2(
        Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * sinPhi2);
    double lon = Math.toDegrees(lambda2);
    lon = ((lon + 540.0) % 360.0) - 180.0; // normalise to [-180, 180)
    return new GeoPoint(Math.max(-90.0, Math.min(90.0, Math.toDegrees(phi2))), lon);
  }

  /**
   * The smallest latitude/longitude box that holds every point within {@code radius} of {@code center}.
   * Use it to pre-filter candidates, then confirm each with {@link #distance}.
   *
   * <p><b>Note:</b> when the circle reaches a pole or crosses the antimeridian the box widens to all
   * longitudes (a superset, never a subset, of the circle).
   */
  public static BoundingBox boundingBox(GeoPoint center, Distance radius) {
    Check.notNull("center", center);
    Check.notNull("radius", radius);
    double angular = radius.meters() / EARTH_RADIUS_METERS;
    double lat = Math.toRadians(center.latitude());
    double south = lat - angular;
    double north = lat + angular;
    if (south <= -Math.PI / 2 || north >= Math.PI / 2 || angular >= Math.PI) {
      return new BoundingBox(
          Math.toDegrees(Math.max(south, -Math.PI / 2)), -180.0, Math.toDegrees(Math.min(north, Math.PI / 2)), 180.0);
    }
    // The widest longitude span of the circle, reached at the latitude where a meridian is tangent to it.
    double dLon = Math.asin(Math.min(1.0, Math.sin(angular) / Math.cos(lat)));
    double west = center.longitude() - Math.toDegrees(dLon);
    double east = center.longitude() + Math.toDegrees(dLon);
    if (west < -180.0 || east > 180.0) {
      west = -180.0;
      east = 180.0;
    }
    return new BoundingBox(Math.toDegrees(south), west, Math.toDegrees(north), east);
  }
}
