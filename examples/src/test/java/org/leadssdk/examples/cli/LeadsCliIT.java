package org.leadssdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadssdk.testkit.FeedFaults;
import org.leadssdk.testkit.SyntheticFeeds;

/** Runs the {@code leads} command line end to end in process, on a synthetic feed in a temporary folder. */
class LeadsCliIT {
  private static final String AT = "2026-11-01T17:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;
  private Path config;
  private Path feed;
  private Path index;

  private record Run(int code, String out, String err) {}

  private static Run leads(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LeadsCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void setUp() {
    config = work.resolve("leads-config.json");
    feed = work.resolve("feed.ndjson");
    index = work.resolve("index");
  }

  private void generateAndIngest(int records) {
    assertThat(leads("config", "init", "--out", config.toString()).code()).isZero();
    Run generated = leads("generate", "--records", Integer.toString(records), "--seed", "7", "--out", feed.toString());
    assertThat(generated.code()).isZero();
    assertThat(generated.out()).contains("wrote " + feed + ": " + records + " synthetic records, seed 7");
    Run ingested = leads("ingest", "--index", index.toString(), "--feed", feed.toString());
    assertThat(ingested.code()).as(ingested.err()).isZero();
    assertThat(ingested.out()).contains("accepted " + records + " (applied " + records + ", stale 0), rejected 0");
  }

  private List<JsonNode> feedRecords() throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(feed, StandardCharsets.UTF_8)) {
      records.add(JSON.readTree(line));
    }
    return records;
  }

  private Run search(String... more) {
    List<String> args = new ArrayList<>(List.of("search", "--index", index.toString(), "--config", config.toString(),
        "--at", AT));
    args.addAll(List.of(more));
    return leads(args.toArray(String[]::new));
  }

  @Test
  void generateIngestAndSearchReturnsTheActiveRecordsOfTheFeedAsJson() throws IOException {
    generateAndIngest(300);
    Set<String> active = feedRecords().stream()
        .filter(r -> r.path("supervision").path("status").asText().equals("ACTIVE"))
        .map(r -> r.path("cdcNumber").asText()).collect(Collectors.toCollection(TreeSet::new));

    Run run = search("--user", "deputy01", "--status", "ACTIVE", "--page-size", "1000", "--exact-total",
        "--format", "json");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.path("total").asLong()).isEqualTo(active.size());
    assertThat(result.path("exact").asBoolean()).isTrue();
    Set<String> found = new TreeSet<>();
    result.path("hits").forEach(h -> found.add(h.path("cdcNumber").asText()));
    assertThat(found).isEqualTo(active);
    result.path("hits").forEach(h -> assertThat(h.path("record").path("supervision").path("status").asText())
        .isEqualTo("ACTIVE"));
  }

  @Test
  void searchByLastNameFindsTheRecordAndShowsWhichFieldMatched() throws IOException {
    generateAndIngest(200);
    JsonNode sample = feedRecords().stream()
        .filter(r -> r.path("supervision").path("status").asText().equals("ACTIVE")).findFirst().orElseThrow();
    String last = sample.path("name").path("last").asText();

    Run run = search("--user", "deputy01", "--last-name", last, "--page-size", "50", "--format", "json");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode result = JSON.readTree(run.out());
    List<JsonNode> hits = new ArrayList<>();
    result.path("hits").forEach(hits::add);
    assertThat(hits).anySatisfy(h -> {
      assertThat(h.path("cdcNumber").asText()).isEqualTo(sample.path("cdcNumber").asText());
      assertThat(h.path("matched").toString()).contains("name.last");
    });
  }

  @Test
  void radiusSearchAsTableListsHitsNearestFirstAndAsGeoJsonWritesPoints() {
    generateAndIngest(300);

    Run table = search("--user", "deputy01", "--near", "38.5767,-121.4934", "--radius", "20mi", "--page-size", "100");
    Run geoJson = search("--user", "deputy01", "--near", "38.5767,-121.4934", "--radius", "20mi", "--format",
        "geojson");
    Run kml = search("--user", "deputy01", "--near", "38.5767,-121.4934", "--radius", "20mi", "--format", "kml");

    assertThat(table.code()).as(table.err()).isZero();
    List<Double> miles = table.out().lines().skip(1).takeWhile(l -> !l.contains(" records; "))
        .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).toList();
    assertThat(miles).isNotEmpty().isSorted().allSatisfy(m -> assertThat(m).isLessThanOrEqualTo(20.0));
    assertThat(geoJson.out()).contains("\"FeatureCollection\"").contains("\"Point\"");
    assertThat(kml.out()).contains("<Placemark");
  }

  @Test
  void aSecondIngestOfTheSameFeedNameResumesAfterTheCheckpoint() throws IOException {
    assertThat(leads("generate", "--records", "200", "--seed", "3", "--out", feed.toString()).code()).isZero();
    List<String> lines = Files.readAllLines(feed, StandardCharsets.UTF_8);
    Path firstHalf = work.resolve("first-half.ndjson");
    Files.write(firstHalf, lines.subList(0, 120), StandardCharsets.UTF_8);
    Run first = leads("ingest", "--index", index.toString(), "--feed", firstHalf.toString(), "--feed-name", "daily",
        "--commit-every", "25");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("committed at daily:120; the index holds 120 records");

    Run resumed = leads("ingest", "--index", index.toString(), "--feed", feed.toString(), "--feed-name", "daily");

    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.out())
        .contains("resuming feed daily after line 120 (the index's checkpoint)")
        .contains("read 80 lines (skipped 120 before the checkpoint): accepted 80 (applied 80, stale 0), rejected 0")
        .contains("committed at daily:200; the index holds 200 records");
  }

  @Test
  void aFaultyFeedWritesEveryRejectWithLinePathMaskedValueAndRule() throws IOException {
    List<FeedFaults.Injected> injected = SyntheticFeeds.writeNdjsonWithFaults(feed, 11, 150, 9);
    Path rejects = work.resolve("rejects.csv");

    Run run = leads("ingest", "--index", index.toString(), "--feed", feed.toString(), "--rejects", rejects.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("accepted 141 (applied 141, stale 0), rejected 9");
    List<String> report = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertThat(report.get(0)).isEqualTo("line,path,maskedValue,rule");
    Set<Long> reportedLines = report.stream().skip(1).map(l -> Long.parseLong(l.substring(0, l.indexOf(','))))
        .collect(Collectors.toSet());
    assertThat(reportedLines).containsExactlyInAnyOrderElementsOf(
        injected.stream().map(FeedFaults.Injected::lineNumber).toList());
    for (FeedFaults.Injected fault : injected) {
      assertThat(report).as("line %d", fault.lineNumber())
          .anySatisfy(l -> assertThat(l).startsWith(fault.lineNumber() + ",\"" + fault.expectedPath()));
    }
    assertThat(report.stream().skip(1)).allSatisfy(l -> assertThat(l.split("\",\"", -1)).hasSize(3));
  }

  @Test
  void exportWritesEveryMatchAndAManifestWhoseCountAndChecksumReconcile() throws Exception {
    generateAndIngest(300);
    Path csv = work.resolve("out/active.csv");

    Run run = leads("export", "--index", index.toString(), "--config", config.toString(), "--user", "deputy01",
        "--at", AT, "--status", "ACTIVE", "--format", "csv", "--out", csv.toString());

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode manifest = JSON.readTree(Files.readString(work.resolve("out/active.csv.manifest.json")));
    long rows = Files.readAllLines(csv, StandardCharsets.UTF_8).size() - 1L;
    assertThat(manifest.path("recordCount").asLong()).isEqualTo(rows).isGreaterThan(0);
    assertThat(manifest.path("cdcNumbers").size()).isEqualTo((int) rows);
    assertThat(manifest.path("format").asText()).isEqualTo("CSV");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv)));
    assertThat(manifest.path("sha256").asText()).isEqualTo(sha);
    JsonNode searched = JSON.readTree(search("--user", "deputy01", "--status", "ACTIVE", "--exact-total",
        "--format", "json").out());
    assertThat(searched.path("total").asLong()).isEqualTo(rows);
    assertThat(run.out()).contains("exported " + rows + " records to " + csv);
  }

  @Test
  void exportByAUserWithoutTheDownloadRoleIsDeniedAndWritesNothing() {
    generateAndIngest(100);
    Path csv = work.resolve("denied.csv");

    Run run = leads("export", "--index", index.toString(), "--config", config.toString(), "--user", "viewer02",
        "--at", AT, "--format", "csv", "--out", csv.toString());

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_DENIED);
    assertThat(run.err()).startsWith("leads export: denied: ROLE_MISSING").hasLineCount(1);
    assertThat(csv).doesNotExist();
    assertThat(work.resolve("denied.csv.partial")).doesNotExist();
  }

  @Test
  void reconcilePrintsMissingAndExtraAndFailsWhenOutOfSync() throws IOException {
    generateAndIngest(100);
    List<String> cdcs = new ArrayList<>(feedRecords().stream().map(r -> r.path("cdcNumber").asText()).toList());
    Path inSync = work.resolve("source.txt");
    Files.write(inSync, Stream.concat(Stream.of("# DAPO list"), cdcs.stream()).toList(), StandardCharsets.UTF_8);
    String dropped = cdcs.remove(0);
    cdcs.add("ZZ9999");
    Path outOfSync = work.resolve("source2.txt");
    Files.write(outOfSync, cdcs, StandardCharsets.UTF_8);

    Run same = leads("reconcile", "--index", index.toString(), "--source", inSync.toString());
    Run differs = leads("reconcile", "--index", index.toString(), "--source", outOfSync.toString());

    assertThat(same.code()).isZero();
    assertThat(same.out()).contains("missing from the index 0, not in the source 0").contains("in sync");
    assertThat(differs.code()).isEqualTo(LeadsCli.EXIT_CHECK_FAILED);
    assertThat(differs.out()).contains("missing from the index 1, not in the source 1")
        .contains("missing ZZ9999").contains("extra   " + dropped).contains("out of sync");
  }

  @Test
  void reconcileNamesTheLineOfAMalformedCdcNumber() throws IOException {
    generateAndIngest(20);
    Path source = work.resolve("bad.txt");
    Files.write(source, List.of("AB1234", "NOT-A-CDC"), StandardCharsets.UTF_8);

    Run run = leads("reconcile", "--index", index.toString(), "--source", source.toString());

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_INPUT);
    assertThat(run.err()).contains("line 2").contains("cdcNumber").doesNotContain("NOT-A-CDC").hasLineCount(1);
  }

  @Test
  @DisplayName("DOM 53060.7 purpose: a purpose citing the division's case number is permitted (exit 0)")
  void alprCheckPermitsAPurposeCitingTheCaseNumber() {
    assertThat(leads("config", "init", "--out", config.toString()).code()).isZero();

    Run run = leads("alpr-check", "--config", config.toString(), "--user", "agent07", "--at", AT, "--plate",
        "7ABC123", "--purpose", "Vehicle theft ring surveillance DAPO-2026-000123");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("PERMITTED\n");
    assertThat(work.resolve("audit.jsonl")).isNotEmptyFile();
  }

  @Test
  @DisplayName("DOM 53060.7 purpose: \"investigation\" alone is denied with each reason (exit 3)")
  void alprCheckDeniesInvestigationAloneWithItsReasons() {
    assertThat(leads("config", "init", "--out", config.toString()).code()).isZero();

    Run run = leads("alpr-check", "--config", config.toString(), "--user", "agent07", "--at", AT, "--plate",
        "7ABC123", "--purpose", "investigation");
    Run noProfile = leads("alpr-check", "--config", config.toString(), "--user", "deputy01", "--at", AT, "--plate",
        "7ABC123", "--purpose", "Vehicle theft ring surveillance DAPO-2026-000123");

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_DENIED);
    assertThat(run.out()).startsWith("DENIED\n").contains("PURPOSE_NOT_SPECIFIC").contains("(DOM 53060.7: ");
    assertThat(noProfile.code()).isEqualTo(LeadsCli.EXIT_DENIED);
    assertThat(noProfile.out()).startsWith("DENIED\n");
  }

  @Test
  void auditVerifyAcceptsTheTrailOfSearchesAndReportsAnEditedRecord() throws IOException {
    generateAndIngest(100);
    assertThat(search("--user", "deputy01", "dragon").code()).isZero();
    assertThat(search("--user", "untrained03", "dragon").code()).isEqualTo(LeadsCli.EXIT_DENIED);
    Path audit = work.resolve("audit.jsonl");

    Run ok = leads("audit", "verify", "--audit", audit.toString());

    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).startsWith("ok: 2 records, hash chain intact through sequence 2");

    List<String> lines = new ArrayList<>(Files.readAllLines(audit, StandardCharsets.UTF_8));
    lines.set(0, lines.get(0).replace("deputy01", "deputy02"));
    Files.write(audit, lines, StandardCharsets.UTF_8);

    Run tampered = leads("audit", "verify", "--audit", audit.toString());

    assertThat(tampered.code()).isEqualTo(LeadsCli.EXIT_CHECK_FAILED);
    assertThat(tampered.out()).startsWith("ALTERED: ").contains("EDITED at line 1");
  }

  @Test
  void auditVerifyOfAMissingFileIsAnInputError() {
    Run run = leads("audit", "verify", "--audit", work.resolve("none.jsonl").toString());

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_INPUT);
    assertThat(run.err()).isEqualTo("leads audit verify: audit: no such file " + work.resolve("none.jsonl") + "\n");
    assertThat(work.resolve("none.jsonl")).doesNotExist();
  }

  @Test
  void unknownOptionIsAUsageErrorOnOneLine() {
    Run run = leads("search", "--index", "x", "--config", "y", "--user", "deputy01", "--bogus");

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_USAGE);
    assertThat(run.err()).isEqualTo("leads search: Unknown option: '--bogus' (see 'leads search --help')\n");
  }

  @Test
  void latitudeOutOfRangeInNearIsAUsageErrorNamingTheRule() {
    Run run = leads("search", "--index", "x", "--config", "y", "--user", "deputy01", "--near", "91.5,-121.4",
        "--radius", "2mi");

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_USAGE);
    assertThat(run.err()).startsWith("leads search: Invalid value for option '--near': latitude must be between")
        .contains("91.5").hasLineCount(1);
  }

  @Test
  void nearThatIsNotTwoNumbersIsAUsageError() {
    Run run = leads("search", "--index", "x", "--config", "y", "--user", "deputy01", "--near", "capitol",
        "--radius", "2mi");

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_USAGE);
    assertThat(run.err()).contains("'--near'").contains("LAT,LON").hasLineCount(1);
  }

  @ParameterizedTest(name = "--radius {0}")
  @ValueSource(strings = {"2 parsecs", "-2mi", "two miles"})
  void badRadiusIsAUsageErrorListingTheAcceptedUnits(String radius) {
    Run run = leads("search", "--index", "x", "--config", "y", "--user", "deputy01", "--near", "38.5,-121.4",
        "--radius", radius);

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_USAGE);
    assertThat(run.err()).startsWith("leads search: Invalid value for option '--radius': distance:")
        .hasLineCount(1);
  }

  @Test
  void nearWithoutRadiusIsAUsageError() {
    generateAndIngest(20);

    Run run = search("--user", "deputy01", "--near", "38.5,-121.4");

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_USAGE);
    assertThat(run.err()).isEqualTo("leads search: --near needs --radius, e.g. 2mi\n");
  }

  @Test
  void aMissingConfigurationFileIsAnInputError() {
    generateAndIngest(20);
    Path missing = work.resolve("missing.json");

    Run run = leads("search", "--index", index.toString(), "--config", missing.toString(), "--user", "deputy01");

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_INPUT);
    assertThat(run.err()).isEqualTo("leads search: config " + missing
        + ": no such file (write a sample with `leads config init`)\n");
  }

  @Test
  void aConfigurationWithAnUnknownRoleIsAnInputErrorNamingTheField() throws IOException {
    generateAndIngest(20);
    Files.writeString(config, Files.readString(config).replaceFirst("\"PHOTO_LINEUP\"", "\"ADMIN\""));

    Run run = search("--user", "deputy01");

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_INPUT);
    assertThat(run.err()).contains("users[0].roles[1]: \"ADMIN\" is not a Role; known: LEADS_USER").hasLineCount(1);
  }

  @Test
  void aMissingIndexIsAnInputErrorAndNoIndexIsCreated() {
    assertThat(leads("config", "init", "--out", config.toString()).code()).isZero();

    Run run = search("--user", "deputy01");

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_INPUT);
    assertThat(run.err()).contains("no index folder").hasLineCount(1);
    assertThat(index).doesNotExist();
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview, access: an untrained user is denied with exit code 3")
  void anUntrainedUserIsDenied() {
    generateAndIngest(20);

    Run run = search("--user", "untrained03", "dragon");

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_DENIED);
    assertThat(run.err()).startsWith("leads search: denied: TRAINING_MISSING").hasLineCount(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aUserWithoutAnAccountIsDenied() {
    generateAndIngest(20);

    Run run = search("--user", "stranger9");

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_DENIED);
    assertThat(run.err()).contains("no account \"stranger9\"").hasLineCount(1);
  }

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"generate", "ingest", "search", "export", "reconcile", "alpr-check", "config init",
      "audit verify"})
  void everyCommandHasHelp(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");

    Run run = leads(args.toArray(String[]::new));

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Usage: leads " + command);
  }

  @Test
  void withoutACommandItIsAUsageErrorListingTheCommands() {
    Run run = leads();

    assertThat(run.code()).isEqualTo(LeadsCli.EXIT_USAGE);
    assertThat(run.err()).startsWith("leads: a command is needed: ").contains("search").hasLineCount(1);
  }
}
