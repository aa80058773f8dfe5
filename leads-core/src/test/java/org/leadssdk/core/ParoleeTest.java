package org.leadssdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The record-wide rules of {@link Parolee}: each rejects, each accepts its boundary, all reported at once. */
class ParoleeTest {
  private static final LocalDate RELEASE = Fixtures.RELEASE;

  private static Supervision sup(ParoleStatus status, @Nullable CountyUnit unit, @Nullable LocalDate release,
      @Nullable LocalDate discharge, List<SupervisionEvent> events) {
    return new Supervision(status, SupervisionLevel.CONTROL_SERVICE, null, null, unit, List.of(), release, discharge,
        null, events, null);
  }

  private static InvalidRecordException invalid(Parolee.Builder b) {
    return catchThrowableOfType(InvalidRecordException.class, b::build);
  }

  private static void assertSingleViolation(Parolee.Builder b, String path, String messagePart) {
    InvalidRecordException e = invalid(b);
    assertThat(e).as("expected a violation at " + path).isNotNull();
    assertThat(e.recordType()).isEqualTo("Parolee");
    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).path()).isEqualTo(path);
    assertThat(e.violations().get(0).message()).contains(messagePart);
    assertThat(e.getMessage()).startsWith("Parolee has 1 problem:").contains("\n - " + path + ": ", messagePart);
  }

  @Test
  void buildsAValidRecord() {
    Parolee p = Fixtures.parolee().build();
    assertThat(p.status()).isEqualTo(ParoleStatus.ACTIVE);
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThat(p.monikers()).containsExactly("SLIM");
  }

  @Test
  void withersEqualTheBuilderResult() {
    Parolee p = Fixtures.parolee().build();
    Identifiers none = new Identifiers(null, null, null, null);
    assertThat(p.withIdentifiers(none)).isEqualTo(p.toBuilder().identifiers(none).build());
    assertThat(p.withPhotos(List.of())).isEqualTo(p.toBuilder().photos(List.of()).build());
    assertThat(p.withIdentifiers(p.identifiers())).isEqualTo(p);
  }

  @Test
  void nullListElementsAreReportedByIndexAndListsAreCopied() {
    Parolee p = Fixtures.parolee().build();
    Alias alias = new Alias("ANA", "SYNTH");
    List<Alias> aliases = new java.util.ArrayList<>(java.util.Arrays.asList(alias, null, alias, null));
    InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> new Parolee(p.cdcNumber(),
        p.name(), aliases, p.monikers(), p.identifiers(), p.description(), p.addresses(), p.photos(), p.smts(),
        p.vehicles(), p.offenses(), p.registrations(), p.supervision(), p.recordVersion(), p.sourceTimestamp()));
    assertThat(e.violations()).extracting(Violation::path).containsExactly("aliases[1]", "aliases[3]");
    assertThat(e.violations()).extracting(Violation::message).containsOnly("is null");

    List<Alias> clean = new java.util.ArrayList<>(List.of(alias));
    Parolee copied = new Parolee(p.cdcNumber(), p.name(), clean, p.monikers(), p.identifiers(), p.description(),
        p.addresses(), p.photos(), p.smts(), p.vehicles(), p.offenses(), p.registrations(), p.supervision(),
        p.recordVersion(), p.sourceTimestamp());
    clean.add(alias);
    assertThat(copied.aliases()).containsExactly(alias);
    assertThatThrownBy(() -> copied.aliases().add(alias)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderReportsEveryMissingPartAtOnce() {
    InvalidRecordException e = invalid(Parolee.builder().addMoniker(" "));
    assertThat(e.violations()).extracting(Violation::path).containsExactly("cdcNumber", "name", "description",
        "supervision", "sourceTimestamp", "recordVersion", "monikers[0]");
    assertThat(e.violations()).extracting(Violation::message).contains("missing (required)", "must be >= 1, got 0");
    assertThat(e.getMessage()).startsWith("Parolee has 7 problems:")
        .contains("\n - cdcNumber: missing (required)", "\n - recordVersion: must be >= 1, got 0");
  }

  @Test
  void constructorReportsNullListsAndNullElements() {
    InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
        () -> new Parolee(CdcNumber.parse("AB1234"), PersonName.of("ZED", "XYZ"), null,
            java.util.Arrays.asList("A", null), Identifiers.NONE, Fixtures.description(), List.of(), List.of(),
            List.of(), List.of(), List.of(), null, Fixtures.supervision(ParoleStatus.ACTIVE), 1, Fixtures.SOURCE_TIME));
    assertThat(e.violations()).extracting(Violation::path).containsExactly("aliases", "monikers[1]", "registrations");
  }

  @Test
  void prcsNeedsACountyUnitAndOnlyPrcsHasOne() {
    assertSingleViolation(Fixtures.parolee().supervision(sup(ParoleStatus.PRCS, null, RELEASE, null, List.of())),
        "supervision.countyUnit", "missing; a PRCS record has a county unit");
    assertSingleViolation(Fixtures.parolee()
            .supervision(sup(ParoleStatus.ACTIVE, CountyUnit.of(County.FRESNO), RELEASE, null, List.of())),
        "supervision.countyUnit", "given for status ACTIVE; only PRCS records have a county unit");
    assertThat(Fixtures.parolee()
            .supervision(sup(ParoleStatus.PRCS, CountyUnit.of(County.FRESNO), RELEASE, null, List.of())).build()
            .supervision().countyUnit())
        .isEqualTo(CountyUnit.of(County.FRESNO));
  }

  @Test
  void dischargedNeedsADischargeDateAndOnlyDischargedHasOne() {
    assertSingleViolation(Fixtures.parolee().supervision(sup(ParoleStatus.DISCHARGED, null, RELEASE, null, List.of())),
        "supervision.dischargeDate", "missing; a DISCHARGED record has a discharge date");
    assertSingleViolation(Fixtures.parolee()
            .supervision(sup(ParoleStatus.ACTIVE, null, RELEASE, RELEASE.plusYears(1), List.of())),
        "supervision.dischargeDate", "given for status ACTIVE");
    assertThat(Fixtures.parolee().supervision(sup(ParoleStatus.DISCHARGED, null, RELEASE, RELEASE, List.of())).build()
            .supervision().dischargeDate())
        .as("discharge on the release day is the boundary")
        .isEqualTo(RELEASE);
  }

  @Test
  void dischargeMustNotBeBeforeRelease() {
    assertSingleViolation(Fixtures.parolee()
            .supervision(sup(ParoleStatus.DISCHARGED, null, RELEASE, RELEASE.minusDays(1), List.of())),
        "supervision.dischargeDate", "is before supervision.releaseDate");
    InvalidRecordException e = invalid(Fixtures.parolee()
        .supervision(sup(ParoleStatus.DISCHARGED, null, RELEASE, RELEASE.minusDays(1), List.of())));
    assertThat(e.getMessage()).doesNotContain(RELEASE.toString());
  }

  @Test
  void preParoleNeedsAReleaseDate() {
    assertSingleViolation(Fixtures.parolee().supervision(sup(ParoleStatus.PRE_PAROLE, null, null, null, List.of())),
        "supervision.releaseDate", "missing; a PRE-PAROLE record has a release date");
    assertThat(Fixtures.parolee().supervision(sup(ParoleStatus.ACTIVE, null, null, null, List.of())).build()
            .supervision().releaseDate())
        .isNull();
  }

  @Test
  void eventsAreOrderedAndNotBeforeRelease() {
    Revocation early = new Revocation(RELEASE.minusDays(1), RELEASE.plusDays(3));
    assertSingleViolation(Fixtures.parolee().supervision(sup(ParoleStatus.ACTIVE, null, RELEASE, null, List.of(early))),
        "supervision.events[0]", "before the release date");
    Revocation later = new Revocation(RELEASE.plusDays(100), RELEASE.plusDays(110));
    Suspension sooner = new Suspension(Suspension.Authority.COURT, RELEASE.plusDays(10), RELEASE.plusDays(20));
    assertSingleViolation(Fixtures.parolee()
            .supervision(sup(ParoleStatus.ACTIVE, null, RELEASE, null, List.of(later, sooner))),
        "supervision.events[1]", "is out of order; events are listed oldest first");
    Revocation onRelease = new Revocation(RELEASE, RELEASE);
    assertThat(Fixtures.parolee()
            .supervision(sup(ParoleStatus.ACTIVE, null, RELEASE, null, List.of(onRelease, sooner, later))).build()
            .supervision().events())
        .hasSize(3);
  }

  @Test
  void atMostOneCurrentResidence() {
    LocalDate d = LocalDate.of(2025, 2, 1);
    assertSingleViolation(Fixtures.parolee().addAddress(Fixtures.residence(d, null)).addAddress(Fixtures.residence(d, null)),
        "addresses", "has 2 current residences");
    Address mailing = new Address(AddressType.MAILING, "PO BOX 12", null, "SACRAMENTO", UsState.CA,
        ZipCode.parse("95812"), County.SACRAMENTO, null, false, null, null);
    Parolee p = Fixtures.parolee().addAddress(Fixtures.residence(d.minusDays(30), d.minusDays(1)))
        .addAddress(Fixtures.residence(d, null)).addAddress(mailing).build();
    assertThat(p.currentResidence()).contains(Fixtures.residence(d, null));
  }

  @Test
  void dateOfBirthNotAfterTheSourceTimestampInUtc() {
    Instant ts = Instant.parse("2026-01-05T00:30:00Z"); // still 2026-01-04 in California
    PhysicalDescription bornThatDay = new PhysicalDescription(LocalDate.of(2026, 1, 5), Sex.FEMALE, Race.BLACK, null,
        40, 50, HairColor.BLACK, EyeColor.BROWN, null, null);
    assertThat(Fixtures.parolee().sourceTimestamp(ts).description(bornThatDay).build().description())
        .isEqualTo(bornThatDay);
    PhysicalDescription bornNextDay = new PhysicalDescription(LocalDate.of(2026, 1, 6), Sex.FEMALE, Race.BLACK, null,
        40, 50, HairColor.BLACK, EyeColor.BROWN, null, null);
    assertSingleViolation(Fixtures.parolee().sourceTimestamp(ts).description(bornNextDay),
        "description.dateOfBirth", "is after the record's sourceTimestamp (2026-01-05)");
    assertThat(invalid(Fixtures.parolee().sourceTimestamp(ts).description(bornNextDay)).getMessage())
        .doesNotContain("2026-01-06");
  }

  @Test
  void recordVersionAtLeastOne() {
    assertSingleViolation(Fixtures.parolee().recordVersion(0), "recordVersion", "must be >= 1, got 0");
    assertSingleViolation(Fixtures.parolee().recordVersion(-5), "recordVersion", "must be >= 1, got -5");
    assertThat(Fixtures.parolee().recordVersion(1).build().recordVersion()).isEqualTo(1);
    assertThat(Fixtures.parolee().recordVersion(Long.MAX_VALUE).build().recordVersion()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void monikersOneTo40CharactersWithoutControls() {
    assertThat(Fixtures.parolee().monikers(List.of(" " + "M".repeat(40) + " ")).build().monikers())
        .containsExactly("M".repeat(40));
    assertSingleViolation(Fixtures.parolee().monikers(List.of("   ")), "monikers[0]", "must be 1-40 characters");
    assertSingleViolation(Fixtures.parolee().monikers(List.of("OK", "SECRETNAME".repeat(5))), "monikers[1]",
        "must be 1-40 characters");
    assertSingleViolation(Fixtures.parolee().monikers(List.of("BAD\u0007")), "monikers[0]", "without control characters");
    assertThat(invalid(Fixtures.parolee().monikers(List.of("SECRETNAME".repeat(5)))).getMessage())
        .doesNotContain("SECRETNAME");
  }

  @Test
  void toStringNeverPrintsNamesBirthDatesOrSsn() {
    Parolee p = Fixtures.parolee().build();
    List<String> printed = List.of(p.toString(), p.name().toString(), p.aliases().toString(),
        p.identifiers().toString(), p.description().toString(), p.supervision().toString());
    for (String s : printed) {
      assertThat(s).doesNotContain("ZEBEDIAH", "XYLOPHONE", "QUORNBY", "1988-04-17", "123456789", "123-45", "A12345678",
          "123456AB7", "B7654321");
    }
    assertThat(p.toString()).isEqualTo("Parolee[cdcNumber=AB1234, status=ACTIVE, recordVersion=1]");
  }

  @Test
  void registrationsAndLookups() {
    Parolee p = Fixtures.parolee().addRegistration(RegistrationStatute.PC_290).build();
    assertThat(p.requiresRegistration(RegistrationStatute.PC_290)).isTrue();
    assertThat(p.requiresRegistration(RegistrationStatute.HS_11590)).isFalse();
    assertThatThrownBy(() -> p.registrations().add(RegistrationStatute.PC_457_1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(p.currentResidence()).isEmpty();
  }
}
