package org.leadssdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of the record's parts rejects with field, masked value and rule, and accepts its boundary. */
class PartValidationTest {
  private static final LocalDate DOB = LocalDate.of(1988, 4, 17);

  private static PhysicalDescription body(LocalDate dob, int height, int weight) {
    return new PhysicalDescription(dob, Sex.MALE, Race.WHITE, null, height, weight, HairColor.BROWN, EyeColor.BLUE,
        null, null);
  }

  @Test
  void personNameAcceptsLettersOfAnyScriptUpTo40() {
    PersonName n = new PersonName(" José ", "Q.", "O'Neil-Smith", "III");
    assertThat(n.first()).isEqualTo("José");
    assertThat(n.display()).isEqualTo("O'Neil-Smith, José Q. III");
    assertThat(PersonName.of("Z" + "a".repeat(39), "Øster").first()).hasSize(40);
    assertThat(n.toString()).doesNotContain("José", "O'Neil");
  }

  @Test
  void personNameRejectsBlankLongAndOddCharacters() {
    assertThatThrownBy(() -> PersonName.of(" ", "DOE"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name.first must not be blank");
    assertThatThrownBy(() -> PersonName.of("ZED", "X".repeat(41)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name.last must be at most 40 characters, got 41");
    assertThatThrownBy(() -> new PersonName("ZED", "4B", "DOE", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name.middle: ")
        .hasMessageContaining("must start with a letter");
    assertThatThrownBy(() -> new PersonName("ZED", null, "DOE", "J_R"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name.suffix: ")
        .hasMessageNotContaining("J_R");
    assertThatThrownBy(() -> PersonName.of("XAVIERA", "DO\tE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name.last must not contain control characters, found U+0009");
  }

  @Test
  void aliasChecksBothPartsAndMasks() {
    assertThat(new Alias(null, "QUORNBY").first()).isNull();
    assertThat(new Alias("ZEB", "QUORNBY").toString()).doesNotContain("QUORNBY", "ZEB");
    assertThatThrownBy(() -> new Alias("ZEB", "Q9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("alias.last: ").hasMessageNotContaining("Q9");
    assertThatThrownBy(() -> new Alias("", "QUORNBY"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("alias.first must not be blank");
  }

  @Test
  void descriptionAcceptsHeight36To96AndWeight50To700() {
    assertThat(body(DOB, 36, 50).heightInches()).isEqualTo(36);
    assertThat(body(DOB, 96, 700).weightPounds()).isEqualTo(700);
    assertThat(body(PhysicalDescription.EARLIEST_BIRTH, 70, 180).dateOfBirth()).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThatThrownBy(() -> body(DOB, 35, 180))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("description.heightInches must be between 36 and 96, got 35");
    assertThatThrownBy(() -> body(DOB, 97, 180))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("description.heightInches must be between 36 and 96, got 97");
    assertThatThrownBy(() -> body(DOB, 70, 49))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description.weightPounds").hasMessageContaining("49");
    assertThatThrownBy(() -> body(DOB, 70, 701))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description.weightPounds").hasMessageContaining("701");
  }

  @Test
  void descriptionRejectsBirthBefore1900WithoutPrintingIt() {
    assertThatThrownBy(() -> body(LocalDate.of(1899, 12, 31), 70, 180))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("description.dateOfBirth: ")
        .hasMessageContaining("must be on or after 1900-01-01")
        .hasMessageNotContaining("1899-12-31");
    assertThatThrownBy(() -> new PhysicalDescription(DOB, Sex.MALE, Race.WHITE, null, 70, 180, HairColor.BROWN,
            EyeColor.BLUE, null, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("description.birthplace must not be blank");
    assertThat(body(DOB, 70, 180).toString()).doesNotContain("1988-04-17").doesNotContain("04-17");
    assertThat(body(DOB, 70, 180).ageOn(LocalDate.of(2026, 4, 16))).isEqualTo(37);
    assertThat(body(DOB, 70, 180).ageOn(LocalDate.of(2026, 4, 17))).isEqualTo(38);
  }

  @Test
  void addressRulesRejectAndAccept() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    Address sameDay = Fixtures.residence(d, d);
    assertThat(sameDay.isCurrentOn(d)).isTrue();
    assertThat(sameDay.isCurrentOn(d.plusDays(1))).isFalse();
    assertThat(Fixtures.residence(d, null).isCurrent()).isTrue();
    assertThatThrownBy(() -> Fixtures.residence(d, d.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("address.to: ")
        .hasMessageContaining("is before address.from")
        .hasMessageNotContaining("2025-02-28");
    assertThatThrownBy(() -> new Address(AddressType.MAILING, "1 MAIN ST", null, "RENO", UsState.NV,
            ZipCode.parse("89501"), County.SACRAMENTO, null, false, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("address.county: a California county is given for an address in NV");
    assertThat(new Address(AddressType.MAILING, "1 MAIN ST", null, "RENO", UsState.NV, ZipCode.parse("89501"), null,
            null, false, null, null).county()).isNull();
    assertThatThrownBy(() -> new Address(AddressType.RESIDENCE, "X".repeat(101), null, "SACRAMENTO", UsState.CA,
            ZipCode.parse("95814"), null, null, false, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("address.street must be at most 100 characters, got 101");
    assertThat(new Address(AddressType.RESIDENCE, "X".repeat(100), "U".repeat(20), "C".repeat(40), UsState.CA,
            ZipCode.parse("95814"), null, null, false, null, null).street()).hasSize(100);
    assertThatThrownBy(() -> new Address(AddressType.RESIDENCE, "1 A ST", "U".repeat(21), "SACRAMENTO", UsState.CA,
            ZipCode.parse("95814"), null, null, false, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address.unit must be at most 20");
    assertThatThrownBy(() -> new Address(AddressType.RESIDENCE, "1 A ST", null, " ", UsState.CA,
            ZipCode.parse("95814"), null, null, false, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("address.city must not be blank");
    assertThat(Fixtures.residence(d, null).toString()).doesNotContain("1200 K ST");
  }

  @Test
  void geocodeRequiresItsPartsAndMasksThePoint() {
    Geocode g = new Geocode(GeoPoint.of(38.5767, -121.4934), GeocodeSource.ZIP_CENTROID, GeocodePrecision.ZIP);
    assertThat(g.toString()).doesNotContain("38.5767", "121.4934");
    assertThatThrownBy(() -> new Geocode(null, GeocodeSource.MANUAL, GeocodePrecision.ZIP))
        .isInstanceOf(NullPointerException.class).hasMessage("geocode.point must not be null");
  }

  @Test
  void photoRulesRejectAndAccept() {
    URI uri = URI.create("https://photos.example/ab1234/1.jpg");
    assertThat(new Photo(PhotoKind.SMT, uri, Fixtures.SHA, null, SmtCode.parse("TAT L ARM")).smt()).isNotNull();
    assertThatThrownBy(() -> new Photo(PhotoKind.MUGSHOT, URI.create("photos/1.jpg"), Fixtures.SHA, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photo.uri: ").hasMessageContaining("must be absolute");
    assertThatThrownBy(() -> new Photo(PhotoKind.MUGSHOT, uri, Fixtures.SHA.toUpperCase(java.util.Locale.ROOT), null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photo.sha256: ")
        .hasMessageContaining("64 lower-case hexadecimal digits");
    assertThatThrownBy(() -> new Photo(PhotoKind.MUGSHOT, uri, Fixtures.SHA.substring(1), null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photo.sha256");
    assertThatThrownBy(() -> new Photo(PhotoKind.FULL_BODY, uri, Fixtures.SHA, null, SmtCode.parse("SC R HND")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("photo.smt: an SMT code is given for a FULL-BODY photo; only SMT photos show an SMT");
  }

  @Test
  void smtDescriptionUpTo200() {
    assertThat(new Smt(SmtCode.parse("TAT L ARM"), "d".repeat(200)).description()).hasSize(200);
    assertThat(new Smt(SmtCode.parse("TAT L ARM"), null).description()).isNull();
    assertThatThrownBy(() -> new Smt(SmtCode.parse("TAT L ARM"), "d".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("smt.description must be at most 200 characters, got 201");
  }

  @Test
  void vehicleYear1900To2100AndTextUpTo30() {
    Plate p = Plate.of("7ABC123", UsState.CA);
    assertThat(new Vehicle(p, "M".repeat(30), "TACOMA", 1900, VehicleColor.RED, VehicleStyle.PICKUP).year()).isEqualTo(1900);
    assertThat(new Vehicle(p, null, null, 2100, null, null).year()).isEqualTo(2100);
    assertThatThrownBy(() -> new Vehicle(p, null, null, 1899, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("vehicle.year must be between 1900 and 2100, got 1899");
    assertThatThrownBy(() -> new Vehicle(p, null, null, 2101, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vehicle.year").hasMessageContaining("2101");
    assertThatThrownBy(() -> new Vehicle(p, "M".repeat(31), null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vehicle.make must be at most 30");
    assertThatThrownBy(() -> new Vehicle(p, null, " ", null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("vehicle.model must not be blank");
  }

  @Test
  void offenseDescriptionUpTo120() {
    CodeSection pc211 = CodeSection.parse("PC 211");
    assertThat(new Offense(pc211, "R".repeat(120), null, null).description()).hasSize(120);
    assertThatThrownBy(() -> new Offense(pc211, "R".repeat(121), null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("offense.description must be at most 120 characters, got 121");
    assertThatThrownBy(() -> new Offense(null, "Robbery", null, null))
        .isInstanceOf(NullPointerException.class).hasMessage("offense.codeSection must not be null");
  }

  @Test
  void agentNameUpTo60() {
    assertThat(new AgentOfRecord("A".repeat(60), null).name()).hasSize(60);
    assertThatThrownBy(() -> new AgentOfRecord("A".repeat(61), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("agent.name must be at most 60 characters, got 61");
  }

  @Test
  void paroleUnitCodeTwoTo20() {
    assertThat(new ParoleUnit(" sacramento 3 ", null).code()).isEqualTo("SACRAMENTO 3");
    assertThat(new ParoleUnit("A1", null).code()).isEqualTo("A1");
    assertThat(new ParoleUnit("A".repeat(20), null).code()).hasSize(20);
    for (String bad : new String[] {"A", "A".repeat(21), "-UNIT", "UNIT_3"}) {
      assertThatThrownBy(() -> new ParoleUnit(bad, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("paroleUnit.code: ")
          .hasMessageContaining("must be 2-20 letters, digits, spaces and hyphens");
    }
  }

  @Test
  void revocationAndSuspensionAcceptASingleDayAndRejectAnEndBeforeTheStart() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    assertThat(new Revocation(d, d).end()).isEqualTo(d);
    assertThat(new Revocation(d, null).start()).isEqualTo(d);
    assertThat(new Suspension(Suspension.Authority.BPH, d, d).end()).isEqualTo(d);
    assertThat(new Suspension(Suspension.Authority.COURT, d, null).start()).isEqualTo(d);
    assertThatThrownBy(() -> new Revocation(d, d.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("revocation.releasedOn: ")
        .hasMessageContaining("is before revocation.custodyFrom");
    assertThatThrownBy(() -> new Suspension(Suspension.Authority.COURT, d, d.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("suspension.arrestedOn: ")
        .hasMessageContaining("is before suspension.tolledFrom");
  }

  @Test
  void supervisionChecksSpecialConditionsAndCopiesLists() {
    List<String> conditions = new java.util.ArrayList<>(List.of(" no contact with victim "));
    Supervision s = new Supervision(ParoleStatus.ACTIVE, SupervisionLevel.MINIMUM, null, null, null, conditions, null,
        null, null, List.of(), null);
    conditions.add("later");
    assertThat(s.specialConditions()).containsExactly("no contact with victim");
    assertThatThrownBy(() -> s.specialConditions().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Supervision(ParoleStatus.ACTIVE, SupervisionLevel.MINIMUM, null, null, null,
            List.of("c".repeat(201)), null, null, null, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("supervision.specialConditions[] must be at most 200 characters, got 201");
    assertThatThrownBy(() -> new Supervision(ParoleStatus.ACTIVE, SupervisionLevel.MINIMUM, null, null, null,
            Arrays.asList("a", null), null, null, null, List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("supervision.specialConditions[1] must not be null");
    assertThatThrownBy(() -> new Supervision(ParoleStatus.ACTIVE, null, null, null, null, List.of(), null, null, null,
            List.of(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("supervision.level must not be null");
  }
}
