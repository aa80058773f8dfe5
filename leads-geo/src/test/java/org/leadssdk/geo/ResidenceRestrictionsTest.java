package org.leadssdk.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.RegistrationStatute;

class ResidenceRestrictionsTest {
  static final GeoPoint HOME = GeoPoint.of(38.5767, -121.4934);

  static LongStream seeds() {
    return TestData.seeds();
  }

  private static ProtectedPlace place(String id, ProtectedPlace.Kind kind, Distance away) {
    return new ProtectedPlace(id, kind, "Synthetic " + kind, GreatCircle.destination(HOME, 77, away));
  }

  private static RestrictionSubject subject(List<String> offenses, Set<RegistrationStatute> regs,
      Set<CommitmentFinding> findings) {
    return new RestrictionSubject(offenses.stream().map(CodeSection::parse).toList(), regs, findings, HOME);
  }

  @Test
  @DisplayName("DOM 81010.2(e): a victim's residence 34.99 mi away violates, 35.01 mi does not")
  void dom81010_2e_victimResidenceAt35MilesBoundary() {
    PlaceLayer layer = PlaceLayer.of(List.of(
        place("v-in", ProtectedPlace.Kind.VICTIM_RESIDENCE, Distance.ofMiles(34.99)),
        place("w-out", ProtectedPlace.Kind.WITNESS_RESIDENCE, Distance.ofMiles(35.01))));
    RestrictionReport r = ResidenceRestrictions.check(subject(List.of("PC 261(a)(2)"), Set.of(), Set.of()), layer);
    assertThat(r.violations()).extracting(v -> v.place().id()).containsExactly("v-in");
    RestrictionViolation v = r.violations().get(0);
    assertThat(v.rule()).isEqualTo(ResidenceRule.DOM_81010_2_E);
    assertThat(v.rule().citation()).isEqualTo("DOM 81010.2(e)");
    assertThat(v.distance().miles()).isCloseTo(34.99, org.assertj.core.api.Assertions.within(1e-6));
    RuleOutcome o = r.outcome(ResidenceRule.DOM_81010_2_E);
    assertThat(o.applies()).isTrue();
    assertThat(o.reason()).contains("DOM 81010.2(e)(1)(C): rape").contains("PC 261(a)(2)");
    assertThat(r.outcome(ResidenceRule.PC_3003_5_B).applies()).isFalse();
    assertThat(r.outcome(ResidenceRule.PC_3003_5_B).reason()).contains("PC 3003.5(b) does not apply");
  }

  @Test
  @DisplayName("PC 3003.5(b): a school 1,999 ft away violates, 2,001 ft does not; a park counts too")
  void pc3003_5b_schoolAt2000FeetBoundary() {
    PlaceLayer layer = PlaceLayer.of(List.of(
        place("school-in", ProtectedPlace.Kind.SCHOOL, Distance.ofFeet(1999)),
        place("school-out", ProtectedPlace.Kind.SCHOOL, Distance.ofFeet(2001)),
        place("park-in", ProtectedPlace.Kind.PARK, Distance.ofFeet(10))));
    RestrictionReport r = ResidenceRestrictions.check(
        subject(List.of("PC 211"), Set.of(RegistrationStatute.PC_290), Set.of()), layer);
    assertThat(r.violations()).extracting(v -> v.place().id()).containsExactly("park-in", "school-in");
    assertThat(r.violations()).allMatch(v -> v.rule() == ResidenceRule.PC_3003_5_B);
    assertThat(r.outcome(ResidenceRule.PC_3003_5_B).reason()).contains("PC 290");
    assertThat(r.outcome(ResidenceRule.PC_3003_5_B).violations()).isEqualTo(2);
    assertThat(r.isCompliant()).isFalse();
  }

  @Test
  @DisplayName("PC 3003.5(b): does not apply without PC 290 registration")
  void pc3003_5b_notApplicableWithoutRegistration() {
    PlaceLayer layer = PlaceLayer.of(List.of(place("s", ProtectedPlace.Kind.SCHOOL, Distance.ofFeet(100))));
    RestrictionReport r = ResidenceRestrictions.check(
        subject(List.of("PC 211"), Set.of(RegistrationStatute.HS_11590), Set.of()), layer);
    assertThat(r.isCompliant()).isTrue();
    assertThat(r.outcome(ResidenceRule.PC_3003_5_B).reason())
        .isEqualTo("PC 3003.5(b) does not apply: registration under PC 290 is not required");
  }

  @ParameterizedTest(name = "DOM 81010.2(e)(1): {0} is listed")
  @ValueSource(strings = {"PC 187", "PC 187(a)", "PC 192(a)", "PC 203", "PC 261(a)(1)", "PC 261(a)(6)",
      "PC 262(a)(4)", "PC 286(c)(2)", "PC 286(i)", "PC 288(a)", "PC 288(b)(1)", "PC 287(c)(1)", "PC 287(g)",
      "PC 288.5", "PC 289(a)(1)", "PC 289(e)", "PC 646.9", "PC 646.9(b)"})
  void dom81010_2e_listedOffenses(String section) {
    assertThat(ResidenceRestrictions.listedItem(CodeSection.parse(section))).isPresent();
  }

  @ParameterizedTest(name = "DOM 81010.2(e)(1): {0} is not listed")
  @ValueSource(strings = {"PC 192(b)", "PC 261(a)(5)", "PC 261", "PC 286(b)", "PC 288(c)", "PC 287(c)(2)",
      "PC 289(c)", "PC 211", "HS 11352", "PC 1870", "PC 2030"})
  void dom81010_2e_unlistedOffenses(String section) {
    assertThat(ResidenceRestrictions.listedItem(CodeSection.parse(section))).isEmpty();
  }

  @Test
  @DisplayName("DOM 81010.2(e)(1)(I),(J): life/death felonies and GBI enhancements come from the host's findings")
  void dom81010_2e_findingsIAndJ() {
    PlaceLayer layer = PlaceLayer.of(
        List.of(place("v", ProtectedPlace.Kind.VICTIM_RESIDENCE, Distance.ofMiles(10))));
    RestrictionReport none = ResidenceRestrictions.check(subject(List.of("PC 245(a)(1)"), Set.of(), Set.of()), layer);
    assertThat(none.isCompliant()).isTrue();
    assertThat(none.outcome(ResidenceRule.DOM_81010_2_E).reason())
        .startsWith("DOM 81010.2(e) does not apply: no commitment offense is listed");
    RestrictionReport gbi = ResidenceRestrictions.check(subject(List.of("PC 245(a)(1)"), Set.of(),
        Set.of(CommitmentFinding.GREAT_BODILY_INJURY_ENHANCEMENT)), layer);
    assertThat(gbi.violations()).hasSize(1);
    assertThat(gbi.outcome(ResidenceRule.DOM_81010_2_E).reason()).contains("DOM 81010.2(e)(1)(J)");
    RestrictionReport life = ResidenceRestrictions.check(subject(List.of(), Set.of(),
        Set.of(CommitmentFinding.FELONY_PUNISHABLE_BY_DEATH_OR_LIFE)), layer);
    assertThat(life.outcome(ResidenceRule.DOM_81010_2_E).reason()).contains("DOM 81010.2(e)(1)(I)");
  }

  @Test
  @DisplayName("DOM 81010.2(e): a bare PC 261 is reported as lacking the deciding subdivision")
  void dom81010_2e_undecidedSection() {
    RestrictionReport r = ResidenceRestrictions.check(subject(List.of("PC 261"), Set.of(), Set.of()),
        PlaceLayer.of(List.of()));
    assertThat(r.outcome(ResidenceRule.DOM_81010_2_E).reason())
        .contains("PC 261 lacks the subdivision that decides whether it is listed");
  }

  @Test
  @DisplayName("DOM 81010.2(e): an applicable rule with no victim residence in the layer says so")
  void dom81010_2e_emptyLayerIsReported() {
    RestrictionReport r = ResidenceRestrictions.check(subject(List.of("PC 646.9"), Set.of(), Set.of()),
        PlaceLayer.of(List.of(place("s", ProtectedPlace.Kind.SCHOOL, Distance.ofFeet(5)))));
    assertThat(r.isCompliant()).isTrue();
    assertThat(r.outcome(ResidenceRule.DOM_81010_2_E).reason()).contains("layer holds no victim or witness");
  }

  @Test
  @DisplayName("DOM 81010.2(e) and PC 3003.5(b) from a Parolee record, violations nearest first")
  void checksAParoleeRecord() {
    Parolee p = TestData.parolee("JOHN", "DOE", HOME, ParoleStatus.ACTIVE, List.of("PC 288(a)"))
        .toBuilder().addRegistration(RegistrationStatute.PC_290).build();
    PlaceLayer layer = PlaceLayer.of(List.of(
        place("victim", ProtectedPlace.Kind.VICTIM_RESIDENCE, Distance.ofMiles(3)),
        place("park", ProtectedPlace.Kind.PARK, Distance.ofFeet(1500))));
    RestrictionReport r = ResidenceRestrictions.check(RestrictionSubject.of(p, Set.of()), layer);
    assertThat(r.violations()).extracting(v -> v.place().id()).containsExactly("park", "victim");
    assertThat(r.violations()).extracting(RestrictionViolation::rule)
        .containsExactly(ResidenceRule.PC_3003_5_B, ResidenceRule.DOM_81010_2_E);
  }

  @Test
  void subjectNeedsAGeocodedResidence() {
    Parolee p = TestData.parolee("JOHN", "DOE", HOME, ParoleStatus.ACTIVE, List.of());
    Parolee homeless = p.toBuilder().addresses(List.of()).build();
    assertThatThrownBy(() -> RestrictionSubject.of(homeless, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no current residence");
    assertThat(RestrictionSubject.of(homeless, HOME, Set.of()).residence()).isEqualTo(HOME);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void placeIndexEqualsBruteForceHaversine(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<ProtectedPlace> places = new ArrayList<>();
    ProtectedPlace.Kind[] kinds = ProtectedPlace.Kind.values();
    for (int i = 0; i < 2000; i++) {
      places.add(new ProtectedPlace("p" + i, kinds[r.nextInt(kinds.length)], "place " + i,
          TestData.pointInCaliforniaBox(r)));
    }
    PlaceLayer layer = PlaceLayer.of(places);
    for (int q = 0; q < 25; q++) {
      GeoPoint center = TestData.pointInCaliforniaBox(r);
      Distance radius = Distance.ofMeters(r.nextDouble(0, 120_000));
      Set<ProtectedPlace.Kind> wanted = EnumSet.noneOf(ProtectedPlace.Kind.class);
      for (ProtectedPlace.Kind k : kinds) {
        if (r.nextBoolean()) {
          wanted.add(k);
        }
      }
      List<String> expected = places.stream()
          .filter(p -> wanted.contains(p.kind()))
          .filter(p -> GreatCircle.distance(center, p.point()).meters() <= radius.meters())
          .sorted(Comparator.comparing((ProtectedPlace p) -> GreatCircle.distance(center, p.point()))
              .thenComparing(ProtectedPlace::id))
          .map(ProtectedPlace::id).toList();
      assertThat(layer.within(center, radius, wanted)).extracting(n -> n.place().id())
          .as("seed %d, query %d", seed, q).containsExactlyElementsOf(expected);
      // Circle membership agrees with the same haversine oracle.
      Circle circle = Circle.of(center, radius);
      assertThat(places.stream().filter(p -> circle.contains(p.point())).count()).as("seed %d", seed)
          .isEqualTo(places.stream().filter(p -> GreatCircle.distance(center, p.point()).compareTo(radius) <= 0)
              .count());
    }
  }
}
