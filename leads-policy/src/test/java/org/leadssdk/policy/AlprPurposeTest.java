package org.leadssdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadssdk.policy.Fixtures.NOW;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DOM 53060.7 purpose rules, table-driven: each row is a purpose and the exact reason codes expected. */
class AlprPurposeTest {
  private static final String C = " DAPO-2025-000123";
  private static final AlprPolicy POLICY = AlprPolicy.create(PolicyConfig.DEFAULTS);

  private static final String NOT_SPECIFIC = "PURPOSE_NOT_SPECIFIC";
  private static final String CRIMINAL = "CRIMINAL_HISTORY";
  private static final String IDENT = "IDENTIFYING_INFORMATION";
  private static final String CLETS = "CLETS_INFORMATION";
  private static final String NO_CASE = "CASE_NUMBER_MISSING";
  private static final String CDC_CASE = "CASE_NUMBER_IS_CDC_NUMBER";

  private static Arguments row(String section, String purpose, String... codes) {
    return Arguments.of(section, purpose, null, List.of(codes));
  }

  static Stream<Arguments> purposes() {
    List<Arguments> rows = new ArrayList<>();
    String permit = "purpose: permitted";
    // Specific purposes citing the case number: permitted.
    rows.add(row(permit, "Absconder apprehension, vehicle of suspect Smith" + C));
    rows.add(row(permit, "Stolen vehicle recovery" + C));
    rows.add(row(permit, "DAPO-2025-000123 locate parolee at large Garcia"));
    rows.add(row(permit, "Armed robbery series, getaway vehicle" + C));
    rows.add(row(permit, "GPS tamper, locate vehicle of Nguyen" + C));
    rows.add(row(permit, "Narcotics sales surveillance" + C));
    rows.add(row(permit, "Parole violation, absconder Johnson" + C));
    rows.add(row(permit, "Missing person welfare check, vehicle sighting" + C));
    rows.add(row(permit, "Homicide suspect vehicle, Lopez," + C));
    rows.add(row(permit, "Carjacking on 2026-03-01 near the freeway" + C));
    rows.add(row(permit, "Stolen vehicle ＤＡＰＯ-２０２５-０００１２３"));
    rows.add(row(permit, "Gang shooting follow-up, vehicle of Thomas" + C));
    rows.add(row(permit, "Burglary ring, vehicle seen at scene" + C));
    rows.add(row(permit, "Escapee walkaway search Martinez" + C));
    rows.add(row(permit, "Vehicle of Smith seen prior to release" + C));
    rows.add(row(permit, "Investigation of stolen trailer" + C));
    rows.add(row(permit, "Case DAPO-2025-000123: GPS device removal, locate Walker"));
    // "Investigation" alone, its synonyms and abbreviations.
    String vague = "purpose: not \"investigation\" alone";
    for (String p : List.of("investigation", "Investigation", "INVESTIGATION", "inv", "invest.", "investigative",
        "case", "inquiry", "query", "search", "lookup", "follow up", "follow-up", "ongoing investigation",
        "criminal investigation", "official business", "law enforcement purpose", "ALPR hit check",
        "ongoing criminal investigation case", "investigation per supervisor", "Smith investigation",
        "absconder")) {
      rows.add(row(vague, p + C, NOT_SPECIFIC));
    }
    // Disguises: repetition, filler words, punctuation, look-alikes, invisible characters.
    String disguise = "purpose: disguised \"investigation\"";
    for (String p : List.of("investigation investigation", "Re: investigation", "purpose: investigation",
        "for the investigation", "n/a", "i.n.v.e.s.t.i.g.a.t.i.o.n", "in-vest-igation", "investigatіon",
        "investigatiоn", "ｉｎｖｅｓｔｉｇａｔｉｏｎ", "invest\u200Bigation", "inves\u00ADtigation",
        "ínvéstigatión", "1nv3st1gat10n", "invvvestigationnn", "INVESTIGATION!!!", "  investigation\t",
        "\uD835\uDC22\uD835\uDC27\uD835\uDC2F\uD835\uDC1E\uD835\uDC2C\uD835\uDC2D\uD835\uDC22\uD835\uDC20"
            + "\uD835\uDC1A\uD835\uDC2D\uD835\uDC22\uD835\uDC28\uD835\uDC27",
        "investigation\u200D\u200C\uFEFF", "INV-INV-INV", "Look up / follow up / search")) {
      rows.add(row(disguise, p + C, NOT_SPECIFIC));
    }
    // Case numbers.
    String cases = "internal case number";
    rows.add(row(cases, "Stolen vehicle recovery", NO_CASE));
    rows.add(row(cases, "Stolen vehicle recovery case 2025-000123", NO_CASE));
    rows.add(row(cases, "Stolen vehicle recovery DAPO-25-123", NO_CASE));
    rows.add(row(cases, "Stolen vehicle recovery AB1234", CDC_CASE, IDENT));
    rows.add(row(cases, "investigation", NO_CASE, NOT_SPECIFIC));
    // Criminal history.
    String crim = "purpose contents: no criminal history";
    rows.add(row(crim, "Stolen vehicle, suspect Smith has priors" + C, CRIMINAL));
    rows.add(row(crim, "Robbery suspect Smith convicted in 2019" + C, CRIMINAL));
    rows.add(row(crim, "Stolen vehicle, Smith PC 211" + C, CRIMINAL));
    rows.add(row(crim, "Narcotics sales HS 11352 surveillance" + C, CRIMINAL));
    rows.add(row(crim, "Robbery suspect Smith, 211 PC" + C, CRIMINAL));
    rows.add(row(crim, "Smith criminal history of burglary, stolen vehicle" + C, CRIMINAL));
    rows.add(row(crim, "Sex offender registrant Smith vehicle" + C, CRIMINAL));
    rows.add(row(crim, "Vehicle of Smith, H&S 11350 sales" + C, CRIMINAL));
    rows.add(row(crim, "Stolen vehicle, Smith previously arrested for theft" + C, CRIMINAL));
    // Identifying information beyond the last name.
    String id = "purpose contents: nothing beyond the last name";
    rows.add(row(id, "Stolen vehicle John Smith" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith, John" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith DOB 01/02/1980" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith 01/02/1980" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith born March 3, 1985" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith SSN 123-45-6789" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith 123456789" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith CDC# AB1234" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith FBI# 123456AB7" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith DL B1234567" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith phone (916) 555-0142" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith at 1200 K Street" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith aka Shorty" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith age 34" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith 5'10 180 lbs" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Smith Apt 4B" + C, IDENT));
    rows.add(row(id, "Stolen vehicle Jоhn Smith" + C, IDENT));
    // CLETS-derived information.
    String clets = "purpose contents: nothing from CLETS";
    rows.add(row(clets, "Stolen vehicle Smith per CLETS" + C, CLETS));
    rows.add(row(clets, "Stolen vehicle Smith, DMV returns show new owner" + C, CLETS));
    rows.add(row(clets, "Stolen vehicle Smith NCIC hit" + C, CLETS));
    rows.add(row(clets, "Stolen vehicle, registered owner Smith" + C, CLETS));
    rows.add(row(clets, "ＤＭＶ record Smith stolen vehicle" + C, CLETS));
    rows.add(row(clets, "Stolen vehicle Smith CII A12345678" + C, IDENT, CLETS));
    rows.add(row(clets, "Stolen vehicle Smith, rap sheet shows robbery" + C, CRIMINAL, CLETS));
    return rows.stream();
  }

  @ParameterizedTest(name = "DOM 53060.7 {0}: \"{1}\" -> {3}")
  @MethodSource("purposes")
  void purposeRules(String section, String purpose, String caseField, List<String> codes) {
    Decision d = POLICY.decide(new AlprRequest(Fixtures.alprUser(), "CA0349400", Fixtures.PLATE, purpose, caseField), NOW);
    if (codes.isEmpty()) {
      assertThat(d.permitted()).as("%s", d.reasons()).isTrue();
    } else {
      assertThat(d.reasonCodes()).as("%s", d.reasons()).containsExactlyInAnyOrderElementsOf(codes);
      assertThat(d.reasons()).allSatisfy(r -> assertThat(r.rule().document()).isEqualTo("DOM 53060.7"));
    }
  }

  @Test
  void hasAtLeastSixtyPurposeCases() {
    assertThat(purposes().count()).isGreaterThanOrEqualTo(60);
  }

  static Stream<Arguments> caseFields() {
    return Stream.of(
        Arguments.of("DAPO-2025-000123", List.of()),
        Arguments.of("AB1234", List.of(CDC_CASE)),
        Arguments.of("k12345", List.of(CDC_CASE)),
        Arguments.of("12345", List.of("CASE_NUMBER_FORMAT")),
        Arguments.of("DAPO-2025-00012", List.of("CASE_NUMBER_FORMAT")));
  }

  @ParameterizedTest(name = "DOM 53060.7 internal case number: field \"{0}\" -> {1}")
  @MethodSource("caseFields")
  void caseNumberField(String field, List<String> codes) {
    Decision d = POLICY.decide(
        new AlprRequest(Fixtures.alprUser(), "CA0349400", Fixtures.PLATE, "Stolen vehicle recovery", field), NOW);
    assertThat(d.reasonCodes()).as("%s", d.reasons())
        .containsExactlyInAnyOrderElementsOf(codes.isEmpty() ? List.of("ALPR_PERMITTED") : codes);
  }

  @Test
  @DisplayName("DOM 53060.7 internal case number: each division names its own format")
  void divisionsHaveTheirOwnPattern() {
    Division oia = Division.of("OIA", "OIA\\d{2}-\\d{4}");
    User u = Fixtures.alprUser().toBuilder().alpr(Fixtures.alprProfile().withRoleGroup(AlprRoleGroup.SPECIAL_AGENT))
        .build();
    User oiaUser = u.toBuilder().alpr(new AlprProfile(AlprRoleGroup.SPECIAL_AGENT, false,
        u.alpr().trainingCompleted(), u.alpr().form110Signed(), null, oia)).build();
    assertThat(POLICY.decide(AlprRequest.of(oiaUser, Fixtures.PLATE, "Stolen vehicle recovery" + C), NOW).reasonCodes())
        .containsExactly(NO_CASE);
    assertThat(POLICY.decide(AlprRequest.of(oiaUser, Fixtures.PLATE, "Stolen vehicle recovery OIA25-0042"), NOW)
        .permitted()).isTrue();
  }

  @Test
  @DisplayName("DOM 53060.7 purpose: a purpose is required each time")
  void purposeRequired() {
    for (String p : new String[] {null, "", "   ", "\u200B\u200B"}) {
      Decision d = POLICY.decide(AlprRequest.of(Fixtures.alprUser(), Fixtures.PLATE, p), NOW);
      assertThat(d.reasonCodes()).containsExactly("PURPOSE_MISSING", NO_CASE);
    }
    Decision withField = POLICY.decide(new AlprRequest(Fixtures.alprUser(), "CA0349400", Fixtures.PLATE, null,
        "DAPO-2025-000123"), NOW);
    assertThat(withField.reasonCodes()).containsExactly("PURPOSE_MISSING");
  }

  @Test
  @DisplayName("DOM 53060.7 purpose: an overlong purpose is refused")
  void purposeTooLong() {
    String p = "Stolen vehicle recovery " + "x".repeat(600) + C;
    assertThat(POLICY.decide(AlprRequest.of(Fixtures.alprUser(), Fixtures.PLATE, p), NOW).reasonCodes())
        .contains("PURPOSE_TOO_LONG");
  }

  @Test
  @DisplayName("DOM 53060.7 internal case number: a division pattern that would accept a CDCR number still refuses it")
  void cdcNumberNeverACaseNumberEvenIfPatternMatches() {
    Division loose = Division.of("LOOSE", "[A-Z]{1,2}\\d{4,5}");
    User u = Fixtures.alprUser().toBuilder().alpr(new AlprProfile(AlprRoleGroup.SPECIAL_AGENT, false,
        Fixtures.alprProfile().trainingCompleted(), Fixtures.alprProfile().form110Signed(), null, loose)).build();
    Decision d = POLICY.decide(AlprRequest.of(u, Fixtures.PLATE, "Stolen vehicle recovery AB1234"), NOW);
    assertThat(d.reasonCodes()).contains(CDC_CASE);
  }
}
