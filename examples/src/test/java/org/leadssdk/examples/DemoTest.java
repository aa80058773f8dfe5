package org.leadssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.policy.audit.FileAuditStore;
import org.leadssdk.policy.audit.VerificationResult;

class DemoTest {
  @TempDir Path work;

  private record Run(int status, String output) {}

  private static Run run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      status = Demo.run(args, out);
    }
    return new Run(status, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void walksThroughEveryScenarioAndLeavesAVerifiedAuditTrail() throws Exception {
    Run run = run("--records", "3000", "--seed", "2026", "--work", work.toString());

    assertThat(run.status()).isZero();
    assertThat(run.output())
        .contains("LEADS SDK demo: 3,000 synthetic records, seed 2026, clock 2026-11-01T17:00:00Z")
        .contains("generate 100%      3,000 records")
        .contains("ingest: read 3000 = applied 3000 + stale 0 + rejected 0")
        .contains("the index holds 3,000 records")
        .contains("2. All-field search \"dragon tattoo\"")
        .contains("smts[0].description \"")
        .contains("3. Fielded description search: male, 68-72 in tall, last name")
        .contains("name.last \"")
        .contains("4. Who lives within 2.0 mi of the State Capitol")
        .contains("map of ")
        .contains("5. County list PRCS-SAC")
        .containsPattern("STATUS +PRCS \\d")
        .contains("SUPERVISION_LEVEL")
        .contains("REGISTRATION")
        .containsPattern("Discharged records stay available for 365 days after the discharge date \\d{4}-\\d{2}-\\d{2},"
            + " through \\d{4}-\\d{2}-\\d{2}\n")
        .contains("now: not shown; Discharged records stay available")
        .contains("that period has ended (Parole LEADS 2.0 overview: status list)")
        .contains("purpose \"investigation\": REFUSED")
        .contains("PURPOSE_NOT_SPECIFIC")
        .contains("CASE_NUMBER_IS_CDC_NUMBER")
        .contains("(DOM 53060.7: internal case number)")
        .containsPattern("purpose \"Vehicle theft ring surveillance DAPO-\\d{4}-000123\": PERMITTED")
        .contains("8. A saved search alert after a delta")
        .contains("deputy01's saved searches in saved-searches: \"Within 2 mi of the State Capitol\", \"PRCS-SAC, status PRCS\"")
        .contains("applied 5 of 5 entries (0 stale); 2 saved searches checked, 2 alerts delivered, 0 withheld")
        .contains("9. A photo line-up package (PC 859.7)")
        .contains("5 fillers drawn at random among the visible records that fit: same sex, same race, same hair"
            + " colour, age within 5 years, height within 3 inches, weight within 20 pounds")
        .containsPattern("positions \\(photo SHA-256\\): 1 [0-9a-f]{8}, 2 [0-9a-f]{8}, .*; subject at \\d \\(in the key only\\)")
        .containsPattern("AGE +subject \\d+, fillers \\d+-\\d+, mean")
        .containsPattern("HEIGHT +subject \\d+, fillers")
        .containsPattern("WEIGHT +subject \\d+, fillers")
        .containsPattern("witness package: lineups/lineup-[0-9a-f-]{36}\\.zip \\(8 entries: manifest.json, instructions.txt,"
            + " 6 photos")
        .contains("10. Audit trail")
        .contains("verify: ok")
        .containsPattern("download: prcs-sac.csv \\(([\\d,]+) records, [\\d,]+ hidden by retention, SHA-256 [0-9a-f]{12}"
            + "\\.\\.\\.\\), manifest prcs-sac.manifest.json, CDC index prcs-sac.cdc.txt")
        .doesNotContain("Not in this demo yet");
    Matcher listed = Pattern.compile("   ([\\d,]+) records; this page").matcher(run.output());
    assertThat(listed.find()).as("the county list prints its exact total").isTrue();
    long total = Long.parseLong(listed.group(1).replace(",", ""));
    List<String> cdcIndex = Files.readAllLines(work.resolve("prcs-sac.cdc.txt"), StandardCharsets.UTF_8);
    assertThat(cdcIndex).as("the download holds the whole list, not a page").hasSize((int) total).doesNotHaveDuplicates();
    assertThat(Files.readString(work.resolve("prcs-sac.manifest.json"), StandardCharsets.UTF_8))
        .contains("\"recordCount\":" + total).contains("\"format\":\"CSV\"");
    assertThat(run.output().indexOf("7. ALPR")).isLessThan(run.output().indexOf("8. A saved search"));
    assertThat(run.output().indexOf("9. A photo line-up")).isLessThan(run.output().indexOf("10. Audit trail"));
    assertAlertsNameTheChangedRecords(run.output());
    assertLineupPackageAndKey(run.output());
    assertThat(work.resolve("feed.ndjson")).isNotEmptyFile();
    assertThat(Files.readString(work.resolve("audit.jsonl"), StandardCharsets.UTF_8))
        .as("the saved searches, their alerts, the line-up and its package are audited")
        .contains("\"action\":\"SAVED_SEARCH\"").contains("\"action\":\"SAVED_SEARCH_ALERT\"")
        .contains("\"action\":\"LINEUP\"");
    assertThat(Files.readString(work.resolve("near-capitol.kml"), StandardCharsets.UTF_8)).contains("<Placemark");
    assertThat(Files.readString(work.resolve("near-capitol.geojson"), StandardCharsets.UTF_8))
        .contains("\"FeatureCollection\"").contains("\"Point\"");
    try (FileAuditStore store = FileAuditStore.open(work.resolve("audit.jsonl"))) {
      VerificationResult verified = AuditTrail.verify(store, null);
      assertThat(verified.problems()).isEmpty();
      assertThat(verified.recordsRead()).isGreaterThanOrEqualTo(15);
      assertThat(run.output()).contains(verified.recordsRead() + " events in audit.jsonl");
    }
  }

  @Test
  void aSecondRunResumesFromTheCheckpointAndAppendsToTheSameAuditTrail() throws IOException {
    String[] args = {"--records", "500", "--work", work.toString()};
    assertThat(run(args).status()).isZero();

    Run again = run(args);

    assertThat(again.status()).isZero();
    assertThat(again.output())
        .contains("the index has checkpoint synthetic-statewide-seed2026-500:500; resuming after it")
        .contains("read 0 = applied 0 + stale 0 + rejected 0; skipped 500 before the resume point")
        .contains("the index holds 500 records")
        .doesNotContain("ingest    25%")
        .contains("2 saved searches checked")
        .contains("verify: ok");
    try (Stream<Path> files = Files.list(work.resolve("saved-searches"))) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".json")))
          .as("the second run reuses the first run's saved searches").hasSize(2);
    }
  }

  /** The alerts name the records the delta moved in, released and removed, as the delta lines print them. */
  private static void assertAlertsNameTheChangedRecords(String output) {
    List<String> movers = all(output, "delta: (\\S+) moved from ");
    List<String> suspended = all(output, "delta: (\\S+) of PRCS-SAC turned SUSPENDED");
    List<String> released = all(output, "delta: (\\S+) released from \\S+ to PRCS, PRCS-SAC");
    List<String> removed = all(output, "delta: (\\S+) \\(living near the State Capitol\\) removed by a tombstone");
    assertThat(movers).hasSize(2);
    assertThat(suspended).hasSize(1);
    assertThat(released).hasSize(1);
    assertThat(removed).hasSize(1);
    assertThat(output)
        .contains("alert to deputy01, \"Within 2 mi of the State Capitol\": entered "
            + String.join(", ", movers.stream().sorted().toList()) + "; left " + removed.get(0) + "\n")
        .contains("alert to deputy01, \"PRCS-SAC, status PRCS\": entered " + released.get(0) + "; left "
            + suspended.get(0) + "\n");
  }

  /** The witness zip holds the manifest, instructions and photos but no CDC number; the key is apart. */
  private void assertLineupPackageAndKey(String output) throws IOException {
    Matcher zipLine = Pattern.compile("witness package: (lineups/\\S+\\.zip)").matcher(output);
    assertThat(zipLine.find()).isTrue();
    Path zip = work.resolve(zipLine.group(1));
    Matcher keyLine = Pattern.compile("key, for the investigator only, written apart: (lineups/\\S+\\.json)")
        .matcher(output);
    assertThat(keyLine.find()).isTrue();
    Path key = work.resolve(keyLine.group(1));
    assertThat(zip).isRegularFile();
    assertThat(key).isRegularFile();
    List<String> shown = all(Files.readString(key, StandardCharsets.UTF_8), "\"cdcNumber\" : \"([A-Z0-9]+)\"");
    assertThat(shown).hasSize(6).doesNotHaveDuplicates();
    List<String> names = new ArrayList<>();
    StringBuilder content = new StringBuilder();
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      for (ZipEntry e : Collections.list(file.entries())) {
        names.add(e.getName());
        try (InputStream in = file.getInputStream(e)) {
          content.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
        }
      }
    }
    assertThat(names).hasSize(8).startsWith("manifest.json", "instructions.txt");
    assertThat(names.subList(2, 8)).allMatch(n -> n.matches("photos/position-[1-6]\\.png"));
    String raw = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1);
    for (String cdc : shown) {
      assertThat(content.toString()).as("the witness package's entries").doesNotContain(cdc);
      assertThat(raw).as("the witness package's bytes").doesNotContain(cdc);
    }
    assertThat(Files.readString(key, StandardCharsets.UTF_8)).contains("\"subjectPosition\"");
  }

  private static List<String> all(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void rejectsAnUnknownArgumentWithOneLineAndStatus2() {
    Run run = run("--recrods", "10");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.output()).startsWith("demo: unknown argument \"--recrods\"").contains("usage: Demo");
  }

  @Test
  void rejectsARecordCountThatIsNotANumber() {
    Run run = run("--records", "many");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.output()).startsWith("demo: --records must be a whole number, got \"many\"");
  }
}
