package org.leadssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        .contains("verify: ok")
        .contains("Not in this demo yet (issue 6): saved-search alerts");
    assertThat(work.resolve("feed.ndjson")).isNotEmptyFile();
    assertThat(Files.readString(work.resolve("near-capitol.kml"), StandardCharsets.UTF_8)).contains("<Placemark");
    assertThat(Files.readString(work.resolve("near-capitol.geojson"), StandardCharsets.UTF_8))
        .contains("\"FeatureCollection\"").contains("\"Point\"");
    try (FileAuditStore store = FileAuditStore.open(work.resolve("audit.jsonl"))) {
      VerificationResult verified = AuditTrail.verify(store, null);
      assertThat(verified.problems()).isEmpty();
      assertThat(verified.recordsRead()).isGreaterThanOrEqualTo(9);
      assertThat(run.output()).contains(verified.recordsRead() + " events in audit.jsonl");
    }
  }

  @Test
  void aSecondRunResumesFromTheCheckpointAndAppendsToTheSameAuditTrail() {
    String[] args = {"--records", "500", "--work", work.toString()};
    assertThat(run(args).status()).isZero();

    Run again = run(args);

    assertThat(again.status()).isZero();
    assertThat(again.output())
        .contains("the index has checkpoint synthetic-statewide-seed2026-500:500; resuming after it")
        .contains("read 0 = applied 0 + stale 0 + rejected 0; skipped 500 before the resume point")
        .contains("the index holds 500 records")
        .doesNotContain("ingest    25%")
        .contains("verify: ok");
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
