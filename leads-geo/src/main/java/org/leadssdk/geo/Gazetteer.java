package org.leadssdk.geo;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leadssdk.core.County;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.ZipCode;

/**
 * The bundled offline gazetteer of California: 2,593 ZIP codes and 1,080 places with points and counties.
 * Loaded once from the jar; immutable and thread-safe.
 *
 * <p>Sources: U.S. Census Bureau 2021 Gazetteer (ZCTA points, public domain) and GeoNames (CC BY 4.0).
 * Contains data from GeoNames (https://www.geonames.org/), licensed under the Creative Commons
 * Attribution 4.0 License. See the NOTICE file shipped beside the data.
 */
public final class Gazetteer {
  private static final String DATA = "/org/leadssdk/geo/data/";

  private final List<ZipPlace> zips;
  private final List<Place> places;
  private final Map<String, ZipPlace> byZip;
  private final Map<String, List<Place>> byName;

  private Gazetteer(List<ZipPlace> zips, List<Place> places) {
    this.zips = List.copyOf(zips);
    this.places = List.copyOf(places);
    Map<String, ZipPlace> z = new HashMap<>();
    for (ZipPlace zp : zips) {
      z.put(zp.zip().zip5(), zp);
    }
    this.byZip = Map.copyOf(z);
    Map<String, List<Place>> n = new HashMap<>();
    for (Place p : places) {
      n.computeIfAbsent(key(p.name()), k -> new ArrayList<>()).add(p);
    }
    n.replaceAll((k, v) -> List.copyOf(v));
    this.byName = Map.copyOf(n);
  }

  private static final class Holder {
    static final Gazetteer BUNDLED = load();
  }

  /** The gazetteer bundled with the SDK (loaded on first use, then shared). */
  public static Gazetteer bundled() {
    return Holder.BUNDLED;
  }

  /** Every bundled ZIP code, sorted by ZIP. */
  public List<ZipPlace> zipCodes() {
    return zips;
  }

  /** Every bundled place, by population, largest first. */
  public List<Place> places() {
    return places;
  }

  /** The entry of a ZIP code (the +4 part is ignored), if it is a bundled California ZIP. */
  public Optional<ZipPlace> zip(ZipCode zip) {
    return Optional.ofNullable(byZip.get(zip.zip5()));
  }

  /**
   * The places of that name (case and outer spaces ignored), largest first; empty if none. Names repeat
   * across counties.
   */
  public List<Place> placesNamed(String name) {
    return byName.getOrDefault(key(name), Collections.emptyList());
  }

  private static String key(String name) {
    return name.strip().toUpperCase(Locale.ROOT);
  }

  private static Gazetteer load() {
    List<ZipPlace> zips = new ArrayList<>();
    for (Map<String, String> row : rows("ca-zip-centroids.csv")) {
      zips.add(new ZipPlace(
          ZipCode.parse(row.get("zip")),
          row.get("city"),
          new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))),
          County.byFips(row.get("county_fips")).orElseThrow(
              () -> new IllegalStateException("bundled ZIP table names unknown county " + row.get("county_fips"))),
          !"census_zcta_2021".equals(row.get("coord_source"))));
    }
    List<Place> places = new ArrayList<>();
    for (Map<String, String> row : rows("ca-places.csv")) {
      places.add(new Place(
          row.get("name"),
          new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))),
          County.byFips(row.get("county_fips")).orElseThrow(
              () -> new IllegalStateException("bundled place table names unknown county " + row.get("county_fips"))),
          Integer.parseInt(row.get("population"))));
    }
    return new Gazetteer(zips, places);
  }

  private static List<Map<String, String>> rows(String file) {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (InputStream in = Gazetteer.class.getResourceAsStream(DATA + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled data " + DATA + file + " is missing from the leads-geo jar");
      }
      List<Map<String, String>> rows = new ArrayList<>();
      try (MappingIterator<Map<String, String>> it =
          mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
        while (it.hasNext()) {
          rows.add(it.next());
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data " + DATA + file, e);
    }
  }
}
