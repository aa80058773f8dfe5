package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.search.internal.TextQueries;

/** Isolated: one test lowers Lucene's clause limit, a setting of the whole JVM, for its duration. */
@org.junit.jupiter.api.parallel.Isolated
class QueryEngineTest {
  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final GeoPoint CAPITOL = GeoPoint.of(38.5767, -121.4934);

  private LeadsIndex index;
  private final QueryEngine engine = new QueryEngine();

  @BeforeEach
  void fill() {
    index = LeadsIndex.builder().inMemory().build();
    index.upsert(Records.active("AB1234", "JOHN", "GARCIA", CAPITOL)
        .addSmt(Records.tattoo("TAT L ARM", "DRAGON WITH FLAMES"))
        .addVehicle(Records.car("7ABC123"))
        .addOffense(Records.offense("PC 245(a)(1)", "ASSAULT WITH A DEADLY WEAPON"))
        .build());
    index.upsert(Records.active("AB1235", "MARIA", "GARSIA", GeoPoint.of(38.60, -121.45)).build());
    index.upsert(Records.active("AB1236", "MARIO", "GARZA", GeoPoint.of(38.65, -121.40)).build());
    index.upsert(Records.active("AB1237", "PETER", "SMITH", GeoPoint.of(34.05, -118.24))
        .addAlias(Records.alias("PEDRO", "GARCIA"))
        .addRegistration(RegistrationStatute.PC_290)
        .build());
    index.upsert(Records.prcs("AB1238", "ANNA", "JONES", County.SACRAMENTO));
    index.upsert(Records.prcs("AB1239", "ZOE", "ADAMS", County.SACRAMENTO));
    index.upsert(Records.prcs("AB1240", "LEE", "BROWN", County.FRESNO));
    // Discharged on 2025-06-01: past its year of visibility on the search day (Parole LEADS 2.0 overview).
    index.upsert(Records.active("H00001", "HIDDEN", "GARCIA", CAPITOL)
        .supervision(Records.discharged(java.time.LocalDate.of(2025, 6, 1)))
        .build());
    index.refresh();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private QueryEngine.Page run(SearchRequest request) throws IOException {
    IndexSearcher s = index.acquire();
    try {
      return engine.run(s, request, NOW, ZONE);
    } finally {
      index.release(s);
    }
  }

  private static List<String> cdcs(QueryEngine.Page page) {
    return page.hits().stream().map(h -> h.record().cdcNumber().value()).toList();
  }

  @Test
  void searchTermCoversNamesAliasesSmtPlatesAndOffenses() throws IOException {
    assertThat(cdcs(run(SearchRequest.builder().term("dragon tattoo").build()))).containsExactly("AB1234");
    assertThat(cdcs(run(SearchRequest.builder().term("7ABC123").build()))).containsExactly("AB1234");
    assertThat(cdcs(run(SearchRequest.builder().term("pedro").build()))).containsExactly("AB1237");
    assertThat(cdcs(run(SearchRequest.builder().term("deadly weapon").build()))).containsExactly("AB1234");
    assertThat(cdcs(run(SearchRequest.builder().term("ab1238").build()))).containsExactly("AB1238");
  }

  @Test
  void lastNameRanksExactAbovePhoneticAboveTypo() throws IOException {
    QueryEngine.Page page = run(SearchRequest.builder().lastName("Garcia").build());
    List<String> order = cdcs(page);
    assertThat(order.subList(0, 2)).containsExactlyInAnyOrder("AB1234", "AB1237");
    assertThat(order).contains("AB1235", "AB1236");
    assertThat(order.indexOf("AB1235")).isLessThan(order.indexOf("AB1236")).as("GARSIA sounds like GARCIA");
    assertThat(page.hits().get(0).score()).isGreaterThan(page.hits().get(order.indexOf("AB1235")).score());
  }

  /**
   * Issue 5: "ranks exact above phonetic above fuzzy", each tier alone: SCHMIDT sounds like SMITH (Double
   * Metaphone XMT) but is more than one typo away; SNITH is one typo away but does not sound like it (SN0
   * and XN0 against SM0 and XMT).
   */
  @Test
  void aSoundsAlikeNameRanksAboveATypoAndBelowTheExactName() throws IOException {
    try (LeadsIndex tiers = LeadsIndex.builder().inMemory().build()) {
      tiers.upsert(Records.active("T00001", "ANN", "SNITH", CAPITOL).build());
      tiers.upsert(Records.active("T00002", "ANN", "SCHMIDT", CAPITOL).build());
      tiers.upsert(Records.active("T00003", "ANN", "SMITH", CAPITOL).build());
      tiers.refresh();
      IndexSearcher s = tiers.acquire();
      try {
        QueryEngine.Page page = engine.run(s, SearchRequest.builder().lastName("SMITH").build(), NOW, ZONE);
        assertThat(cdcs(page)).as(page.hits().toString()).containsExactly("T00003", "T00002", "T00001");
        assertThat(page.hits()).extracting(QueryEngine.RawHit::score)
            .containsExactly(TextQueries.EXACT_SCORE, TextQueries.PHONETIC_SCORE, 1f);
      } finally {
        tiers.release(s);
      }
    }
  }

  @Test
  void retentionHidesRecordsAndCountsThemAsOmitted() throws IOException {
    QueryEngine.Page page = run(SearchRequest.builder().lastName("GARCIA").build());
    assertThat(cdcs(page)).doesNotContain("H00001");
    assertThat(page.omitted()).isEqualTo(1);
  }

  @Test
  void countyUnitListWithFacetsSortedByName() throws IOException {
    QueryEngine.Page page = run(SearchRequest.builder()
        .countyUnit(CountyUnit.parse("PRCS-SAC"))
        .statuses(ParoleStatus.PRCS)
        .facets(FacetDimension.STATUS, FacetDimension.COUNTY_UNIT)
        .pageSize(100)
        .build());
    assertThat(cdcs(page)).containsExactly("AB1239", "AB1238");
    assertThat(page.total()).isEqualTo(new Total(2, true));
    assertThat(page.facets().get(FacetDimension.COUNTY_UNIT)).containsExactly(new FacetCount("PRCS-SAC", 2));
    QueryEngine.Page all = run(SearchRequest.builder().facets(FacetDimension.STATUS).build());
    assertThat(all.facets().get(FacetDimension.STATUS))
        .containsExactly(new FacetCount("ACTIVE", 4), new FacetCount("PRCS", 3));
  }

  @Test
  void radiusSortedByDistanceGivesDistances() throws IOException {
    QueryEngine.Page page = run(SearchRequest.builder()
        .within(CAPITOL, org.leadssdk.geo.Distance.ofKilometers(20))
        .sort(SortOrder.DISTANCE)
        .build());
    List<String> order = cdcs(page);
    assertThat(order).doesNotContain("AB1237").contains("AB1234", "AB1235", "AB1236");
    List<Double> distances = page.hits().stream().map(h -> h.distanceMeters().orElseThrow()).toList();
    assertThat(distances).isSorted();
    assertThat(distances.get(0)).isLessThan(1.0);
  }

  @Test
  void platePatterns() throws IOException {
    for (String pattern : List.of("7ABC123", "7AB*", "*C123", "*BC12*", "7A?C123", "7 abc-123")) {
      assertThat(cdcs(run(SearchRequest.builder().plate(pattern).build()))).as(pattern).containsExactly("AB1234");
    }
    // Every three-character substring of KLM9Q is in one of this record's two plates, but neither plate
    // holds KLM9Q: the contains pattern is checked on the plates themselves.
    index.upsert(Records.active("AB1299", "ANA", "REYES", CAPITOL)
        .addVehicle(Records.car("5KLM9PQ")).addVehicle(Records.car("8XM9QZZ")).build());
    index.refresh();
    assertThat(cdcs(run(SearchRequest.builder().plate("*KLM9Q*").build()))).isEmpty();
    assertThat(cdcs(run(SearchRequest.builder().plate("*KLM9*").build()))).containsExactly("AB1299");
    assertThat(cdcs(run(SearchRequest.builder().plate("*M9QZ*").build()))).containsExactly("AB1299");
    assertThat(cdcs(run(SearchRequest.builder().plate("*M9Q*").build()))).containsExactly("AB1299");
    assertThatThrownBy(() -> run(SearchRequest.builder().plate("7*").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 3 known characters");
    assertThatThrownBy(() -> run(SearchRequest.builder().plate("*BC?2*").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both ends");
  }

  @Test
  void offenseByCodeSectionMatchesItsSubdivisions() throws IOException {
    assertThat(cdcs(run(SearchRequest.builder().offense("PC 245").build()))).containsExactly("AB1234");
    assertThat(cdcs(run(SearchRequest.builder().offense("pc 245(A)(1)").build()))).containsExactly("AB1234");
    assertThat(cdcs(run(SearchRequest.builder().offense("PC 211").build()))).isEmpty();
  }

  @Test
  void registrationFilter() throws IOException {
    assertThat(cdcs(run(SearchRequest.builder().registrations(RegistrationStatute.PC_290).build())))
        .containsExactly("AB1237");
  }

  /** An age turns on the birthday: the search day is 2026-11-01 in Los Angeles. */
  @Test
  void anAgeRangeTurnsOnTheBirthdayItself() throws IOException {
    try (LeadsIndex ages = LeadsIndex.builder().inMemory().build()) {
      for (String[] born : new String[][] {{"D00001", "1990-11-01"}, {"D00002", "1990-11-02"},
          {"D00003", "1991-11-01"}, {"D00004", "1989-11-02"}}) {
        Parolee p = Records.active(born[0], "ANN", "DOE", CAPITOL).build();
        PhysicalDescription d = p.description();
        ages.upsert(p.toBuilder().description(new PhysicalDescription(LocalDate.parse(born[1]), d.sex(), d.race(),
            d.ethnicity(), d.heightInches(), d.weightPounds(), d.hair(), d.eyes(), d.skin(), d.birthplace())).build());
      }
      ages.refresh();
      IndexSearcher s = ages.acquire();
      try {
        // 36 today (D00001), 35 until tomorrow (D00002), 35 today (D00003), 36 until tomorrow (D00004)
        assertThat(cdcs(engine.run(s, SearchRequest.builder().age(36, 36).sort(SortOrder.NAME).build(), NOW, ZONE)))
            .containsExactlyInAnyOrder("D00001", "D00004");
        assertThat(cdcs(engine.run(s, SearchRequest.builder().age(35, 35).sort(SortOrder.NAME).build(), NOW, ZONE)))
            .containsExactlyInAnyOrder("D00002", "D00003");
      } finally {
        ages.release(s);
      }
    }
  }

  @Test
  void ageAndHeightRanges() throws IOException {
    // Every record is born 1985-04-12: 41 on the search day.
    assertThat(run(SearchRequest.builder().age(41, 41).exactTotal().build()).total().count()).isEqualTo(7);
    assertThat(run(SearchRequest.builder().age(42, null).build()).hits()).isEmpty();
    assertThat(run(SearchRequest.builder().heightInches(70, 70).exactTotal().build()).total().count()).isEqualTo(7);
    assertThat(run(SearchRequest.builder().heightInches(71, 80).build()).hits()).isEmpty();
  }

  @Test
  void pagingWithCursorVisitsEachRecordOnceWhileTheIndexChanges() throws IOException {
    List<String> seen = new ArrayList<>();
    SearchRequest.Builder first = SearchRequest.builder().pageSize(3).sort(SortOrder.NAME);
    QueryEngine.Page page = run(first.build());
    seen.addAll(cdcs(page));
    // A record that sorts first is added between pages; it must not shift later pages.
    index.upsert(Records.active("A00001", "AARON", "AARDVARK", CAPITOL).build());
    index.refresh();
    while (page.next() != null) {
      page = run(SearchRequest.builder().pageSize(3).sort(SortOrder.NAME).after(page.next()).build());
      seen.addAll(cdcs(page));
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize(7).doesNotContain("A00001");
  }

  @Test
  void runawayOrEmptyTermsAreRefusedWithAReason() {
    assertThatThrownBy(() -> run(SearchRequest.builder().term("g*").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 characters");
    assertThatThrownBy(() -> run(SearchRequest.builder().term("!!! ???").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no searchable word");
    String many = "a b c d e f g h i j k l m n o p q r s t u v w x y z";
    assertThatThrownBy(() -> run(SearchRequest.builder().term(many).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 24");
  }

  @Test
  void oddUserTextNeverThrowsAParserException() throws IOException {
    for (String text : List.of("\"unclosed", "garcia)", "((", "~~", "-", "a|", "\\", "garcia~5", "\"\"",
        "garcia~99999999999", "garcia\\~", "j.~", "\"garcia~\"")) {
      try {
        run(SearchRequest.builder().term(text).build());
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).startsWith("term:");
      }
    }
    assertThat(cdcs(run(SearchRequest.builder().term("\"john garcia").build()))).containsExactly("AB1234");
  }

  @Test
  void typoWordsOfTheTermKeepTheirFirstLetterAndTheEditsTheirLengthAllows() throws IOException {
    // "garsia~" (6 letters, up to 2 edits): GARCIA, GARSIA, GARZA and the alias GARCIA; not the hidden GARCIA
    assertThat(cdcs(run(SearchRequest.builder().term("garsia~").build())))
        .containsExactlyInAnyOrder("AB1234", "AB1235", "AB1236", "AB1237");
    // a typo match keeps the first letter
    assertThat(run(SearchRequest.builder().term("harcia~").build()).hits()).isEmpty();
    // 5 letters: one edit at most, whatever is asked for
    assertThat(cdcs(run(SearchRequest.builder().term("jonas~2").build()))).containsExactly("AB1238");
    assertThat(run(SearchRequest.builder().term("jxnxs~2").build()).hits()).isEmpty();
    // under 3 letters: the word itself only (ZOE is one edit from "zo")
    assertThat(run(SearchRequest.builder().term("zo~").build()).hits()).isEmpty();
    assertThat(cdcs(run(SearchRequest.builder().term("zoe~0").build()))).containsExactly("AB1239");
  }

  @Test
  void typoWordsAreBoundedSoTheyNeverOverflowLucenesClauseLimit() throws IOException {
    // 24 typo words would ask for up to 1,200 spellings, past Lucene's 1,024 clauses
    List<Parolee> records = new org.leadssdk.testkit.SyntheticParolees(11).parolees(3_000);
    try (LeadsIndex big = LeadsIndex.builder().inMemory().build()) {
      records.forEach(big::upsert);
      big.refresh();
      IndexSearcher s = big.acquire();
      try {
        List<String> words = new ArrayList<>();
        for (char c = 'a'; c < 'a' + 24; c++) {
          words.add(c + "ar~2");
        }
        String six = "garcia~ smith~ jones~ lopez~ brown~ davis~";
        assertThat(engine.run(s, SearchRequest.builder().term(six).build(), NOW, ZONE).hits()).isNotNull();
        assertThatThrownBy(() -> engine.run(s, SearchRequest.builder().term(six + " miller~").build(), NOW, ZONE))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("term: has 7 words with ~; at most 6 are searched with typos");
        assertThatThrownBy(() -> engine.run(s, SearchRequest.builder().term(String.join(" ", words)).build(), NOW, ZONE))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("term: has 24 words with ~; at most 6 are searched with typos");
        // two-letter words with ~ are searched as they are, so 24 of them expand to nothing
        StringBuilder shortWords = new StringBuilder();
        for (char c = 'a'; c < 'a' + 24; c++) {
          shortWords.append(c).append("x~2 ");
        }
        assertThat(engine.run(s, SearchRequest.builder().term(shortWords.toString()).build(), NOW, ZONE).hits())
            .isEmpty();
      } finally {
        big.release(s);
      }
    }
  }

  @Test
  void aLowerClauseLimitSetByTheHostRefusesTheRequestWithTheReason() {
    int limit = IndexSearcher.getMaxClauseCount();
    IndexSearcher.setMaxClauseCount(2);
    try {
      // the expansion: GARCIA and GARSIA, then JONES, then GARZA and GARCIA (the limit caps each word's)
      assertThatThrownBy(() -> run(SearchRequest.builder().term("garsia~ jonas~").lastName("GARZA").build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("criteria: expand to more than 2 clauses, the limit of this JVM; use fewer words, * or ~");
      // more words than the limit: refused while the query is built
      assertThatThrownBy(() -> run(SearchRequest.builder().term("garcia john mario").build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("criteria: expand to more than 2 clauses");
    } finally {
      IndexSearcher.setMaxClauseCount(limit);
    }
  }

  @Test
  void explainSaysWhichFieldsMatched() throws IOException {
    QueryEngine.Page page = run(SearchRequest.builder().term("dragon").lastName("GARCIA").build());
    Parolee hit = page.hits().get(0).record();
    List<MatchedField> matched = MatchExplainer.explain(
        SearchRequest.builder().term("dragon").lastName("GARCIA").build(), hit, NOW.atZone(ZONE).toLocalDate());
    assertThat(matched).contains(
        new MatchedField("smts[0].description", "DRAGON WITH FLAMES", MatchedField.How.EXACT),
        new MatchedField("name.last", "GARCIA", MatchedField.How.EXACT));
    Parolee alias = run(SearchRequest.builder().lastName("GARCIA").cdcNumber(
        org.leadssdk.core.CdcNumber.parse("AB1237")).build()).hits().get(0).record();
    assertThat(MatchExplainer.explain(SearchRequest.builder().lastName("GARCIA").build(), alias, NOW.atZone(ZONE).toLocalDate()))
        .contains(new MatchedField("aliases[0].last", "GARCIA", MatchedField.How.EXACT));
  }

  @Test
  void typoMatchesAreExplainedByTheRuleTheQueryUses() throws IOException {
    Parolee garcia = run(SearchRequest.builder().cdcNumber(org.leadssdk.core.CdcNumber.parse("AB1234")).build())
        .hits().get(0).record();
    LocalDate today = NOW.atZone(ZONE).toLocalDate();
    assertThat(MatchExplainer.explain(SearchRequest.builder().term("garsia~").build(), garcia, today))
        .contains(new MatchedField("name.last", "GARCIA", MatchedField.How.FUZZY));
    // another first letter, or more edits than the word's length allows: the query does not match, and
    // the explanation does not claim it
    assertThat(MatchExplainer.explain(SearchRequest.builder().term("harcia~").build(), garcia, today))
        .noneMatch(m -> m.path().equals("name.last"));
    assertThat(MatchExplainer.explain(SearchRequest.builder().term("gxrcxa~1").build(), garcia, today))
        .noneMatch(m -> m.path().equals("name.last"));
    assertThat(MatchExplainer.explain(SearchRequest.builder().lastName("HARCIA").build(), garcia, today))
        .noneMatch(m -> m.how() == MatchedField.How.FUZZY);
    // no typo search at all: a quoted phrase, an escaped ~, and ~0 (or ~00) asking for no edits
    for (String exactOnly : List.of("\"garsia~\"", "garsia\\~", "garsia~0", "garsia~00")) {
      assertThat(MatchExplainer.explain(SearchRequest.builder().term(exactOnly).build(), garcia, today))
          .as(exactOnly).noneMatch(m -> m.how() == MatchedField.How.FUZZY);
    }
    assertThat(MatchExplainer.explain(SearchRequest.builder().term("garsia~01").build(), garcia, today))
        .as("~01 asks for one edit, and GARCIA is one from GARSIA")
        .contains(new MatchedField("name.last", "GARCIA", MatchedField.How.FUZZY));
  }

  @Test
  void selectiveCriteriaAreCountedExactlyAndBroadOnesMayStopAtTheThreshold() throws IOException {
    // 8,800 records, 1,050 of them with the moniker ZEPHYRQ: more matches than the counting threshold,
    // fewer than an eighth of the index, so counted whole; on 1,200 records the same 1,050 are broad.
    List<Parolee> records = new org.leadssdk.testkit.SyntheticParolees(11).parolees(8_800);
    try (LeadsIndex big = LeadsIndex.builder().inMemory().build();
        LeadsIndex small = LeadsIndex.builder().inMemory().build()) {
      for (int i = 0; i < records.size(); i++) {
        Parolee p = i < 1_050 ? records.get(i).toBuilder().monikers(List.of("ZEPHYRQ")).build() : records.get(i);
        big.upsert(p);
        if (i < 1_200) {
          small.upsert(p);
        }
      }
      big.refresh();
      small.refresh();
      SearchRequest request = SearchRequest.builder().term("zephyrq").pageSize(5).build();
      assertThat(QueryEngine.TOTAL_HITS_THRESHOLD).isLessThan(1_050);

      Total selective = runOn(big, request).total();
      assertThat(selective.isExact()).as("1,050 of 8,800: selective").isTrue();
      long hiddenAmongThem = records.subList(0, 1_050).stream()
          .filter(p -> !big.retention().visibility(p, NOW).visible()).count();
      assertThat(selective.count()).isEqualTo(1_050 - hiddenAmongThem);

      Total broad = runOn(small, request).total();
      assertThat(broad.isExact()).as("1,050 of 1,200: broad, counting may stop").isFalse();
      assertThat(broad.lowerBound()).isGreaterThanOrEqualTo(QueryEngine.TOTAL_HITS_THRESHOLD).isLessThanOrEqualTo(1_050);
      assertThat(runOn(small, SearchRequest.builder().term("zephyrq").pageSize(5).exactTotal().build()).total())
          .as("unless an exact total is asked for")
          .isEqualTo(new Total(1_050 - hiddenAmongThem, true));
    }
  }

  @Test
  void aDistanceOrderWithOtherCriteriaIsCountedExactly() throws IOException {
    // Not a nearest page (a second criterion): every match is sorted, so every match is counted, also past
    // the counting threshold.
    List<Parolee> records = new org.leadssdk.testkit.SyntheticParolees(12).parolees(2_400);
    try (LeadsIndex on = LeadsIndex.builder().inMemory().build()) {
      records.forEach(on::upsert);
      on.refresh();
      GeoPoint centre = GeoPoint.of(37.0, -119.5);
      List<Parolee> located = records.stream()
          .filter(p -> p.currentResidence().map(a -> a.geocode() != null).orElse(false))
          .toList();
      // The synthetic residences are in California: all well inside 600 miles (965 km) of its middle.
      assertThat(located).allSatisfy(p -> {
        GeoPoint home = p.currentResidence().orElseThrow().geocode().point();
        assertThat(org.apache.lucene.util.SloppyMath.haversinMeters(centre.latitude(), centre.longitude(),
            home.latitude(), home.longitude())).isLessThan(900_000);
      });
      long expected = located.stream()
          .filter(p -> p.description().sex() == org.leadssdk.core.Sex.MALE)
          .filter(p -> on.retention().visibility(p, NOW).visible())
          .count();
      assertThat(expected).as("more matches than the threshold").isGreaterThan(QueryEngine.TOTAL_HITS_THRESHOLD);
      Total total = runOn(on, SearchRequest.builder().within(centre, org.leadssdk.geo.Distance.ofMiles(600))
          .sexes(org.leadssdk.core.Sex.MALE).sort(SortOrder.DISTANCE).pageSize(5).build()).total();
      assertThat(total).isEqualTo(new Total(expected, true));
    }
  }

  private static QueryEngine.Page runOn(LeadsIndex on, SearchRequest request) throws IOException {
    IndexSearcher s = on.acquire();
    try {
      return new QueryEngine().run(s, request, NOW, ZONE);
    } finally {
      on.release(s);
    }
  }
}
