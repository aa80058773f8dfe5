package org.leadssdk.core;

import com.google.common.testing.NullPointerTester;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Valid synthetic parts for the tests of this package. All values are invented. */
final class Fixtures {
  static final LocalDate RELEASE = LocalDate.of(2025, 1, 6);
  static final Instant SOURCE_TIME = Instant.parse("2026-01-05T08:00:00Z");
  static final String SHA = "0123456789abcdef".repeat(4);

  private Fixtures() {}

  static PhysicalDescription description() {
    return new PhysicalDescription(LocalDate.of(1988, 4, 17), Sex.MALE, Race.WHITE, Ethnicity.NOT_HISPANIC, 70, 180,
        HairColor.BROWN, EyeColor.BLUE, SkinTone.MEDIUM, "CA");
  }

  static Address residence(LocalDate from, LocalDate to) {
    return new Address(AddressType.RESIDENCE, "1200 K ST", null, "SACRAMENTO", UsState.CA, ZipCode.parse("95814"),
        County.SACRAMENTO, null, true, from, to);
  }

  static Supervision supervision(ParoleStatus status) {
    return new Supervision(status, SupervisionLevel.CONTROL_SERVICE, new AgentOfRecord("J. RIVERA", null), null,
        status == ParoleStatus.PRCS ? CountyUnit.of(County.SACRAMENTO) : null, List.of(), RELEASE,
        status == ParoleStatus.DISCHARGED ? RELEASE.plusYears(1) : null, null, List.of(), null);
  }

  static Parolee.Builder parolee() {
    return Parolee.builder()
        .cdcNumber(CdcNumber.parse("AB1234"))
        .name(new PersonName("ZEBEDIAH", "Q", "XYLOPHONE", "JR"))
        .identifiers(new Identifiers(CiiNumber.parse("A12345678"), FbiNumber.parse("123456AB7"),
            Ssn.parse("123-45-6789"), DriverLicence.of("B7654321", UsState.CA)))
        .description(description())
        .addAlias(new Alias("ZEB", "QUORNBY"))
        .addMoniker("SLIM")
        .supervision(supervision(ParoleStatus.ACTIVE))
        .recordVersion(1)
        .sourceTimestamp(SOURCE_TIME);
  }

  /** A NullPointerTester with valid defaults for the SDK's types, so that each null is tested alone. */
  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "AB")
        .setDefault(CdcNumber.class, CdcNumber.parse("AB1234"))
        .setDefault(PersonName.class, PersonName.of("ZED", "XYZ"))
        .setDefault(Identifiers.class, Identifiers.NONE)
        .setDefault(PhysicalDescription.class, description())
        .setDefault(Supervision.class, supervision(ParoleStatus.ACTIVE))
        .setDefault(Instant.class, SOURCE_TIME)
        .setDefault(LocalDate.class, RELEASE)
        .setDefault(UsState.class, UsState.NV)
        .setDefault(ZipCode.class, ZipCode.parse("95814"))
        .setDefault(County.class, County.SACRAMENTO)
        .setDefault(GeoPoint.class, GeoPoint.of(38.5, -121.5))
        .setDefault(Plate.class, Plate.of("7ABC123", UsState.CA))
        .setDefault(PhoneNumber.class, PhoneNumber.parse("916-555-0100"))
        .setDefault(CodeSection.class, CodeSection.parse("PC 211"))
        .setDefault(SmtCode.class, SmtCode.parse("TAT L ARM"))
        .setDefault(URI.class, URI.create("https://photos.example/1.jpg"))
        .setDefault(int.class, 70)
        .setDefault(long.class, 1L);
  }
}
