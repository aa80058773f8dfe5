package org.leadssdk.testkit;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.AgentOfRecord;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.CiiNumber;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.County;
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
import org.leadssdk.core.Sex;
import org.leadssdk.core.SkinTone;
import org.leadssdk.core.Smt;
import org.leadssdk.core.SmtCode;
import org.leadssdk.core.Ssn;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.UsState;
import org.leadssdk.core.Vehicle;
import org.leadssdk.core.VehicleColor;
import org.leadssdk.core.VehicleStyle;
import org.leadssdk.core.ZipCode;

/**
 * Ready record builders for unit tests: change the one field a test is about and build. All values are
 * synthetic. Thread-safe (each call returns a new builder).
 *
 * <pre>{@code
 * Parolee suspended = TestRecords.parolee()
 *     .supervision(TestRecords.supervision(ParoleStatus.SUSPENDED))
 *     .build();
 * }</pre>
 */
public final class TestRecords {
  /** The CDC number of {@link #parolee()}. */
  public static final CdcNumber CDC_NUMBER = new CdcNumber("AB1234");

  /** The release date of {@link #parolee()}. */
  public static final LocalDate RELEASE_DATE = LocalDate.of(2025, 6, 2);

  /** The source timestamp of {@link #parolee()}, before {@link SyntheticParolees#DEFAULT_AS_OF}. */
  public static final Instant SOURCE_TIMESTAMP = Instant.parse("2026-10-15T17:30:00Z");

  private TestRecords() {}

  /**
   * A builder holding one fixed, valid, synthetic record: CDC number {@code AB1234}, JOHN Q DOE, an
   * ACTIVE parolee in Sacramento released on {@link #RELEASE_DATE}, with every field group filled. The
   * values are always the same.
   */
  public static Parolee.Builder parolee() {
    PhoneNumber unitPhone = PhoneNumber.parse("(916) 555-0134");
    Address residence = new Address(AddressType.RESIDENCE, "1234 OAK ST", "APT 5", "SACRAMENTO", UsState.CA,
        new ZipCode("95814"), County.SACRAMENTO,
        new Geocode(new GeoPoint(38.5802, -121.4941), GeocodeSource.USPS_VALIDATED, GeocodePrecision.ROOFTOP),
        true, RELEASE_DATE, null);
    Address former = new Address(AddressType.RESIDENCE, "5678 PINE AVE", null, "FRESNO", UsState.CA,
        new ZipCode("93721"), County.FRESNO, null, false, LocalDate.of(2019, 3, 1), LocalDate.of(2021, 8, 14));
    return Parolee.builder()
        .cdcNumber(CDC_NUMBER)
        .name(new PersonName("JOHN", "Q", "DOE", null))
        .addAlias(new Alias("JON", "DOH"))
        .addMoniker("SPIDER")
        .identifiers(new Identifiers(new CiiNumber("A12345678"), new FbiNumber("123456AB7"),
            new Ssn("123456789"), new DriverLicence("D1234567", UsState.CA)))
        .description(new PhysicalDescription(LocalDate.of(1988, 4, 12), Sex.MALE, Race.WHITE,
            Ethnicity.NOT_HISPANIC, 70, 180, HairColor.BROWN, EyeColor.BLUE, SkinTone.FAIR, "CA"))
        .addAddress(residence)
        .addAddress(former)
        .addPhoto(new Photo(PhotoKind.MUGSHOT, URI.create("photo://synthetic/AB1234/mugshot-1.jpg"),
            "0".repeat(63) + "1", LocalDate.of(2025, 5, 20), null))
        .addSmt(new Smt(SmtCode.parse("TAT L ARM"), "DRAGON"))
        .addSmt(new Smt(SmtCode.parse("SC FACE"), "2 IN LINEAR"))
        .addVehicle(new Vehicle(Plate.of("7ABC123", UsState.CA), "TOYOTA", "CAMRY", 2014, VehicleColor.SILVER,
            VehicleStyle.FOUR_DOOR))
        .addOffense(new Offense(CodeSection.parse("PC 211"), "ROBBERY", LocalDate.of(2021, 8, 14), County.FRESNO))
        .addRegistration(RegistrationStatute.PC_3058_6)
        .supervision(new Supervision(ParoleStatus.ACTIVE, SupervisionLevel.CONTROL_SERVICE,
            new AgentOfRecord("SMITH, JANE", PhoneNumber.parse("(916) 555-0142")),
            new ParoleUnit("SACRAMENTO 2", unitPhone), null,
            List.of("NO CONTACT WITH VICTIM OR VICTIM'S FAMILY"), RELEASE_DATE, null,
            RELEASE_DATE.plusYears(3), List.of(), County.SACRAMENTO))
        .recordVersion(3)
        .sourceTimestamp(SOURCE_TIMESTAMP);
  }

  /**
   * A builder holding the first record of {@code new SyntheticParolees(seed)}: a different valid record
   * for each seed, the same for the same seed.
   */
  public static Parolee.Builder parolee(long seed) {
    return new SyntheticParolees(seed).next().toBuilder();
  }

  /**
   * The supervision part of {@link #parolee()} changed to {@code status}, with what that status needs: a
   * county unit for PRCS, a discharge date for DISCHARGED, a release date within 120 days of the
   * default as-of date for PRE-PAROLE.
   */
  public static Supervision supervision(ParoleStatus status) {
    LocalDate release = status == ParoleStatus.PRE_PAROLE ? SyntheticParolees.DEFAULT_AS_OF.plusDays(30) : RELEASE_DATE;
    return new Supervision(status,
        status == ParoleStatus.DISCHARGED ? SupervisionLevel.NONE : SupervisionLevel.CONTROL_SERVICE,
        null, null,
        status == ParoleStatus.PRCS ? org.leadssdk.core.CountyUnit.of(County.SACRAMENTO) : null,
        List.of(), release,
        status == ParoleStatus.DISCHARGED ? LocalDate.of(2026, 6, 2) : null,
        null, List.of(), County.SACRAMENTO);
  }
}
