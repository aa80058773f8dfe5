package org.leadssdk.core.feed;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
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
import org.leadssdk.core.SupervisionEvent;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.Suspension;
import org.leadssdk.core.UsState;
import org.leadssdk.core.Vehicle;
import org.leadssdk.core.VehicleColor;
import org.leadssdk.core.VehicleStyle;
import org.leadssdk.core.ZipCode;

/**
 * A seeded generator of valid synthetic records in which every optional field and list is set or left
 * out at random, for the feed's property tests (leads-testkit depends on core and cannot be used here).
 * Same seed, same records.
 */
final class RandomParolees {
  private static final String[] FIRST = {"ALEX", "MARIA", "JOSÉ", "LEE", "O'NEIL", "ANNE-MARIE", "ZOË", "K. J"};
  private static final String[] LAST = {"SAMPLE", "EXAMPLE", "TESTER", "DE LA FAKE", "MC'DEMO", "ÑANDÚ"};
  private static final String[] TEXT = {
    "PLAIN", "WITH, COMMA", "WITH \"QUOTES\"", "=FORMULA", "-DASH", "@AT", "ÜMLAUT ÉCOLE", "SLASH\\BACK"
  };
  private static final Instant SOURCE_TIME = Instant.parse("2026-01-02T03:04:05Z");

  private final SplittableRandom random;

  RandomParolees(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A valid record with CDC number {@code K} and 5 digits from {@code index}. */
  Parolee next(int index) {
    ParoleStatus status = pick(ParoleStatus.values());
    Parolee.Builder b = Parolee.builder()
        .cdcNumber(CdcNumber.parse(String.format(Locale.ROOT, "K%05d", index % 100_000)))
        .name(new PersonName(pick(FIRST), maybe(pick(FIRST)), pick(LAST), maybe("JR")))
        .description(new PhysicalDescription(
            LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)),
            pick(Sex.values()), pick(Race.values()), maybe(pick(Ethnicity.values())),
            36 + random.nextInt(61), 50 + random.nextInt(651), pick(HairColor.values()), pick(EyeColor.values()),
            maybe(pick(SkinTone.values())), maybe(pick(TEXT))))
        .identifiers(new Identifiers(
            maybe(CiiNumber.parse(String.format(Locale.ROOT, "A%08d", random.nextInt(100_000_000)))),
            maybe(FbiNumber.parse(String.format(Locale.ROOT, "%07dX", random.nextInt(10_000_000)))),
            maybe(Ssn.parse(String.format(Locale.ROOT, "%03d%02d%04d",
                1 + random.nextInt(665), 1 + random.nextInt(99), 1 + random.nextInt(9999)))),
            maybe(DriverLicence.of(String.format(Locale.ROOT, "B%07d", random.nextInt(10_000_000)), UsState.CA))))
        .recordVersion(1 + random.nextLong(1_000_000))
        .sourceTimestamp(SOURCE_TIME.minusSeconds(random.nextLong(100_000_000L)));
    // DOB before source timestamp: the latest DOB (1999-12-28) is long before the earliest timestamp
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addAlias(new Alias(maybe(pick(FIRST)), pick(LAST)));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addMoniker(pick(TEXT));
    }
    boolean residence = false;
    for (int i = random.nextInt(4); i > 0; i--) {
      AddressType type = pick(AddressType.values());
      boolean current = random.nextBoolean() && !(type == AddressType.RESIDENCE && residence);
      residence |= type == AddressType.RESIDENCE && current;
      boolean california = random.nextInt(5) > 0;
      LocalDate from = maybe(LocalDate.of(2010 + random.nextInt(10), 1 + random.nextInt(12), 1));
      LocalDate to = current ? null : LocalDate.of(2020 + random.nextInt(5), 1 + random.nextInt(12), 1);
      b.addAddress(new Address(type, pick(TEXT) + " ST", maybe("APT " + random.nextInt(100)), pick(TEXT),
          california ? UsState.CA : UsState.NV,
          ZipCode.parse(String.format(Locale.ROOT, random.nextBoolean() ? "9%04d" : "9%04d-1234", random.nextInt(10_000))),
          california ? maybe(pick(County.values())) : null,
          maybe(new Geocode(GeoPoint.of(32 + random.nextDouble() * 10, -124 + random.nextDouble() * 10),
              pick(GeocodeSource.values()), pick(GeocodePrecision.values()))),
          random.nextBoolean(), from, to));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      PhotoKind kind = pick(PhotoKind.values());
      b.addPhoto(new Photo(kind, URI.create("https://photos.example.test/" + index + "/" + i + ".jpg"),
          hex64(), maybe(LocalDate.of(2020, 1 + random.nextInt(12), 1)),
          kind == PhotoKind.SMT ? maybe(SmtCode.parse("TAT L ARM")) : null));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addSmt(new Smt(SmtCode.parse(pick(new String[] {"TAT L ARM", "SC R HND", "MOLE FACE", "TAT CHEST"})),
          maybe(pick(TEXT))));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addVehicle(new Vehicle(Plate.of(String.format(Locale.ROOT, "%dABC%03d", random.nextInt(10), random.nextInt(1000)),
          pick(UsState.values())), maybe("TOYOTA"), maybe("CAMRY"), maybe(1990 + random.nextInt(36)),
          maybe(pick(VehicleColor.values())), maybe(pick(VehicleStyle.values()))));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addOffense(new Offense(CodeSection.parse(pick(new String[] {"PC 211", "HS 11352(a)", "VC 10851", "PC 261(a)(2)"})),
          pick(TEXT), maybe(LocalDate.of(2000 + random.nextInt(20), 1 + random.nextInt(12), 1)),
          maybe(pick(County.values()))));
    }
    for (RegistrationStatute r : RegistrationStatute.values()) {
      if (random.nextBoolean()) {
        b.addRegistration(r);
      }
    }
    b.supervision(supervision(status));
    return b.build();
  }

  private Supervision supervision(ParoleStatus status) {
    LocalDate release = status == ParoleStatus.PRE_PAROLE || random.nextBoolean()
        ? LocalDate.of(2015 + random.nextInt(5), 1 + random.nextInt(12), 1)
        : null;
    LocalDate discharge = status == ParoleStatus.DISCHARGED ? LocalDate.of(2025, 1 + random.nextInt(12), 1) : null;
    List<SupervisionEvent> events = new ArrayList<>();
    LocalDate start = LocalDate.of(2020, 1, 1);
    for (int i = random.nextInt(4); i > 0; i--) {
      start = start.plusDays(1 + random.nextInt(200));
      LocalDate end = random.nextBoolean() ? start.plusDays(random.nextInt(100)) : null;
      events.add(random.nextBoolean()
          ? new Revocation(start, end)
          : new Suspension(pick(Suspension.Authority.values()), start, end));
    }
    List<String> conditions = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      conditions.add(pick(TEXT));
    }
    return new Supervision(status, pick(SupervisionLevel.values()),
        maybe(new AgentOfRecord("J. " + pick(LAST), maybe(PhoneNumber.parse("916-555-01" + (10 + random.nextInt(90)))))),
        maybe(new ParoleUnit("SAC " + random.nextInt(9), maybe(PhoneNumber.parse("(916) 555-0102")))),
        status == ParoleStatus.PRCS ? CountyUnit.of(pick(County.values())) : null,
        conditions, release, discharge, maybe(LocalDate.of(2030, 1, 1)), events,
        maybe(pick(County.values())));
  }

  private String hex64() {
    StringBuilder b = new StringBuilder(64);
    for (int i = 0; i < 64; i++) {
      b.append(Character.forDigit(random.nextInt(16), 16));
    }
    return b.toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> @Nullable T maybe(T value) {
    return random.nextBoolean() ? value : null;
  }
}
