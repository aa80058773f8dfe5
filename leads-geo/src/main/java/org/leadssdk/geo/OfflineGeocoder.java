package org.leadssdk.geo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leadssdk.core.County;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.GeocodePrecision;
import org.leadssdk.core.GeocodeSource;
import org.leadssdk.core.ZipCode;
import org.leadssdk.core.internal.Check;
import org.leadssdk.geo.internal.CityNames;

/**
 * A {@link Geocoder} on the bundled {@link Gazetteer}: ZIP code → the ZIP's point, city → the place's
 * point, each with its county. Works offline; knows no streets. Immutable and thread-safe.
 *
 * <p>City names are matched after normalization (accents, punctuation, case and spaces ignored; SAINT/ST,
 * FORT/FT and MOUNT/MT equal), first against the GeoNames places (largest per county), then, for counties
 * without such a place, against the USPS city names of the ZIP table (point: the mean of that city's ZIP
 * points in the county). A name found in several counties gives one candidate per county, largest
 * place first; a county in the query keeps only its own. A name that matches nothing is looked up
 * fuzzily: names within one edit (two for names of nine letters or more) are returned as
 * {@link GeocodeResult.Match#FUZZY}.
 *
 * <p>Caching: ZIP and exact or normalized city lookups are hash-map lookups and are not cached, as a cache
 * would cost more than it saves. Only the fuzzy lookup scans every name (about 2,000 edit distances), so
 * its results are kept in a bounded Caffeine cache ({@link #DEFAULT_CACHE_SIZE} names by default): feeds
 * repeat the same misspelt city names, and the cache turns each repeat into one lookup.
 *
 * <p><b>Note:</b> ZIP points are Census ZCTA internal points or GeoNames town coordinates, city points are
 * GeoNames coordinates: both are a ZIP's or town's point, not an address; see {@link Gazetteer}.
 */
public final class OfflineGeocoder implements Geocoder {
  /** The default number of fuzzy city lookups kept. */
  public static final int DEFAULT_CACHE_SIZE = 10_000;

  private final Gazetteer gazetteer;
  private final Map<String, List<Candidate>> byKey;
  private final List<String> keys;
  private final Cache<String, List<Candidate>> fuzzy;

  /** A city candidate before the query's county filter. */
  private record Candidate(String name, GeoPoint point, County county, int population, GeocodeSource source) {}

  private OfflineGeocoder(Gazetteer gazetteer, long cacheSize) {
    this.gazetteer = gazetteer;
    this.byKey = index(gazetteer);
    this.keys = List.copyOf(byKey.keySet());
    this.fuzzy = Caffeine.newBuilder().maximumSize(cacheSize).build();
  }

  /** An offline geocoder on the bundled gazetteer with the default cache size. */
  public static OfflineGeocoder create() {
    return new OfflineGeocoder(Gazetteer.bundled(), DEFAULT_CACHE_SIZE);
  }

  /**
   * An offline geocoder on the bundled gazetteer keeping up to {@code cacheSize} fuzzy lookups.
   *
   * @throws IllegalArgumentException if {@code cacheSize} is negative
   */
  public static OfflineGeocoder create(long cacheSize) {
    Check.inRange("cacheSize", cacheSize, 0, Long.MAX_VALUE);
    return new OfflineGeocoder(Gazetteer.bundled(), cacheSize);
  }

  @Override
  public List<GeocodeResult> geocode(AddressQuery query) {
    Check.notNull("query", query);
    ZipCode zip = query.zip();
    if (zip != null) {
      Optional<ZipPlace> z = gazetteer.zip(zip);
      if (z.isPresent()) {
        ZipPlace p = z.get();
        return List.of(new GeocodeResult(p.point(), p.county(), GeocodePrecision.ZIP, GeocodeSource.ZIP_CENTROID,
            p.zip().zip5() + " " + p.city(), GeocodeResult.Match.EXACT));
      }
    }
    String city = query.city();
    if (city == null) {
      return List.of();
    }
    String key = CityNames.normalize(city);
    if (key.isEmpty()) {
      return List.of();
    }
    List<Candidate> found = byKey.get(key);
    boolean isFuzzy = false;
    if (found == null) {
      found = fuzzy.get(key, this::fuzzyLookup);
      isFuzzy = true;
    }
    County county = query.county();
    String asWritten = city.strip().toUpperCase(Locale.ROOT);
    List<GeocodeResult> results = new ArrayList<>(found.size());
    for (Candidate c : found) {
      if (county != null && c.county() != county) {
        continue;
      }
      GeocodeResult.Match match = isFuzzy ? GeocodeResult.Match.FUZZY
          : c.name().toUpperCase(Locale.ROOT).equals(asWritten) ? GeocodeResult.Match.EXACT
          : GeocodeResult.Match.NORMALIZED;
      results.add(new GeocodeResult(c.point(), c.county(), GeocodePrecision.CITY, c.source(), c.name(), match));
    }
    return List.copyOf(results);
  }

  private List<Candidate> fuzzyLookup(String key) {
    int max = key.length() >= 9 ? 2 : key.length() >= 5 ? 1 : 0;
    if (max == 0) {
      return List.of();
    }
    int bestDistance = max + 1;
    List<Candidate> best = new ArrayList<>();
    for (String k : keys) {
      int d = CityNames.editDistance(key, k, max);
      if (d < bestDistance) {
        bestDistance = d;
        best.clear();
      }
      if (d == bestDistance && d <= max) {
        best.addAll(byKey.get(k));
      }
    }
    best.sort(ORDER);
    return List.copyOf(best);
  }

  private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::population).reversed()
      .thenComparing(c -> c.county().ordinal());

  private static Map<String, List<Candidate>> index(Gazetteer g) {
    // key -> county -> candidate: the largest GeoNames place of that name in each county.
    Map<String, Map<County, Candidate>> places = new HashMap<>();
    for (Place p : g.places()) {
      places.computeIfAbsent(CityNames.normalize(p.name()), k -> new EnumMap<>(County.class))
          .merge(p.county(), new Candidate(p.name(), p.point(), p.county(), p.population(),
              GeocodeSource.CITY_CENTROID), (a, b) -> a.population() >= b.population() ? a : b);
    }
    // USPS city names of the ZIP table, for counties where no place of that name exists.
    Map<String, Map<County, List<ZipPlace>>> zipCities = new LinkedHashMap<>();
    for (ZipPlace z : g.zipCodes()) {
      zipCities.computeIfAbsent(CityNames.normalize(z.city()), k -> new EnumMap<>(County.class))
          .computeIfAbsent(z.county(), c -> new ArrayList<>()).add(z);
    }
    zipCities.forEach((key, byCounty) -> byCounty.forEach((county, zips) -> {
      Map<County, Candidate> forKey = places.computeIfAbsent(key, k -> new EnumMap<>(County.class));
      if (!forKey.containsKey(county)) {
        double lat = 0;
        double lon = 0;
        for (ZipPlace z : zips) {
          lat += z.point().latitude();
          lon += z.point().longitude();
        }
        forKey.put(county, new Candidate(zips.get(0).city(), new GeoPoint(lat / zips.size(), lon / zips.size()),
            county, 0, GeocodeSource.ZIP_CENTROID));
      }
    }));
    Map<String, List<Candidate>> index = new HashMap<>();
    places.forEach((key, byCounty) -> {
      List<Candidate> list = new ArrayList<>(byCounty.values());
      list.sort(ORDER);
      index.put(key, List.copyOf(list));
    });
    return Map.copyOf(index);
  }
}
