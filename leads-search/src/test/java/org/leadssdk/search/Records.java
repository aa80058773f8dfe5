package org.leadssdk.search;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
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
import org.leadssdk.core.Photo;
import org.leadssdk.core.PhotoKind;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.Plate;
import org.leadssdk.core.Race;
import org.leadssdk.core.Sex;
import org.leadssdk.core.Smt;
import org.leadssdk.core.SmtCode;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.UsState;
import org.leadssdk.core.Vehicle;
import org.leadssdk.core.ZipCode;

/** Hand-made synthetic records for index tests: every value chosen by the test that needs it. */
final class Records {
  static final Instant SOURCE_TIME = Instant.parse("2026-10-01T08:00:00Z");

  private Records() {}

  static Parolee.Builder active(String cdc, String first, String last, GeoPoint home) {
    return Parolee.builder()
        .cdcNumber(CdcNumber.parse(cdc))
        .name(PersonName.of(first, last))
        .description(new PhysicalDescription(LocalDate.of(1985, 4, 12), Sex.MALE, Race.WHITE, null, 70, 180,
            HairColor.BROWN, EyeColor.BROWN, null, "CA"))
        .addAddress(residence(home, County.SACRAMENTO))
        .supervision(supervision(ParoleStatus.ACTIVE, null))
        .recordVersion(1)
        .sourceTimestamp(SOURCE_TIME);
  }

  static Address residence(GeoPoint home, County county) {
    return new Address(AddressType.RESIDENCE, "100 SYNTHETIC WAY", null, "SACRAMENTO", UsState.CA,
        ZipCode.parse("95814"), county, new Geocode(home, GeocodeSource.ZIP_CENTROID, GeocodePrecision.ZIP),
        true, LocalDate.of(2025, 1, 1), null);
  }

  static Supervision supervision(ParoleStatus status, CountyUnit unit) {
    return new Supervision(status, SupervisionLevel.CONTROL_SERVICE, null, null, unit, List.of(),
        LocalDate.of(2025, 1, 1), status == ParoleStatus.DISCHARGED ? LocalDate.of(2026, 1, 1) : null, null,
        List.of(), null);
  }

  static Supervision discharged(LocalDate dischargeDate) {
    return new Supervision(ParoleStatus.DISCHARGED, SupervisionLevel.NONE, null, null, null, List.of(),
        LocalDate.of(2023, 1, 1), dischargeDate, null, List.of(), null);
  }

  static Parolee prcs(String cdc, String first, String last, County county) {
    return active(cdc, first, last, GeoPoint.of(38.58, -121.49))
        .supervision(supervision(ParoleStatus.PRCS, CountyUnit.of(county)))
        .build();
  }

  static Smt tattoo(String code, String description) {
    return new Smt(SmtCode.parse(code), description);
  }

  static Vehicle car(String plate) {
    return new Vehicle(Plate.of(plate, UsState.CA), "TOYOTA", "CAMRY", 2015, null, null);
  }

  static Offense offense(String section, String description) {
    return new Offense(CodeSection.parse(section), description, LocalDate.of(2019, 6, 1), County.SACRAMENTO);
  }

  static Alias alias(String first, String last) {
    return new Alias(first, last);
  }

  static Photo mugshot(String cdc) {
    return new Photo(PhotoKind.MUGSHOT, URI.create("photo://synthetic/" + cdc + "/1.jpg"), "0".repeat(64), null, null);
  }
}
