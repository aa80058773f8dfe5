package org.leadssdk.core.json;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.AgentOfRecord;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.CiiNumber;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.DriverLicence;
import org.leadssdk.core.Ethnicity;
import org.leadssdk.core.EyeColor;
import org.leadssdk.core.FbiNumber;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Geocode;
import org.leadssdk.core.GeocodePrecision;
import org.leadssdk.core.GeocodeSource;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.Offense;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.ParoleUnit;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PersonName;
import org.leadssdk.core.PhoneNumber;
import org.leadssdk.core.Photo;
import org.leadssdk.core.PhotoKind;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.Plate;
import org.leadssdk.core.Race;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Revocation;
import org.leadssdk.core.Sex;
import org.leadssdk.core.SkinTone;
import org.leadssdk.core.Smt;
import org.leadssdk.core.SmtCode;
import org.leadssdk.core.Ssn;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.Suspension;
import org.leadssdk.core.UsState;
import org.leadssdk.core.Vehicle;
import org.leadssdk.core.VehicleColor;
import org.leadssdk.core.VehicleStyle;
import org.leadssdk.core.ZipCode;

/** Synthetic parolee records for the JSON and feed tests: one with every field set, one minimal. */
public final class ParoleeFixtures {
  /** The source timestamp of the fixtures. */
  public static final Instant SOURCE_TIME = Instant.parse("2026-01-02T03:04:05Z");

  private ParoleeFixtures() {}

  /** A PRCS record with every field group and every optional field set (all values synthetic). */
  public static Parolee full() {
    return Parolee.builder()
        .cdcNumber(CdcNumber.parse("AB1234"))
        .name(new PersonName("JOHN", "QUINCY", "TESTPERSON", "JR"))
        .addAlias(new Alias("JACK", "SAMPLEMAN"))
        .addAlias(new Alias(null, "EXAMPLETON"))
        .addMoniker("LEFTY")
        .addMoniker("J-DOG")
        .identifiers(new Identifiers(
            CiiNumber.parse("A12345678"),
            FbiNumber.parse("123456AB1"),
            Ssn.parse("123-45-6789"),
            DriverLicence.of("B1234567", UsState.CA)))
        .description(new PhysicalDescription(
            LocalDate.of(1980, 2, 29), Sex.MALE, Race.WHITE, Ethnicity.HISPANIC, 70, 180,
            HairColor.BROWN, EyeColor.HAZEL, SkinTone.MEDIUM, "FRESNO, CA"))
        .addAddress(new Address(AddressType.RESIDENCE, "1200 EXAMPLE ST", "APT 4", "SACRAMENTO", UsState.CA,
            ZipCode.parse("95814-1234"), County.SACRAMENTO,
            new Geocode(GeoPoint.of(38.5767, -121.4934), GeocodeSource.USPS_VALIDATED, GeocodePrecision.ROOFTOP),
            true, LocalDate.of(2025, 3, 1), null))
        .addAddress(new Address(AddressType.SELF_DISCLOSED, "77 SAMPLE AVE, REAR", "B", "ELK GROVE", UsState.CA,
            ZipCode.parse("95624"), County.SACRAMENTO,
            new Geocode(GeoPoint.of(38.4088, -121.3716), GeocodeSource.ZIP_CENTROID, GeocodePrecision.ZIP),
            false, LocalDate.of(2025, 3, 1), null))
        .addAddress(new Address(AddressType.MAILING, "PO BOX 123", null, "RENO", UsState.NV,
            ZipCode.parse("89501"), null, null, false, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 2, 28)))
        .addAddress(new Address(AddressType.LAST_LEGAL, "9 DEMO WAY", null, "FRESNO", UsState.CA,
            ZipCode.parse("93721"), County.FRESNO, null, true, LocalDate.of(2015, 5, 5), LocalDate.of(2019, 6, 30)))
        .addPhoto(new Photo(PhotoKind.MUGSHOT, URI.create("https://photos.example.test/AB1234/1.jpg"),
            "0".repeat(64), LocalDate.of(2025, 3, 1), null))
        .addPhoto(new Photo(PhotoKind.SMT, URI.create("https://photos.example.test/AB1234/2.jpg"),
            "ab".repeat(32), LocalDate.of(2025, 3, 1), SmtCode.parse("TAT L ARM")))
        .addPhoto(new Photo(PhotoKind.FULL_BODY, URI.create("file:///photos/AB1234/3.jpg"),
            "0123456789abcdef".repeat(4), null, null))
        .addSmt(new Smt(SmtCode.parse("TAT L ARM"), "EAGLE WITH \"MOM\", SCROLL"))
        .addSmt(new Smt(SmtCode.parse("SC R HND"), null))
        .addVehicle(new Vehicle(Plate.of("7ABC123", UsState.CA), "TOYOTA", "CAMRY", 2014, VehicleColor.SILVER,
            VehicleStyle.FOUR_DOOR))
        .addVehicle(new Vehicle(Plate.of("XYZ-99", UsState.NV), null, null, null, null, null))
        .addOffense(new Offense(CodeSection.parse("PC 459"), "Burglary", LocalDate.of(2012, 7, 4), County.FRESNO))
        .addOffense(new Offense(CodeSection.parse("PC 211"), "Robbery", LocalDate.of(2019, 8, 9), County.SACRAMENTO))
        .addOffense(new Offense(CodeSection.parse("HS 11352(a)"), "Transport of a controlled substance", null, null))
        .addRegistration(RegistrationStatute.HS_11590)
        .addRegistration(RegistrationStatute.PC_290)
        .addRegistration(RegistrationStatute.PC_457_1)
        .addRegistration(RegistrationStatute.PC_3058_6)
        .supervision(new Supervision(
            ParoleStatus.PRCS,
            SupervisionLevel.HIGH_CONTROL,
            new AgentOfRecord("J. RIVERA", PhoneNumber.parse("916-555-0101")),
            new ParoleUnit("SAC 2", PhoneNumber.parse("(916) 555-0102")),
            CountyUnit.parse("PRCS-SAC"),
            java.util.List.of("NO CONTACT WITH VICTIM", "CURFEW 2200-0600"),
            LocalDate.of(2020, 1, 15),
            null,
            LocalDate.of(2023, 1, 15),
            java.util.List.of(
                new Revocation(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 5, 1)),
                new Suspension(Suspension.Authority.BPH, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 2)),
                new Suspension(Suspension.Authority.COURT, LocalDate.of(2024, 6, 1), null),
                new Revocation(LocalDate.of(2025, 1, 1), null)),
            County.SACRAMENTO))
        .recordVersion(7)
        .sourceTimestamp(SOURCE_TIME)
        .build();
  }

  /** A record with only the required parts set. */
  public static Parolee minimal() {
    return minimal("K12345");
  }

  /** A minimal record with the given CDC number. */
  public static Parolee minimal(String cdcNumber) {
    return Parolee.builder()
        .cdcNumber(CdcNumber.parse(cdcNumber))
        .name(PersonName.of("JANE", "SAMPLE"))
        .description(new PhysicalDescription(
            LocalDate.of(1990, 12, 31), Sex.FEMALE, Race.UNKNOWN, null, 64, 130, HairColor.BLACK,
            EyeColor.BROWN, null, null))
        .supervision(new Supervision(ParoleStatus.ACTIVE, SupervisionLevel.MINIMUM, null, null, null,
            java.util.List.of(), null, null, null, java.util.List.of(), null))
        .recordVersion(1)
        .sourceTimestamp(SOURCE_TIME)
        .build();
  }
}
