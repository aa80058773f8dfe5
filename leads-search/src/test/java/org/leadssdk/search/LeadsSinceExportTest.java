package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.County;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.Sex;
import org.leadssdk.core.Ssn;
import org.leadssdk.core.feed.FeedReport;
import org.leadssdk.core.feed.NdjsonFeedReader;
import org.leadssdk.core.feed.Tombstone;
import org.leadssdk.core.feed.Upsert;
import org.leadssdk.core.json.LeadsJson;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccessDeniedException;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.Outcome;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.Role;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.SyntheticParolees;
import org.leadssdk.testkit.TestAccess;

/** "Since" downloads: only what changed in a query's results after an instant, plus the removals. */
@org.junit.jupiter.api.parallel.Isolated
class LeadsSinceExportTest {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final Instant SINCE = Instant.parse("2026-10-01T00:00:00Z");
  private static final Instant BEFORE = SINCE.minus(Duration.ofDays(3));
  private static final Instant AFTER = SINCE.plus(Duration.ofDays(3));
  private static final GeoPoint SACRAMENTO = GeoPoint.of(38.58, -121.49);
  private static final SearchRequest IN_SACRAMENTO = SearchRequest.builder().county(County.SACRAMENTO).build();

  private final MutableClock clock = MutableClock.at(NOW);
  private InMemoryAuditSink sink;
  private LeadsIndex index;
  private User deputy;
  private LeadsSearch search;

  @BeforeEach
  void open() {
    index = LeadsIndex.builder().inMemory().clock(clock).build();
    sink = new InMemoryAuditSink();
    deputy = TestAccess.deputy(NOW).build();
    search = LeadsSearch.builder()
        .index(index)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, TestAccess.registry(deputy)))
        .redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(sink).build())
        .clock(clock)
        .sourceApplication("synthetic-rms")
        .build();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private AccessContext export() {
    return AccessContext.of(deputy, TestAccess.agency(), Action.EXPORT);
  }

  private static Parolee sacramento(String cdc, Instant sourceTimestamp) {
    return Records.active(cdc, "JOHN", "DOE", SACRAMENTO).sourceTimestamp(sourceTimestamp).build();
  }

  private ChangeManifest since(SearchRequest request, ExportFormat format, ByteArrayOutputStream out) {
    return search.exportSince(export(), request, SINCE, format, out);
  }

  /** What an NDJSON since stream holds: upsert CDC numbers in stream order, and the tombstones. */
  private record Stream(List<Parolee> upserts, List<Tombstone> tombstones) {}

  private static Stream read(byte[] ndjson) {
    List<Parolee> upserts = new ArrayList<>();
    List<Tombstone> tombstones = new ArrayList<>();
    FeedReport report = NdjsonFeedReader.create().read(new ByteArrayInputStream(ndjson), (entry, line) -> {
      switch (entry) {
        case Upsert u -> {
          assertThat(tombstones).as("upserts come before the removals").isEmpty();
          upserts.add(u.record());
        }
        case Tombstone t -> tombstones.add(t);
      }
    });
    assertThat(report.rejected()).as("rejects: %s", report.rejects()).isZero();
    return new Stream(upserts, tombstones);
  }

  @Test
  void writesRecordsChangedAfterTheInstantAndSkipsThoseBefore() {
    index.upsert(sacramento("A10001", BEFORE));
    index.upsert(sacramento("A10002", AFTER));
    index.upsert(sacramento("A10003", SINCE));
    index.upsert(sacramento("A10004", SINCE.plusNanos(1)));
    index.refresh();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChangeManifest manifest = since(IN_SACRAMENTO, ExportFormat.NDJSON, out);

    assertThat(manifest.changedCdcNumbers()).as("strictly after the instant, to the nanosecond")
        .containsExactly("A10002", "A10004");
    assertThat(manifest.removedCdcNumbers()).isEmpty();
    assertThat(read(out.toByteArray()).upserts()).extracting(p -> p.cdcNumber().value())
        .containsExactlyInAnyOrder("A10002", "A10004");
    assertThat(manifest.since()).isEqualTo(SINCE);
    assertThat(manifest.exportedAt()).isEqualTo(NOW);
    assertThat(manifest.format()).isEqualTo(ExportFormat.NDJSON);
  }

  @Test
  void tombstonesAfterTheInstantAreRemovalLinesWithTheirVersionAndTimeAndEarlierOnesAreNot() {
    index.upsert(sacramento("B20001", BEFORE));
    index.remove(CdcNumber.parse("B20001"), 5, AFTER);
    index.upsert(sacramento("B20002", BEFORE.minus(Duration.ofDays(9))));
    index.remove(CdcNumber.parse("B20002"), 3, BEFORE);
    index.remove(CdcNumber.parse("B20003"), 2, AFTER.plusSeconds(60));
    index.refresh();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChangeManifest manifest = since(IN_SACRAMENTO, ExportFormat.NDJSON, out);

    assertThat(manifest.changedCdcNumbers()).isEmpty();
    assertThat(manifest.removedCdcNumbers()).containsExactly("B20001", "B20003");
    assertThat(manifest.removalsByReason()).containsEntry(RemovalReason.DELETED_AT_SOURCE, 2L)
        .containsEntry(RemovalReason.CHANGED_OUT_OF_RESULTS, 0L).containsEntry(RemovalReason.LEFT_RESULTS, 0L);
    assertThat(read(out.toByteArray()).tombstones()).containsExactly(
        new Tombstone(CdcNumber.parse("B20001"), 5, AFTER),
        new Tombstone(CdcNumber.parse("B20003"), 2, AFTER.plusSeconds(60)));
  }

  @Test
  void removalsCrossPagesSortedAndOnce() {
    int n = 2 * ExportRun.PAGE_SIZE + 137;
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String cdc = String.format(java.util.Locale.ROOT, "R%05d", i);
      index.remove(CdcNumber.parse(cdc), 1, AFTER);
      expected.add(cdc);
    }
    index.refresh();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChangeManifest manifest = since(IN_SACRAMENTO, ExportFormat.NDJSON, out);
    assertThat(manifest.removedCdcNumbers()).isEqualTo(expected);
    assertThat(read(out.toByteArray()).tombstones()).extracting(t -> t.cdcNumber().value()).isEqualTo(expected);
  }

  @Test
  void aRecordThatChangedOutOfTheResultsIsARemovalAndAnUnchangedOneOutsideIsNotMentioned() {
    Parolee moved = Records.active("C30001", "JANE", "ROE", SACRAMENTO)
        .addresses(List.of(Records.residence(GeoPoint.of(34.05, -118.24), County.LOS_ANGELES)))
        .sourceTimestamp(AFTER).recordVersion(2).build();
    index.upsert(moved);
    index.upsert(Records.active("C30002", "JIM", "ROE", SACRAMENTO)
        .addresses(List.of(Records.residence(GeoPoint.of(34.05, -118.24), County.LOS_ANGELES)))
        .sourceTimestamp(BEFORE).build());
    index.refresh();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChangeManifest manifest = since(IN_SACRAMENTO, ExportFormat.NDJSON, out);

    assertThat(manifest.removedCdcNumbers()).containsExactly("C30001");
    assertThat(manifest.removalsByReason()).containsEntry(RemovalReason.CHANGED_OUT_OF_RESULTS, 1L);
    Tombstone line = read(out.toByteArray()).tombstones().get(0);
    assertThat(line).as("a live record's removal line carries its own version and time")
        .isEqualTo(new Tombstone(CdcNumber.parse("C30001"), 2, AFTER));
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview, Discharged 'available for one (1) year': a record whose year ran out"
      + " after the instant is a removal, though the source did not change it")
  void aDischargedRecordWhoseYearRanOutSinceIsRemovedAndOneStillVisibleIsNot() {
    Parolee expired = Records.active("D40001", "JOHN", "ROE", SACRAMENTO)
        .supervision(Records.discharged(LocalDate.of(2025, 10, 15))).sourceTimestamp(BEFORE).build();
    Parolee stillVisible = Records.active("D40002", "JACK", "ROE", SACRAMENTO)
        .supervision(Records.discharged(LocalDate.of(2026, 3, 1))).sourceTimestamp(BEFORE).build();
    Parolee longGone = Records.active("D40003", "JILL", "ROE", SACRAMENTO)
        .supervision(Records.discharged(LocalDate.of(2024, 3, 1))).sourceTimestamp(BEFORE).build();
    assertThat(index.retention().visibility(expired, SINCE).visible()).isTrue();
    assertThat(index.retention().visibility(expired, NOW).visible()).isFalse();
    assertThat(index.retention().visibility(longGone, SINCE).visible()).isFalse();
    for (Parolee p : List.of(expired, stillVisible, longGone)) {
      index.upsert(p);
    }
    index.refresh();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChangeManifest manifest = since(IN_SACRAMENTO, ExportFormat.NDJSON, out);

    assertThat(manifest.changedCdcNumbers()).isEmpty();
    assertThat(manifest.removedCdcNumbers()).containsExactly("D40001");
    assertThat(manifest.removalsByReason()).containsEntry(RemovalReason.LEFT_RESULTS, 1L);
    assertThat(read(out.toByteArray()).tombstones()).extracting(t -> t.cdcNumber().value()).containsExactly("D40001");
  }

  @Test
  void anUnchangedRecordThatEntersTheResultsByAgeIsWrittenAndOneThatLeavesIsRemoved() {
    // Turns 40 on 2026-10-15: under 40 at the instant, 40 now.
    Parolee turning40 = withBirth(Records.active("E50001", "AL", "OLD", SACRAMENTO), LocalDate.of(1986, 10, 15));
    // Turns 51 on 2026-10-20: 50 at the instant, 51 now.
    Parolee turning51 = withBirth(Records.active("E50002", "BO", "OLD", SACRAMENTO), LocalDate.of(1975, 10, 20));
    Parolee steady = withBirth(Records.active("E50003", "CY", "OLD", SACRAMENTO), LocalDate.of(1980, 1, 1));
    for (Parolee p : List.of(turning40, turning51, steady)) {
      index.upsert(p);
    }
    index.refresh();

    SearchRequest forties = SearchRequest.builder().age(40, 50).build();
    ChangeManifest manifest = since(forties, ExportFormat.CSV, new ByteArrayOutputStream());

    assertThat(manifest.changedCdcNumbers()).containsExactly("E50001");
    assertThat(manifest.removedCdcNumbers()).containsExactly("E50002");
    assertThat(manifest.removalsByReason()).containsEntry(RemovalReason.LEFT_RESULTS, 1L);
  }

  private static Parolee withBirth(Parolee.Builder b, LocalDate dateOfBirth) {
    Parolee p = b.sourceTimestamp(BEFORE).build();
    PhysicalDescription d = p.description();
    return p.toBuilder().description(new PhysicalDescription(dateOfBirth, d.sex(), d.race(), d.ethnicity(),
        d.heightInches(), d.weightPounds(), d.hair(), d.eyes(), d.skin(), d.birthplace())).build();
  }

  @Test
  void csvCarriesOnlyTheChangedRowsAndTheRemovalsAreInTheManifest() throws Exception {
    index.upsert(sacramento("F60001", AFTER));
    index.upsert(sacramento("F60002", BEFORE));
    index.remove(CdcNumber.parse("F60003"), 4, AFTER);
    index.refresh();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChangeManifest manifest = since(IN_SACRAMENTO, ExportFormat.CSV, out);

    List<String> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(out.toByteArray())) {
      while (it.hasNext()) {
        rows.add(it.next().get("CDC_NUMBER"));
      }
    }
    assertThat(rows).containsExactly("F60001");
    assertThat(manifest.removedCdcNumbers()).containsExactly("F60003");
    assertThat(manifest.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(out.toByteArray())));
    ByteArrayOutputStream removals = new ByteArrayOutputStream();
    manifest.writeRemovalsFile(removals);
    assertThat(removals.toString(StandardCharsets.UTF_8)).isEqualTo("F60003\n");
    var json = LeadsJson.newMapper().readTree(manifest.toJson());
    assertThat(json.get("since").asText()).isEqualTo("2026-10-01T00:00:00Z");
    assertThat(json.get("removedCdcNumbers").get(0).asText()).isEqualTo("F60003");
    assertThat(json.get("removalsByReason").get("DELETED_AT_SOURCE").asLong()).isEqualTo(1);
  }

  @Test
  void theChangedRecordsAreRedactedForTheRole() {
    Parolee withSsn = sacramento("G70001", AFTER).toBuilder()
        .identifiers(new org.leadssdk.core.Identifiers(null, null, Ssn.parse("287654321"), null))
        .build();
    index.upsert(withSsn);
    index.refresh();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    since(IN_SACRAMENTO, ExportFormat.NDJSON, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("G70001").doesNotContain("287654321");
    assertThat(read(out.toByteArray()).upserts().get(0).identifiers().ssn()).isNull();
  }

  @Test
  void theAuditEventNamesTheInstantAndIsWrittenBeforeAnyByte() {
    index.upsert(sacramento("H80001", AFTER));
    index.refresh();
    long before = sink.records().size();
    ChangeManifest manifest = since(IN_SACRAMENTO, ExportFormat.NDJSON, new ByteArrayOutputStream());
    assertThat(sink.records()).hasSize((int) before + 1);
    AuditEvent event = sink.records().get(sink.records().size() - 1).event();
    assertThat(event.action()).isEqualTo(Action.EXPORT);
    assertThat(event.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(event.query()).isEqualTo(IN_SACRAMENTO.describe());
    assertThat(event.detail()).isEqualTo("export NDJSON since 2026-10-01T00:00:00Z started");
    assertThat(manifest.changedCount()).isOne();
  }

  @Test
  void aUserWithoutDataDownloadIsDeniedAndAudited() {
    User plain = TestAccess.deputy(NOW).id("deputy09").roles(List.of(Role.LEADS_USER)).build();
    LeadsSearch strict = LeadsSearch.builder().index(index)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, TestAccess.registry(plain)))
        .redactor(Redactor.create(RedactionProfile.defaults())).auditTrail(AuditTrail.builder(sink).build())
        .clock(clock).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> strict.exportSince(AccessContext.of(plain, TestAccess.agency(), Action.EXPORT),
        IN_SACRAMENTO, SINCE, ExportFormat.NDJSON, out)).isInstanceOf(AccessDeniedException.class);
    assertThat(out.size()).isZero();
    assertThat(sink.records().get(sink.records().size() - 1).event().outcome()).isEqualTo(Outcome.DENY);
  }

  /** The download holds the criteria three times; past the JVM's clause limit it is refused, not failed. */
  @Test
  void aRequestPastTheClauseLimitIsRefusedWithTheReasonBeforeTheFirstByte() {
    index.upsert(sacramento("D40001", AFTER));
    index.refresh();
    int limit = org.apache.lucene.search.IndexSearcher.getMaxClauseCount();
    org.apache.lucene.search.IndexSearcher.setMaxClauseCount(2);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThatThrownBy(() -> since(SearchRequest.builder().term("john").build(), ExportFormat.NDJSON, out))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("criteria: expand to more than 2 clauses");
      assertThat(out.size()).isZero();
    } finally {
      org.apache.lucene.search.IndexSearcher.setMaxClauseCount(limit);
    }
  }

  @Test
  void rejectsMapFormatsAnInstantAfterNowAndAPageCursor() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> search.exportSince(export(), IN_SACRAMENTO, SINCE, ExportFormat.GEOJSON, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("format: GEOJSON cannot carry removals; a since download is CSV or NDJSON");
    assertThatThrownBy(() -> search.exportSince(export(), IN_SACRAMENTO, NOW.plusSeconds(1), ExportFormat.CSV, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("since: 2026-11-01T17:00:01Z is after now (2026-11-01T17:00:00Z); a since download reports"
            + " changes up to now");
    SearchRequest paged = SearchRequest.builder().after(PageCursor.of(SortOrder.NAME, "DOE JOHN", "A10001")).build();
    assertThatThrownBy(() -> search.exportSince(export(), paged, SINCE, ExportFormat.CSV, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("request.after");
    assertThat(out.size()).isZero();
    assertThat(sink.records()).isEmpty();
  }

  @Test
  void rejectsAManifestThatListsARecordAsBothChangedAndRemoved() {
    Map<RemovalReason, Long> one = new java.util.EnumMap<>(Map.of(RemovalReason.DELETED_AT_SOURCE, 1L,
        RemovalReason.CHANGED_OUT_OF_RESULTS, 0L, RemovalReason.LEFT_RESULTS, 0L));
    assertThatThrownBy(() -> new ChangeManifest(ExportFormat.CSV, "", SINCE, NOW, 1, 1, one, "0".repeat(64),
        List.of("AB1234"), List.of("AB1234")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("removedCdcNumbers: \"AB****\" is also a changed record; a record is either written or removed");
    assertThatThrownBy(() -> new ChangeManifest(ExportFormat.CSV, "", SINCE, NOW, 0, 2, one, "0".repeat(64),
        List.of(), List.of("AB1234", "AB1235")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("removalsByReason: sums to 1 but removedCount is 2");
    assertThatThrownBy(() -> new ChangeManifest(ExportFormat.KML, "", SINCE, NOW, 0, 1, one, "0".repeat(64),
        List.of(), List.of("AB1234")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KML cannot carry removals");
  }

  /**
   * Seeded property: a county's copy of a query's results at the instant (the oracle replays each record's
   * history: version 1 before the instant; some changed, some removed after it), updated with the since
   * download, equals the results now, and the download lists nothing the oracle says stayed as it was.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void aCopyAtTheInstantUpdatedWithTheDownloadEqualsTheResultsNow(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<Parolee> firsts = gen.parolees(600);
    Map<String, Parolee> atSince = new TreeMap<>();
    Map<String, Parolee> nowRecords = new TreeMap<>();
    Set<String> removedBySource = new TreeSet<>();
    for (Parolee p : firsts) {
      String cdc = p.cdcNumber().value();
      Instant t1 = SINCE.minus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 90)));
      Parolee v1 = p.toBuilder().recordVersion(1).sourceTimestamp(t1).build();
      atSince.put(cdc, v1);
      Instant t2 = SINCE.plus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 30)));
      int fate = random.nextInt(10);
      if (fate < 6) {
        index.upsert(v1);
        nowRecords.put(cdc, v1);
      } else if (fate < 9) {
        Parolee other = gen.next();
        Parolee v2 = other.toBuilder().cdcNumber(p.cdcNumber()).recordVersion(2).sourceTimestamp(t2).build();
        index.upsert(v1);
        index.upsert(v2);
        nowRecords.put(cdc, v2);
      } else {
        index.upsert(v1);
        index.remove(p.cdcNumber(), 2, t2);
        removedBySource.add(cdc);
      }
    }
    index.refresh();
    Set<ParoleStatus> statuses = EnumSet.noneOf(ParoleStatus.class);
    for (ParoleStatus s : ParoleStatus.values()) {
      if (random.nextInt(3) == 0) {
        statuses.add(s);
      }
    }
    Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    SearchRequest request = SearchRequest.builder().statuses(statuses).sexes(sex).build();
    Predicate<Parolee> matches = p -> (statuses.isEmpty() || statuses.contains(p.status()))
        && p.description().sex() == sex;

    Set<String> copy = new TreeSet<>();
    atSince.forEach((cdc, p) -> {
      if (matches.test(p) && index.retention().visibility(p, SINCE).visible()) {
        copy.add(cdc);
      }
    });
    Set<String> expectedNow = new TreeSet<>();
    nowRecords.forEach((cdc, p) -> {
      if (matches.test(p) && index.retention().visibility(p, NOW).visible()) {
        expectedNow.add(cdc);
      }
    });

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChangeManifest manifest = search.exportSince(export(), request, SINCE, ExportFormat.NDJSON, out);
    Stream stream = read(out.toByteArray());

    String why = "seed " + seed + ", " + request.describe();
    Set<String> updated = new TreeSet<>(copy);
    stream.tombstones().forEach(t -> updated.remove(t.cdcNumber().value()));
    Map<String, Parolee> written = new HashMap<>();
    stream.upserts().forEach(p -> {
      updated.add(p.cdcNumber().value());
      written.put(p.cdcNumber().value(), p);
    });
    assertThat(updated).as(why).isEqualTo(expectedNow);
    assertThat(manifest.changedCdcNumbers()).as(why).isEqualTo(new TreeSet<>(written.keySet()).stream().toList());
    assertThat(manifest.removedCdcNumbers()).as(why)
        .isEqualTo(stream.tombstones().stream().map(t -> t.cdcNumber().value()).toList());
    for (Map.Entry<String, Parolee> w : written.entrySet()) {
      Parolee current = Objects.requireNonNull(nowRecords.get(w.getKey()));
      assertThat(w.getValue().recordVersion()).as(why).isEqualTo(current.recordVersion());
      boolean unchangedAndHeld = current.recordVersion() == 1 && copy.contains(w.getKey());
      assertThat(unchangedAndHeld).as("%s: %s is held unchanged, not to be written", why, w.getKey()).isFalse();
    }
    for (String cdc : manifest.removedCdcNumbers()) {
      boolean stayed = copy.contains(cdc) && expectedNow.contains(cdc);
      assertThat(stayed).as("%s: %s stayed in the results", why, cdc).isFalse();
    }
    assertThat(manifest.removalsByReason().get(RemovalReason.DELETED_AT_SOURCE)).as(why)
        .isEqualTo(removedBySource.size());
    assertThat(copy).as("%s: the fixture exercises every path", why).isNotEmpty();
  }
}
