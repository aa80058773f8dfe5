package org.leadssdk.geo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.County;
import org.leadssdk.core.EyeColor;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Geocode;
import org.leadssdk.core.GeocodePrecision;
import org.leadssdk.core.GeocodeSource;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.Offense;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PersonName;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.Race;
import org.leadssdk.core.Sex;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.UsState;
import org.leadssdk.core.ZipCode;
import org.leadssdk.core.CodeSection;

/** Synthetic test data and seeded generators local to leads-geo's tests (testkit depends on this module). */
final class TestData {
  /** California's bounding box with a margin: lat 32.3..42.2, lon -124.7..-113.9. */
  static final double SOUTH = 32.3;
  static final double NORTH = 42.2;
  static final double WEST = -124.7;
  static final double EAST = -113.9;

  private TestData() {}

  /** The seeds of the property tests: 1..40. */
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  static GeoPoint pointInCaliforniaBox(SplittableRandom r) {
    return new GeoPoint(r.nextDouble(SOUTH, NORTH), r.nextDouble(WEST, EAST));
  }

  /** A synthetic parolee living at {@code home}, with the given offenses. */
  static Parolee parolee(String first, String last, GeoPoint home, ParoleStatus status, List<String> offenses) {
    Parolee.Builder b = Parolee.builder()
        .cdcNumber(CdcNumber.parse("AB1234"))
        .name(PersonName.of(first, last))
        .description(new PhysicalDescription(LocalDate.of(1980, 5, 17), Sex.MALE, Race.WHITE, null, 70, 180,
            HairColor.BROWN, EyeColor.BROWN, null, null))
        .supervision(new Supervision(status, SupervisionLevel.CONTROL_SERVICE, null, null, null, List.of(), null,
            null, null, List.of(), null))
        .addAddress(new Address(AddressType.RESIDENCE, "100 SYNTHETIC WAY", null, "Sacramento", UsState.CA,
            ZipCode.parse("95814"), County.SACRAMENTO,
            new Geocode(home, GeocodeSource.MANUAL, GeocodePrecision.ROOFTOP), true, null, null))
        .recordVersion(1)
        .sourceTimestamp(Instant.parse("2026-01-05T08:00:00Z"));
    for (String o : offenses) {
      b.addOffense(new Offense(CodeSection.parse(o), "Synthetic offense", null, County.SACRAMENTO));
    }
    return b.build();
  }
}
