package org.leadssdk.search.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.EyeColor;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Race;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Sex;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.ZipCode;
import org.leadssdk.geo.Area;
import org.leadssdk.geo.BoundingBox;
import org.leadssdk.geo.Circle;
import org.leadssdk.geo.Distance;
import org.leadssdk.search.FacetDimension;
import org.leadssdk.search.GeoFilter;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.SortOrder;

/** The JSON form of saved searches: every criterion round-trips; bad documents fail naming path and rule. */
class SavedSearchJsonProperties {
  private static final Instant T0 = Instant.parse("2026-11-01T17:00:00Z");

  /** A random valid request: each criterion set or not, geo of every kind. */
  static SearchRequest randomRequest(SplittableRandom r) {
    String[] words = {"dragon", "garcia", "tattoo rose", "maria", "pc 211", "7abc123", "rose*", "smith~"};
    SearchRequest.Builder b = SearchRequest.builder();
    if (r.nextBoolean()) {
      b.term(words[r.nextInt(words.length)]);
    }
    if (r.nextInt(3) == 0) {
      b.lastName("GARCIA");
    }
    if (r.nextInt(3) == 0) {
      b.firstName("Jose");
    }
    if (r.nextInt(5) == 0) {
      b.cdcNumber(CdcNumber.parse(r.nextBoolean() ? "AB1234" : "K12345"));
    }
    if (r.nextInt(4) == 0) {
      LocalDate from = LocalDate.of(1950 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
      b.dateOfBirth(r.nextBoolean() ? from : null, r.nextBoolean() ? from.plusDays(r.nextInt(5000)) : null);
    }
    if (r.nextInt(4) == 0) {
      int lo = 18 + r.nextInt(30);
      b.age(lo, r.nextBoolean() ? lo + r.nextInt(30) : null);
    }
    if (r.nextInt(4) == 0) {
      int lo = 55 + r.nextInt(20);
      b.heightInches(r.nextBoolean() ? lo : null, lo + r.nextInt(10));
    }
    if (r.nextInt(4) == 0) {
      int lo = 100 + r.nextInt(100);
      b.weightPounds(lo, lo + r.nextInt(100));
    }
    some(r, Sex.class).forEach(b::sexes);
    some(r, Race.class).forEach(b::races);
    some(r, HairColor.class).forEach(b::hairColors);
    some(r, EyeColor.class).forEach(b::eyeColors);
    if (r.nextInt(4) == 0) {
      b.smtText("dragon");
    }
    if (r.nextInt(4) == 0) {
      b.smtCode("TAT L ARM");
    }
    if (r.nextInt(4) == 0) {
      b.plate(r.nextBoolean() ? "7AB*" : "*C123");
    }
    if (r.nextInt(4) == 0) {
      b.offense(r.nextBoolean() ? "PC 211" : "robbery");
    }
    some(r, RegistrationStatute.class).forEach(b::registrations);
    some(r, ParoleStatus.class).forEach(b::statuses);
    some(r, SupervisionLevel.class).forEach(b::levels);
    if (r.nextInt(4) == 0) {
      b.agent("Lopez");
    }
    if (r.nextInt(4) == 0) {
      b.paroleUnit("SAC-1");
    }
    County[] counties = County.values();
    if (r.nextInt(3) == 0) {
      b.countyUnit(CountyUnit.of(counties[r.nextInt(counties.length)]));
    }
    if (r.nextInt(4) == 0) {
      b.county(counties[r.nextInt(counties.length)]);
    }
    if (r.nextInt(4) == 0) {
      b.zip(ZipCode.parse(r.nextBoolean() ? "95814" : "95814-1234"));
    }
    GeoPoint c = GeoPoint.of(32.6 + r.nextDouble() * 9, -124 + r.nextDouble() * 9.5);
    boolean within = false;
    switch (r.nextInt(6)) {
      case 0 -> {
        b.within(c, Distance.ofMeters(1 + r.nextDouble() * 50_000));
        within = true;
      }
      case 1 -> b.area(GeoFilter.inside(Circle.of(c, Distance.ofMiles(r.nextDouble() * 10))));
      case 2 -> b.area(GeoFilter.inside(new BoundingBox(c.latitude() - 0.1, c.longitude() - 0.2, c.latitude() + 0.1,
          c.longitude() + 0.2)));
      case 3 -> b.area(GeoFilter.inside(Area.of(List.of(new Area.Part(
          ring(c, 0.5), List.of(ring(c, 0.1)))))));
      case 4 -> b.area(GeoFilter.inside(counties[r.nextInt(counties.length)]));
      default -> { }
    }
    SortOrder[] orders = SortOrder.values();
    SortOrder sort = orders[r.nextInt(orders.length)];
    if (r.nextBoolean() && (sort != SortOrder.DISTANCE || within)) {
      b.sort(sort);
    }
    b.pageSize(1 + r.nextInt(1000));
    some(r, FacetDimension.class).forEach(b::facets);
    if (r.nextBoolean()) {
      b.exactTotal();
    }
    b.explain(r.nextBoolean());
    return b.build();
  }

  private static List<GeoPoint> ring(GeoPoint c, double d) {
    return List.of(GeoPoint.of(c.latitude() - d, c.longitude() - d), GeoPoint.of(c.latitude() - d, c.longitude() + d),
        GeoPoint.of(c.latitude() + d, c.longitude() + d), GeoPoint.of(c.latitude() + d, c.longitude() - d),
        GeoPoint.of(c.latitude() - d, c.longitude() - d));
  }

  private static <E extends Enum<E>> List<E> some(SplittableRandom r, Class<E> type) {
    List<E> out = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      for (E e : EnumSet.allOf(type)) {
        if (r.nextInt(3) == 0) {
          out.add(e);
        }
      }
    }
    return out;
  }

  static SavedSearch saved(SearchRequest criteria) {
    return new SavedSearch("s-1", "Garcia near the capitol", "deputy01", "CA0340000", criteria, T0,
        T0.plusSeconds(60), 3);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void everyCriterionRoundTripsThroughJson(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 40; i++) {
      SavedSearch s = saved(randomRequest(r));
      String json = s.toJson();
      assertThat(SavedSearch.fromJson(json)).as("seed %d, request %d: %s", seed, i, json).isEqualTo(s);
    }
  }

  @Test
  void writesTheSchemaVersion() {
    assertThat(saved(SearchRequest.builder().build()).toJson()).contains("\"schemaVersion\" : 1");
  }

  @Test
  void rejectsAnUnknownSchemaVersion() {
    String json = saved(SearchRequest.builder().build()).toJson().replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
    assertThatThrownBy(() -> SavedSearch.fromJson(json))
        .isInstanceOf(SavedSearchFormatException.class)
        .hasMessageContaining("schemaVersion: \"2\"")
        .hasMessageContaining("reads schema version 1")
        .satisfies(e -> assertThat(((SavedSearchFormatException) e).path()).isEqualTo("schemaVersion"));
  }

  @Test
  void rejectsAMissingSchemaVersion() {
    assertThatThrownBy(() -> SavedSearch.fromJson("{\"id\":\"x\"}"))
        .isInstanceOf(SavedSearchFormatException.class)
        .hasMessageContaining("schemaVersion: (missing) is required");
  }

  @Test
  void rejectsAnUnknownCriterionNamingItsPath() {
    String json = saved(SearchRequest.builder().term("dragon").build()).toJson()
        .replace("\"term\"", "\"color\"");
    assertThatThrownBy(() -> SavedSearch.fromJson(json))
        .isInstanceOf(SavedSearchFormatException.class)
        .hasMessageContaining("criteria.color: (unknown field)");
  }

  @Test
  void rejectsAnUnknownStatusCodeNamingIndexAndKnownCodes() {
    String json = saved(SearchRequest.builder().statuses(ParoleStatus.SUSPENDED).build()).toJson()
        .replace("\"" + ParoleStatus.SUSPENDED.code() + "\"", "\"ZZZ\"");
    assertThatThrownBy(() -> SavedSearch.fromJson(json))
        .isInstanceOf(SavedSearchFormatException.class)
        .hasMessageContaining("criteria.statuses[0]: \"ZZZ\" is not a code of ParoleStatus")
        .hasMessageContaining(ParoleStatus.ACTIVE.code());
  }

  @Test
  void masksABadCdcNumber() {
    String json = saved(SearchRequest.builder().cdcNumber(CdcNumber.parse("AB1234")).build()).toJson()
        .replace("AB1234", "ABC12345");
    assertThatThrownBy(() -> SavedSearch.fromJson(json))
        .isInstanceOf(SavedSearchFormatException.class)
        .hasMessageContaining("criteria.cdcNumber: \"AB******\" must be a CDC number")
        .hasMessageNotContaining("ABC12345");
  }

  @Test
  void rejectsALatitudeOutOfRangeMaskingThePosition() {
    String json = saved(SearchRequest.builder().within(GeoPoint.of(38.5767, -121.4934), Distance.ofMiles(2)).build())
        .toJson().replace("38.5767", "98.5767");
    assertThatThrownBy(() -> SavedSearch.fromJson(json))
        .isInstanceOf(SavedSearchFormatException.class)
        .hasMessageContaining("criteria.geo.center:")
        .hasMessageContaining("latitude -90..90")
        .hasMessageNotContaining("98.5767");
  }

  @Test
  void rejectsAReversedAgeRangeAsACriterionError() {
    String json = saved(SearchRequest.builder().age(30, 40).build()).toJson().replace("\"ageMax\" : 40", "\"ageMax\" : 20");
    assertThatThrownBy(() -> SavedSearch.fromJson(json))
        .isInstanceOf(SavedSearchFormatException.class)
        .hasMessageContaining("criteria.age")
        .hasMessageContaining("reversed");
  }

  @Test
  void rejectsMalformedJsonWithItsLocation() {
    assertThatThrownBy(() -> SavedSearch.fromJson("{\"schemaVersion\": 1,"))
        .isInstanceOf(SavedSearchFormatException.class)
        .hasMessageContaining("$: (document) is not well-formed JSON");
  }

  @Test
  void rejectsAPageCursorInTheCriteria() {
    assertThatThrownBy(() -> saved(SearchRequest.builder()
        .after(org.leadssdk.search.PageCursor.parse(samplePageCursor())).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("savedSearch.criteria.after");
  }

  private static String samplePageCursor() {
    String raw = "v1\u001fNAME\u001fGARCIA JOSE\u001fAB1234";
    return java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
