package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Sex;
import org.leadssdk.core.feed.FeedReport;
import org.leadssdk.core.feed.NdjsonFeedReader;
import org.leadssdk.core.feed.Upsert;
import org.leadssdk.core.json.LeadsJson;
import org.leadssdk.geo.KmlWriter;
import org.leadssdk.geo.MapFeature;
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
import org.leadssdk.policy.audit.AuditFailedException;
import org.leadssdk.policy.audit.AuditRecord;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.SyntheticParolees;
import org.leadssdk.testkit.TestAccess;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadsExportTest {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final int RECORDS = 2500;

  private final MutableClock clock = MutableClock.at(NOW);
  private InMemoryAuditSink sink;
  private final Map<String, Parolee> source = new LinkedHashMap<>();
  private LeadsIndex index;
  private User deputy;
  private User ssnClerk;
  private LeadsSearch search;

  /** One index for the class: the tests only read it. */
  @BeforeAll
  void open() {
    index = LeadsIndex.builder().inMemory().clock(clock).build();
    for (Parolee p : new SyntheticParolees(42).parolees(RECORDS)) {
      index.upsert(p);
      source.put(p.cdcNumber().value(), p);
    }
    index.refresh();
  }

  @BeforeEach
  void service() {
    sink = new InMemoryAuditSink();
    deputy = TestAccess.deputy(NOW).build();
    ssnClerk = TestAccess.deputy(NOW).id("clerk02").addRole(Role.SSN_ACCESS).build();
    search = service(deputy, ssnClerk);
  }

  @AfterAll
  void close() {
    index.close();
  }

  private LeadsSearch service(User... users) {
    return LeadsSearch.builder()
        .index(index)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, TestAccess.registry(users)))
        .redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(sink).build())
        .clock(clock)
        .sourceApplication("synthetic-rms")
        .build();
  }

  private static AccessContext export(User user) {
    return AccessContext.of(user, TestAccess.agency(), Action.EXPORT);
  }

  /** The oracle: every source record retention shows at NOW that passes the filter, by CDC number. */
  private List<String> bruteForce(Predicate<Parolee> filter) {
    return source.values().stream()
        .filter(p -> index.retention().visibility(p, NOW).visible())
        .filter(filter)
        .map(p -> p.cdcNumber().value())
        .sorted()
        .toList();
  }

  private long hiddenByRetention() {
    return source.values().stream().filter(p -> !index.retention().visibility(p, NOW).visible()).count();
  }

  private static boolean located(Parolee p) {
    return MapFeature.fromParolee(p).isPresent();
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void csvHoldsEveryVisibleMatchAcrossPagesAndReconcilesWithTheManifest() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportManifest manifest = search.export(export(deputy), SearchRequest.builder().build(), ExportFormat.CSV, out);

    List<String> expected = bruteForce(p -> true);
    assertThat(expected.size()).as("the export must cross pages of 1,000").isGreaterThan(2 * ExportRun.PAGE_SIZE);
    assertThat(manifest.cdcNumbers()).isEqualTo(expected);
    assertThat(manifest.recordCount()).isEqualTo(expected.size());
    assertThat(manifest.withoutLocation()).isZero();
    assertThat(manifest.omittedByPolicy()).isEqualTo(hiddenByRetention());
    assertThat(manifest.exportedAt()).isEqualTo(NOW);
    assertThat(manifest.sha256()).isEqualTo(sha256(out.toByteArray()));

    List<String> cdcs = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows = new CsvMapper()
        .readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(out.toByteArray())) {
      while (rows.hasNext()) {
        cdcs.add(rows.next().get("CDC_NUMBER"));
      }
    }
    assertThat(cdcs).hasSize((int) manifest.recordCount());
    assertThat(cdcs.stream().sorted().toList()).isEqualTo(manifest.cdcNumbers());
  }

  @Test
  void ndjsonParsesBackWithTheFeedReaderToTheFilteredVisibleRecords() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SearchRequest active = SearchRequest.builder().statuses(ParoleStatus.ACTIVE).build();
    ExportManifest manifest = search.export(export(deputy), active, ExportFormat.NDJSON, out);

    assertThat(manifest.cdcNumbers()).isEqualTo(bruteForce(p -> p.status() == ParoleStatus.ACTIVE));
    assertThat(manifest.query()).isEqualTo(active.describe());
    List<String> read = new ArrayList<>();
    FeedReport report = NdjsonFeedReader.create().read(new ByteArrayInputStream(out.toByteArray()),
        (entry, line) -> read.add(((Upsert) entry).record().cdcNumber().value()));
    assertThat(report.rejected()).as("rejects: %s", report.rejects()).isZero();
    assertThat(read).hasSize((int) manifest.recordCount());
    assertThat(read.stream().sorted().toList()).isEqualTo(manifest.cdcNumbers());
    assertThat(manifest.sha256()).isEqualTo(sha256(out.toByteArray()));
  }

  @Test
  void geoJsonWritesTheLocatedRecordsAndCountsTheOthersAsWithoutLocation() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportManifest manifest = search.export(export(deputy), SearchRequest.builder().build(), ExportFormat.GEOJSON, out);

    List<String> visible = bruteForce(p -> true);
    List<String> locatedOnes = bruteForce(LeadsExportTest::located);
    assertThat(manifest.cdcNumbers()).isEqualTo(locatedOnes);
    assertThat(manifest.withoutLocation()).isEqualTo(visible.size() - locatedOnes.size()).isPositive();
    assertThat(manifest.matched()).isEqualTo(visible.size());

    JsonNode collection = new ObjectMapper().readTree(out.toByteArray());
    assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
    List<String> ids = new ArrayList<>();
    collection.get("features").forEach(f -> ids.add(f.get("id").asText()));
    assertThat(ids).hasSize((int) manifest.recordCount());
    assertThat(ids.stream().sorted().toList()).isEqualTo(manifest.cdcNumbers());
    assertThat(manifest.sha256()).isEqualTo(sha256(out.toByteArray()));
  }

  @Test
  void kmlParsesAsXmlWithOnePlacemarkPerExportedRecord() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportManifest manifest = search.export(export(deputy), SearchRequest.builder().build(), ExportFormat.KML, out);

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document kml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    NodeList placemarks = kml.getElementsByTagNameNS(KmlWriter.NAMESPACE, "Placemark");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < placemarks.getLength(); i++) {
      NodeList data = ((Element) placemarks.item(i)).getElementsByTagNameNS(KmlWriter.NAMESPACE, "Data");
      for (int j = 0; j < data.getLength(); j++) {
        Element d = (Element) data.item(j);
        if (d.getAttribute("name").equals("id")) {
          ids.add(d.getTextContent().strip());
        }
      }
    }
    assertThat(placemarks.getLength()).isEqualTo(manifest.recordCount());
    assertThat(ids.stream().sorted().toList()).isEqualTo(manifest.cdcNumbers()).isEqualTo(bruteForce(LeadsExportTest::located));
    assertThat(manifest.withoutLocation()).isEqualTo(bruteForce(p -> true).size() - manifest.recordCount());
    assertThat(manifest.sha256()).isEqualTo(sha256(out.toByteArray()));
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void theSsnNeverLeavesForARoleWithoutTheGrant(ExportFormat format) {
    List<String> ssns = source.values().stream()
        .filter(p -> index.retention().visibility(p, NOW).visible())
        .map(p -> p.identifiers().ssn())
        .filter(Objects::nonNull)
        .map(ssn -> ssn.value())
        .toList();
    assertThat(ssns).as("the fixture must hold SSNs").isNotEmpty();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    search.export(export(deputy), SearchRequest.builder().build(), format, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(ssns).noneSatisfy(ssn -> assertThat(text).contains(ssn));
  }

  @Test
  void theSsnIsExportedForARoleWithTheGrant() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    search.export(export(ssnClerk), SearchRequest.builder().build(), ExportFormat.CSV, out);
    long withSsn = 0;
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(out.toByteArray())) {
      while (rows.hasNext()) {
        if (!rows.next().get("SSN").isEmpty()) {
          withSsn++;
        }
      }
    }
    assertThat(withSsn).as("rows with an SSN for a user with SSN_ACCESS").isPositive();
  }

  @Test
  void theAuditEventIsWrittenBeforeTheFirstByteAndTheStreamIsFlushedNotClosed() {
    long before = sink.records().size();
    List<Long> auditedAtFirstByte = new ArrayList<>();
    boolean[] closed = {false};
    boolean[] flushed = {false};
    OutputStream out = new OutputStream() {
      @Override public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override public void write(byte[] b, int off, int len) {
        if (auditedAtFirstByte.isEmpty()) {
          auditedAtFirstByte.add((long) sink.records().size());
        }
      }

      @Override public void flush() {
        flushed[0] = true;
      }

      @Override public void close() {
        closed[0] = true;
      }
    };
    SearchRequest request = SearchRequest.builder().statuses(ParoleStatus.PRCS).build();
    ExportManifest manifest = search.export(export(deputy), request, ExportFormat.CSV, out);

    assertThat(auditedAtFirstByte).containsExactly(before + 1);
    assertThat(sink.records()).hasSize((int) before + 1);
    AuditEvent event = sink.records().get(sink.records().size() - 1).event();
    assertThat(event.action()).isEqualTo(Action.EXPORT);
    assertThat(event.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(event.query()).isEqualTo(request.describe());
    assertThat(event.detail()).isEqualTo("export CSV started");
    assertThat(event.sourceApplication()).isEqualTo("synthetic-rms");
    assertThat(flushed[0]).isTrue();
    assertThat(closed[0]).as("the caller's stream stays open").isFalse();
    assertThat(manifest.recordCount()).isEqualTo(bruteForce(p -> p.status() == ParoleStatus.PRCS).size());
  }

  @Test
  void aUserWithoutDataDownloadIsDeniedAuditedAndNothingIsWritten() {
    User searcher = TestAccess.deputy(NOW).id("deputy09").roles(List.of(Role.LEADS_USER)).build();
    LeadsSearch strict = service(searcher);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> strict.export(export(searcher), SearchRequest.builder().build(), ExportFormat.CSV, out))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(out.size()).isZero();
    AuditRecord audit = sink.records().get(sink.records().size() - 1);
    assertThat(audit.event().action()).isEqualTo(Action.EXPORT);
    assertThat(audit.event().outcome()).isEqualTo(Outcome.DENY);
  }

  @Test
  void aFailingAuditSinkWritesNothing() {
    sink.failing(true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> search.export(export(deputy), SearchRequest.builder().build(), ExportFormat.NDJSON, out))
        .isInstanceOf(AuditFailedException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void anExportThatFailsMidwayIsAuditedAsFailed() {
    OutputStream breaking = new OutputStream() {
      private long bytes;

      @Override public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override public void write(byte[] b, int off, int len) throws IOException {
        bytes += len;
        if (bytes > 200_000) {
          throw new IOException("disk full");
        }
      }
    };
    assertThatThrownBy(() -> search.export(export(deputy), SearchRequest.builder().build(), ExportFormat.NDJSON, breaking))
        .hasRootCauseMessage("disk full");
    List<AuditRecord> records = sink.records();
    AuditEvent started = records.get(records.size() - 2).event();
    AuditEvent failed = records.get(records.size() - 1).event();
    assertThat(started.detail()).isEqualTo("export NDJSON started");
    assertThat(failed.action()).isEqualTo(Action.EXPORT);
    assertThat(failed.detail()).startsWith("export NDJSON failed after ").contains("FeedIoException");
    assertThat(failed.resultCount()).isNotNull().isPositive().isLessThan(RECORDS);
  }

  @Test
  void rejectsARequestWithAPageCursor() {
    SearchResult first = search.search(AccessContext.of(deputy, TestAccess.agency(), Action.SEARCH),
        SearchRequest.builder().pageSize(5).build());
    SearchRequest paged = SearchRequest.builder().after(Objects.requireNonNull(first.next())).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> search.export(export(deputy), paged, ExportFormat.CSV, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("request.after");
    assertThatThrownBy(() -> search.export(AccessContext.of(deputy, TestAccess.agency(), Action.SEARCH),
        SearchRequest.builder().build(), ExportFormat.CSV, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("context.action must be EXPORT");
    assertThat(out.size()).isZero();
  }

  @Test
  void theIndexFileAndJsonCarryTheManifest() throws Exception {
    ExportManifest manifest = search.export(export(deputy), SearchRequest.builder().statuses(ParoleStatus.PRCS).build(),
        ExportFormat.CSV, new ByteArrayOutputStream());
    ByteArrayOutputStream index = new ByteArrayOutputStream();
    manifest.writeIndexFile(index);
    String text = index.toString(StandardCharsets.UTF_8);
    assertThat(text.lines().toList()).isEqualTo(manifest.cdcNumbers());
    assertThat(text).endsWith("\n");

    JsonNode json = LeadsJson.newMapper().readTree(manifest.toJson());
    assertThat(json.get("format").asText()).isEqualTo("CSV");
    assertThat(json.get("exportedAt").asText()).isEqualTo("2026-11-01T17:00:00Z");
    assertThat(json.get("recordCount").asLong()).isEqualTo(manifest.recordCount());
    assertThat(json.get("sha256").asText()).isEqualTo(manifest.sha256());
    assertThat(json.get("cdcNumbers")).hasSize((int) manifest.recordCount());
  }

  @Test
  void rejectsAManifestWhoseIndexDoesNotMatchItsCount() {
    assertThatThrownBy(() -> new ExportManifest(ExportFormat.CSV, "", NOW, 2, 0, 0, "0".repeat(64), List.of("AB1234")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cdcNumbers: holds 1 numbers but recordCount is 2");
    assertThatThrownBy(() -> new ExportManifest(ExportFormat.CSV, "", NOW, 0, 0, 0, "XYZ", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sha256")
        .hasMessageContaining("64 lowercase hex digits");
  }

  @Test
  void theWholeExportIsEvaluatedAtOneInstantEvenIfTheClockMovesMidway() {
    long hiddenLater = source.values().stream()
        .filter(p -> !index.retention().visibility(p, NOW.plus(Duration.ofDays(400))).visible())
        .count();
    assertThat(hiddenLater).as("a clock 400 days on must hide more records").isGreaterThan(hiddenByRetention());
    OutputStream movesTheClock = new OutputStream() {
      @Override public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override public void write(byte[] b, int off, int len) {
        clock.set(NOW.plus(Duration.ofDays(400)));
      }
    };
    try {
      ExportManifest manifest = search.export(export(deputy), SearchRequest.builder().build(), ExportFormat.NDJSON,
          movesTheClock);
      assertThat(manifest.exportedAt()).isEqualTo(NOW);
      assertThat(manifest.cdcNumbers()).isEqualTo(bruteForce(p -> true));
    } finally {
      clock.set(NOW);
    }
  }

  /** Seeded property: random status and sex filters, checked against the brute-force oracle. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void theManifestMatchesTheOracleForRandomFilters(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<ParoleStatus> statuses = EnumSet.noneOf(ParoleStatus.class);
    for (ParoleStatus s : ParoleStatus.values()) {
      if (random.nextInt(3) == 0) {
        statuses.add(s);
      }
    }
    Set<Sex> sexes = EnumSet.noneOf(Sex.class);
    for (Sex s : Sex.values()) {
      if (random.nextInt(2) == 0) {
        sexes.add(s);
      }
    }
    ExportFormat format = ExportFormat.values()[random.nextInt(ExportFormat.values().length)];
    SearchRequest request = SearchRequest.builder()
        .statuses(statuses)
        .sexes(sexes.toArray(Sex[]::new))
        .build();
    ExportManifest manifest = search.export(export(deputy), request, format, new ByteArrayOutputStream());

    Predicate<Parolee> matches = p -> (statuses.isEmpty() || statuses.contains(p.status()))
        && (sexes.isEmpty() || sexes.contains(p.description().sex()));
    Predicate<Parolee> written = format.needsLocation() ? matches.and(LeadsExportTest::located) : matches;
    assertThat(manifest.cdcNumbers()).as("seed %d, %s, %s", seed, format, request.describe())
        .isEqualTo(bruteForce(written));
    assertThat(manifest.matched()).as("seed %d, %s, %s", seed, format, request.describe())
        .isEqualTo(bruteForce(matches).size());
  }
}
