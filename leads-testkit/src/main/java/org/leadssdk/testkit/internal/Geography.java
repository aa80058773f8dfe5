package org.leadssdk.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.leadssdk.core.County;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.geo.Gazetteer;
import org.leadssdk.geo.Place;
import org.leadssdk.geo.ZipPlace;

/**
 * Where synthetic people live: counties weighted by the population of the bundled gazetteer's places,
 * then a ZIP code of that county. Loaded once; immutable and thread-safe.
 *
 * <p><b>Note:</b> the gazetteer lists places of about 1,000 people or more, so the most rural counties are
 * under-counted (Alpine has no such place at all). Every county therefore weighs at least
 * {@value #FLOOR_POPULATION} people, which keeps all 58 present in a large population.
 */
public final class Geography {
  /** The least population a county is weighted with. */
  public static final int FLOOR_POPULATION = 5_000;

  private static final double METERS_PER_DEGREE = 111_320.0;

  private static final class Holder {
    static final Geography INSTANCE = new Geography(Gazetteer.bundled());
  }

  private final County[] counties = County.values();
  private final AliasTable countyTable;
  private final ZipPlace[][] zipsByCounty;
  private final int[] unitCounts;

  private Geography(Gazetteer gazetteer) {
    double[] weights = new double[counties.length];
    for (Place p : gazetteer.places()) {
      weights[p.county().ordinal()] += p.population();
    }
    List<List<ZipPlace>> zips = new ArrayList<>();
    for (int i = 0; i < counties.length; i++) {
      zips.add(new ArrayList<>());
    }
    for (ZipPlace z : gazetteer.zipCodes()) {
      zips.get(z.county().ordinal()).add(z);
    }
    zipsByCounty = new ZipPlace[counties.length][];
    double total = 0;
    for (int i = 0; i < counties.length; i++) {
      zipsByCounty[i] = zips.get(i).toArray(ZipPlace[]::new);
      // A county without a ZIP in the gazetteer cannot hold a residence: weight 0.
      weights[i] = zipsByCounty[i].length == 0 ? 0 : Math.max(weights[i], FLOOR_POPULATION);
      total += weights[i];
    }
    countyTable = new AliasTable(weights);
    unitCounts = new int[counties.length];
    for (int i = 0; i < counties.length; i++) {
      // Parole units per county grow with population: 1 for the rural counties, up to 12 in Los Angeles.
      unitCounts[i] = (int) Math.max(1, Math.min(12, Math.round(weights[i] / total * 150)));
    }
  }

  /** The shared instance built on {@link Gazetteer#bundled()}. */
  public static Geography bundled() {
    return Holder.INSTANCE;
  }

  /** A county drawn in proportion to its (floored) population. */
  public County county(SplittableRandom random) {
    return counties[countyTable.sample(random)];
  }

  /** A ZIP code of {@code county}, each of its ZIPs equally likely. */
  public ZipPlace zip(SplittableRandom random, County county) {
    ZipPlace[] zips = zipsByCounty[county.ordinal()];
    if (zips.length == 0) {
      throw new IllegalArgumentException("county " + county.code() + " has no ZIP code in the bundled gazetteer");
    }
    return zips[random.nextInt(zips.length)];
  }

  /** How many parole units the county has (1 to 12). */
  public int unitCount(County county) {
    return unitCounts[county.ordinal()];
  }

  /** A point within {@code maxMeters} of {@code center}, uniform over the disc. */
  public static GeoPoint jitter(SplittableRandom random, GeoPoint center, double maxMeters) {
    double distance = maxMeters * Math.sqrt(random.nextDouble());
    double bearing = random.nextDouble() * 2 * Math.PI;
    double dLat = distance * Math.cos(bearing) / METERS_PER_DEGREE;
    double dLon = distance * Math.sin(bearing) / (METERS_PER_DEGREE * Math.cos(Math.toRadians(center.latitude())));
    return new GeoPoint(round(center.latitude() + dLat), round(center.longitude() + dLon));
  }

  // Six decimals (about 11 cm) keep the JSON short and the values exact across a text round trip.
  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}
