package org.leadssdk.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leadssdk.core.rules.EvidenceSource.ARREST_REPORT;
import static org.leadssdk.core.rules.EvidenceSource.PROBATION_OFFICER_REPORT;
import static org.leadssdk.core.rules.EvidenceSource.SENTENCING_TRANSCRIPT;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.County;
import org.leadssdk.core.ParoleUnit;
import org.leadssdk.core.rules.LastLegalResidence.Basis;
import org.leadssdk.core.rules.LastLegalResidence.Determination;
import org.leadssdk.core.rules.StatedResidence.BusinessNameOnly;
import org.leadssdk.core.rules.StatedResidence.Intersection;
import org.leadssdk.core.rules.StatedResidence.PoBox;
import org.leadssdk.core.rules.StatedResidence.StreetAddress;
import org.leadssdk.core.rules.StatedResidence.Transient;

class LastLegalResidenceTest {
  private static final County COMMITMENT = County.FRESNO;
  private static final ParoleUnit UNIT = new ParoleUnit("ALTURAS 1", null);

  private static StreetAddress street(String number, String name, String city, County county) {
    return new StreetAddress(number, name, city, county);
  }

  private static ResidenceEvidence ev(EvidenceSource source, StatedResidence residence) {
    return new ResidenceEvidence(source, residence);
  }

  record Case(
      String name, List<ResidenceEvidence> evidence, County county, @Nullable EvidenceSource source, Basis basis,
      @Nullable String city, List<String> sections) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        new Case("DOM 81010.2.1(a)(1): the POR's complete address decides over the other documents",
            List.of(ev(ARREST_REPORT, street("9", "OAK AVE", "FRESNO", County.FRESNO)),
                ev(PROBATION_OFFICER_REPORT, street("1200", "K ST", "SACRAMENTO", County.SACRAMENTO)),
                ev(SENTENCING_TRANSCRIPT, street("77", "PINE RD", "MODESTO", County.STANISLAUS))),
            County.SACRAMENTO, PROBATION_OFFICER_REPORT, Basis.RESIDENCE, "SACRAMENTO",
            List.of("DOM 81010.2.1(c)", "DOM 81010.2.1(a)(1)")),
        new Case("DOM 81010.2.1(a)(2): the transcript decides when the POR's address is incomplete (c)",
            List.of(ev(PROBATION_OFFICER_REPORT, new StreetAddress(null, "K ST", "SACRAMENTO", County.SACRAMENTO)),
                ev(SENTENCING_TRANSCRIPT, street("77", "PINE RD", "MODESTO", County.STANISLAUS)),
                ev(ARREST_REPORT, street("9", "OAK AVE", "FRESNO", County.FRESNO))),
            County.STANISLAUS, SENTENCING_TRANSCRIPT, Basis.RESIDENCE, "MODESTO",
            List.of("DOM 81010.2.1(c)", "DOM 81010.2.1(c)", "DOM 81010.2.1(a)(2)")),
        new Case("DOM 81010.2.1(a)(3): the arrest report decides after an intersection and a business name (c)",
            List.of(ev(PROBATION_OFFICER_REPORT, new Intersection("MAIN ST & 5TH ST")),
                ev(SENTENCING_TRANSCRIPT, new BusinessNameOnly("SUNSET MOTEL")),
                ev(ARREST_REPORT, street("9", "OAK AVE", "CLOVIS", County.FRESNO))),
            County.FRESNO, ARREST_REPORT, Basis.RESIDENCE, "CLOVIS",
            List.of("DOM 81010.2.1(c)", "DOM 81010.2.1(c)", "DOM 81010.2.1(c)", "DOM 81010.2.1(a)(3)")),
        new Case("DOM 81010.2.1(a)(4): no qualifying address leaves the county of commitment",
            List.of(ev(PROBATION_OFFICER_REPORT, new StreetAddress("1200", "K ST", null, County.SACRAMENTO)),
                ev(ARREST_REPORT, new PoBox("PO BOX 12", "ALTURAS", County.MODOC, null))),
            COMMITMENT, null, Basis.COUNTY_OF_COMMITMENT, null,
            List.of("DOM 81010.2.1(c)", "DOM 81010.2.1(a)(2)", "DOM 81010.2.1(c)", "DOM 81010.2.1(a)(4)")),
        new Case("DOM 81010.2.1(a)(4): no document at all leaves the county of commitment",
            List.of(), COMMITMENT, null, Basis.COUNTY_OF_COMMITMENT, null,
            List.of("DOM 81010.2.1(a)(1)", "DOM 81010.2.1(a)(2)", "DOM 81010.2.1(a)(3)", "DOM 81010.2.1(a)(4)")),
        new Case("DOM 81010.2.1(b): a transient POR gives the county of commitment, the arrest report is not used",
            List.of(ev(PROBATION_OFFICER_REPORT, new Transient()),
                ev(ARREST_REPORT, street("9", "OAK AVE", "SACRAMENTO", County.SACRAMENTO))),
            COMMITMENT, PROBATION_OFFICER_REPORT, Basis.TRANSIENT, null, List.of("DOM 81010.2.1(b)")),
        new Case("DOM 81010.2.1(b): transient after an incomplete POR still gives the county of commitment",
            List.of(ev(PROBATION_OFFICER_REPORT, new StreetAddress("1200", null, "SACRAMENTO", County.SACRAMENTO)),
                ev(SENTENCING_TRANSCRIPT, new Transient())),
            COMMITMENT, SENTENCING_TRANSCRIPT, Basis.TRANSIENT, null,
            List.of("DOM 81010.2.1(c)", "DOM 81010.2.1(b)")),
        new Case("DOM 81010.2.1(a)(1): a transient entry below a qualifying address does not matter",
            List.of(ev(PROBATION_OFFICER_REPORT, street("1200", "K ST", "SACRAMENTO", County.SACRAMENTO)),
                ev(ARREST_REPORT, new Transient())),
            County.SACRAMENTO, PROBATION_OFFICER_REPORT, Basis.RESIDENCE, "SACRAMENTO",
            List.of("DOM 81010.2.1(c)", "DOM 81010.2.1(a)(1)")),
        new Case("DOM 81010.2.1(c): a PO box counts where the parole unit confirms only PO boxes are used",
            List.of(ev(PROBATION_OFFICER_REPORT, new PoBox("PO BOX 12", "LIKELY", County.MODOC, UNIT))),
            County.MODOC, PROBATION_OFFICER_REPORT, Basis.RESIDENCE, "LIKELY",
            List.of("DOM 81010.2.1(c)", "DOM 81010.2.1(a)(1)")),
        new Case("DOM 81010.2.1(c): a confirmed PO box without a city is incomplete",
            List.of(ev(PROBATION_OFFICER_REPORT, new PoBox("PO BOX 12", null, County.MODOC, UNIT))),
            COMMITMENT, null, Basis.COUNTY_OF_COMMITMENT, null,
            List.of("DOM 81010.2.1(c)", "DOM 81010.2.1(a)(2)", "DOM 81010.2.1(a)(3)", "DOM 81010.2.1(a)(4)")),
        new Case("DOM 81010.2.1(c): a route number and route name count like a street address",
            List.of(ev(SENTENCING_TRANSCRIPT, StatedResidence.fromStreetLine("12500 HWY 49", "GRASS VALLEY",
                County.NEVADA, null))),
            County.NEVADA, SENTENCING_TRANSCRIPT, Basis.RESIDENCE, "GRASS VALLEY",
            List.of("DOM 81010.2.1(a)(1)", "DOM 81010.2.1(c)", "DOM 81010.2.1(a)(2)")))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void determinesByPriorityAndCompleteness(Case c) {
    Determination d = LastLegalResidence.determine(c.evidence(), COMMITMENT);
    assertThat(d.county()).as("county").isEqualTo(c.county());
    assertThat(d.source()).as("source").isEqualTo(c.source());
    assertThat(d.basis()).as("basis").isEqualTo(c.basis());
    assertThat(d.city()).as("city").isEqualTo(c.city());
    // documents not supplied are reported too, with the section that ranks them
    assertThat(d.reasons()).extracting(Reason::section).as("sections cited").isEqualTo(c.sections());
  }

  @Test
  @DisplayName("DOM 81010.2.1(a)(4), 81010.3(c): the reason names the county of commitment and what it is")
  void countyOfCommitmentReasonExplainsItself() {
    Determination d = LastLegalResidence.determine(List.of(), County.KERN);
    assertThat(d.reasons().get(3).text()).contains("Kern County", "the county in which the crime was committed",
        "DOM 81010.3(c)");
    assertThat(d.reasons().get(0).text()).contains("no Probation Officer's Report");
  }

  @Test
  @DisplayName("DOM 81010.2.1(c): reasons never print the street, and name the confirming unit")
  void reasonsDoNotPrintTheStreet() {
    Determination d = LastLegalResidence.determine(
        List.of(ev(PROBATION_OFFICER_REPORT, new Intersection("MAIN ST & 5TH ST")),
            ev(ARREST_REPORT, new PoBox("PO BOX 4711", "LIKELY", County.MODOC, UNIT))),
        COMMITMENT);
    assertThat(d.reasons()).allSatisfy(r -> assertThat(r.text()).doesNotContain("MAIN", "4711"));
    assertThat(d.reasons()).anySatisfy(r -> assertThat(r.text()).contains("ALTURAS 1", "only post office boxes"));
    assertThat(d.reasons()).anySatisfy(r -> assertThat(r.text()).contains("intersection"));
  }

  @Test
  void rejectsTwoDocumentsOfTheSameKind() {
    assertThatThrownBy(() -> LastLegalResidence.determine(
            List.of(ev(ARREST_REPORT, new Transient()), ev(ARREST_REPORT, new Transient())), COMMITMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence[1]")
        .hasMessageContaining("a second ARREST-REPORT")
        .hasMessageContaining("evidence[0]");
  }

  @Test
  void rejectsADecidingAddressWithoutCounty() {
    assertThatThrownBy(() -> LastLegalResidence.determine(
            List.of(ev(SENTENCING_TRANSCRIPT, new StreetAddress("1200", "K ST", "SACRAMENTO", null))), COMMITMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence[0].residence.county: missing");
  }

  @Test
  void aLowerDocumentWithoutCountyDoesNotMatterOnceAHigherOneDecides() {
    Determination d = LastLegalResidence.determine(
        List.of(ev(PROBATION_OFFICER_REPORT, street("1", "A ST", "YREKA", County.SISKIYOU)),
            ev(ARREST_REPORT, new StreetAddress("2", "B ST", "WEED", null))),
        COMMITMENT);
    assertThat(d.county()).isEqualTo(County.SISKIYOU);
  }

  @Test
  void streetAddressValidatesItsParts() {
    assertThat(new StreetAddress("1200-B", "K ST", "SACRAMENTO", null).isComplete()).isTrue();
    assertThat(new StreetAddress(null, "K ST", "SACRAMENTO", null).isComplete()).isFalse();
    assertThatThrownBy(() -> new StreetAddress("TWELVE", "K ST", "SACRAMENTO", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("residence.number")
        .hasMessageContaining("must hold a digit")
        .hasMessageNotContaining("TWELVE");
    assertThatThrownBy(() -> new StreetAddress("1", " ", "SACRAMENTO", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("residence.streetName must not be blank");
    assertThatThrownBy(() -> new StreetAddress("1", "K ST", "X".repeat(41), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("residence.city must be at most 40 characters");
    assertThat(new StreetAddress("1200", "K ST", "SACRAMENTO", County.SACRAMENTO).toString())
        .doesNotContain("1200", "K ST");
    assertThat(new Intersection("MAIN ST & 5TH ST").toString()).doesNotContain("MAIN");
    assertThat(new BusinessNameOnly("SUNSET MOTEL").toString()).doesNotContain("SUNSET");
    assertThat(new PoBox("PO BOX 4711", null, null, null).toString()).doesNotContain("4711");
  }

  @Test
  void determinationChecksItsPartsAgree() {
    assertThatThrownBy(() -> new Determination(County.KERN, "BAKERSFIELD", null, Basis.COUNTY_OF_COMMITMENT, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("city")
        .hasMessageNotContaining("BAKERSFIELD");
    assertThatThrownBy(() -> new Determination(County.KERN, null, null, Basis.TRANSIENT, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
    assertThatThrownBy(() -> new Determination(County.KERN, null, ARREST_REPORT, Basis.COUNTY_OF_COMMITMENT,
            List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
    assertThat(new Determination(County.KERN, "BAKERSFIELD", ARREST_REPORT, Basis.RESIDENCE, List.of()).toString())
        .doesNotContain("BAKERSFIELD");
  }

  @Test
  void evidenceSourcesAreInPriorityOrderAndParse() {
    assertThat(EvidenceSource.values())
        .containsExactly(PROBATION_OFFICER_REPORT, SENTENCING_TRANSCRIPT, ARREST_REPORT);
    assertThat(Arrays.stream(EvidenceSource.values()).map(EvidenceSource::section))
        .containsExactly("DOM 81010.2.1(a)(1)", "DOM 81010.2.1(a)(2)", "DOM 81010.2.1(a)(3)");
    for (EvidenceSource s : EvidenceSource.values()) {
      assertThat(EvidenceSource.fromCode(s.code().toLowerCase(java.util.Locale.ROOT))).isEqualTo(s);
    }
    assertThatThrownBy(() -> EvidenceSource.fromCode("RAP SHEET"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidenceSource: unknown code \"RAP SHEET\"")
        .hasMessageContaining("POR, SENTENCING-TRANSCRIPT, ARREST-REPORT");
  }

  @Test
  void valuesHaveValueEquality() {
    new EqualsTester()
        .addEqualityGroup(street("1", "A ST", "YREKA", County.SISKIYOU), street(" 1", "A ST ", "YREKA", County.SISKIYOU))
        .addEqualityGroup(street("2", "A ST", "YREKA", County.SISKIYOU))
        .addEqualityGroup(new Transient(), new Transient())
        .addEqualityGroup(new PoBox("PO BOX 1", "LIKELY", County.MODOC, UNIT))
        .addEqualityGroup(new PoBox("PO BOX 1", "LIKELY", County.MODOC, null))
        .addEqualityGroup(new ResidenceEvidence(ARREST_REPORT, new Transient()))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(String.class, "1")
        .setDefault(StatedResidence.class, new Transient())
        .setDefault(County.class, County.KERN);
    t.testAllPublicStaticMethods(LastLegalResidence.class);
    t.testAllPublicConstructors(ResidenceEvidence.class);
    t.testAllPublicConstructors(StreetAddress.class);
    t.testAllPublicConstructors(PoBox.class);
    t.testAllPublicConstructors(Intersection.class);
    t.testAllPublicConstructors(BusinessNameOnly.class);
    t.testAllPublicStaticMethods(StatedResidence.class);
    t.testAllPublicStaticMethods(StreetLine.class);
    t.testAllPublicConstructors(Reason.class);
  }
}
