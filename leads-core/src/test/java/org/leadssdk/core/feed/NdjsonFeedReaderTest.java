package org.leadssdk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.LeadsException;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.json.LeadsJson;
import org.leadssdk.core.json.ParoleeFixtures;

class NdjsonFeedReaderTest {
  private static final ObjectMapper MAPPER = LeadsJson.newMapper();
  private static final String TOMBSTONE_LINE =
      "{\"tombstone\":{\"cdcNumber\":\"AB1234\",\"recordVersion\":8,\"sourceTimestamp\":\"2026-01-02T03:04:05Z\"}}";

  /** A sink that keeps what it gets. */
  private static final class Collected implements FeedSink {
    final List<FeedEntry> entries = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();

    @Override
    public void accept(FeedEntry entry, long lineNumber) {
      entries.add(entry);
      lines.add(lineNumber);
    }
  }

  private static String full() {
    return json(ParoleeFixtures.full());
  }

  private static String minimal() {
    return json(ParoleeFixtures.minimal());
  }

  private static String json(Parolee p) {
    try {
      return MAPPER.writeValueAsString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FeedReport read(NdjsonFeedReader reader, String feed, Collected sink) {
    return reader.read(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), sink);
  }

  private static FeedReport read(String feed) {
    return read(NdjsonFeedReader.create(), feed, new Collected());
  }

  /** The single reject of a one-line feed holding {@code line}. */
  private static Reject rejectOf(String line) {
    FeedReport report = read(line + "\n");
    assertThat(report.rejected()).as(report.summary()).isEqualTo(1);
    assertThat(report.rejects()).hasSize(1);
    Reject r = report.rejects().get(0);
    assertThat(r.lineNumber()).isEqualTo(1);
    return r;
  }

  @Test
  void readsUpsertsAndTombstonesInOrderWithLineNumbers() {
    Collected sink = new Collected();
    FeedReport report = read(NdjsonFeedReader.create(), full() + "\n" + TOMBSTONE_LINE + "\n" + minimal() + "\n", sink);
    assertThat(report.summary()).isEqualTo("read 3 = accepted 3 + rejected 0; skipped 0; 0 problems kept");
    assertThat(sink.entries).containsExactly(
        new Upsert(ParoleeFixtures.full()),
        new Tombstone(CdcNumber.parse("AB1234"), 8, Instant.parse("2026-01-02T03:04:05Z")),
        new Upsert(ParoleeFixtures.minimal()));
    assertThat(sink.lines).containsExactly(1L, 2L, 3L);
    assertThat(sink.entries.get(1).recordVersion()).isEqualTo(8);
    assertThat(sink.entries.get(0).cdcNumber()).isEqualTo(CdcNumber.parse("AB1234"));
  }

  @Test
  void readsCrlfLinesAndALastLineWithoutLineEnd() {
    Collected sink = new Collected();
    FeedReport report = read(NdjsonFeedReader.create(), minimal() + "\r\n" + TOMBSTONE_LINE, sink);
    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.rejected()).isZero();
  }

  @Test
  void readsAnEmptyFeed() {
    FeedReport report = read("");
    assertThat(report.read()).isZero();
    assertThat(report.summary()).startsWith("read 0 = accepted 0 + rejected 0");
  }

  @Test
  void rejectsAnUnknownPropertyNamingTheKnownOnes() {
    Reject r = rejectOf(minimal().replace("\"sex\":\"F\"", "\"sex\":\"F\",\"shoeSize\":11"));
    assertThat(r.path()).isEqualTo("description.shoeSize");
    assertThat(r.rule()).startsWith("unknown property \"shoeSize\"; known properties: ").contains("heightInches");
  }

  @Test
  void rejectsAnUnknownCodeNamingTheKnownCodes() {
    Reject r = rejectOf(minimal().replace("\"hair\":\"BLK\"", "\"hair\":\"PLAID\""));
    assertThat(r.path()).isEqualTo("description.hair");
    assertThat(r.maskedValue()).isEqualTo("\"PL***\"");
    assertThat(r.rule()).contains("unknown code \"PLAID\"; known codes: BAL, BLK");
  }

  @Test
  void rejectsAnUnknownCountyUnitWithItsPath() {
    Reject r = rejectOf(full().replace("\"PRCS-SAC\"", "\"PRCS-XYZ\""));
    assertThat(r.path()).isEqualTo("supervision.countyUnit");
    assertThat(r.maskedValue()).isEqualTo("\"PR******\"");
    assertThat(r.rule()).contains("names no California county");
  }

  @Test
  void rejectsABadCdcNumberWithTheValueMasked() {
    Reject r = rejectOf(minimal().replace("\"K12345\"", "\"K1234X\""));
    assertThat(r.path()).isEqualTo("cdcNumber");
    assertThat(r.maskedValue()).isEqualTo("\"K1****\"");
    assertThat(r.rule()).contains("does not match the CDC number format");
    assertThat(r.toString()).doesNotContain("K1234X");
  }

  @Test
  void rejectsAZipCodeInAListWithTheIndexInThePath() {
    Reject r = rejectOf(full().replace("\"zip\":\"95624\"", "\"zip\":\"9562\""));
    assertThat(r.path()).isEqualTo("addresses[1].zip");
    assertThat(r.maskedValue()).isEqualTo("\"95**\"");
  }

  @Test
  void rejectsFebruary30AsAnImpossibleDate() {
    Reject r = rejectOf(minimal().replace("1990-12-31", "2026-02-30"));
    assertThat(r.path()).isEqualTo("description.dateOfBirth");
    assertThat(r.maskedValue()).isEqualTo("\"20********\"");
    assertThat(r.rule()).startsWith("impossible or malformed date");
    assertThat(r.toString()).doesNotContain("2026-02-30");
  }

  @Test
  void rejectsAMalformedInstant() {
    Reject r = rejectOf(minimal().replace("2026-01-02T03:04:05Z", "yesterday"));
    assertThat(r.path()).isEqualTo("sourceTimestamp");
    assertThat(r.rule()).startsWith("malformed instant");
  }

  @Test
  void rejectsLatitude91WithThePathOfTheCoordinate() {
    Reject r = rejectOf(full().replace("38.5767", "91"));
    assertThat(r.path()).isEqualTo("addresses[0].geocode.point.latitude");
    assertThat(r.rule()).isEqualTo("latitude must be between -90.0 and 90.0, got 91.0");
  }

  @Test
  void rejectsARuleOfAPartWithThePathOfTheField() {
    Reject r = rejectOf(full().replace("\"to\":\"2025-02-28\"", "\"to\":\"2023-02-28\""));
    assertThat(r.path()).isEqualTo("addresses[2].to");
    assertThat(r.maskedValue()).isEmpty();
    assertThat(r.rule()).contains("is before address.from").doesNotContain("2023-02-28");
  }

  @Test
  void rejectsAMissingRequiredFieldOfAPartWithItsPath() {
    Reject r = rejectOf(full().replace("\"street\":\"1200 EXAMPLE ST\",", ""));
    assertThat(r.path()).isEqualTo("addresses[0].street");
    assertThat(r.rule()).isEqualTo("address.street must not be null (required)");
  }

  @Test
  void rejectsAMissingPrimitive() {
    Reject r = rejectOf(minimal().replace("\"heightInches\":64,", ""));
    assertThat(r.path()).isEqualTo("description.heightInches");
    assertThat(r.rule()).isEqualTo("missing or null; a int value is required");
  }

  @Test
  void rejectsAWrongType() {
    Reject r = rejectOf(minimal().replace("\"heightInches\":64", "\"heightInches\":\"tall\""));
    assertThat(r.path()).isEqualTo("description.heightInches");
    assertThat(r.maskedValue()).isEqualTo("\"ta**\"");
    assertThat(r.rule()).isEqualTo("wrong type: int cannot be read from a string");
  }

  @Test
  void rejectsAnArrayWhereAnObjectBelongs() {
    Reject r = rejectOf(minimal().replace("\"name\":{\"first\":\"JANE\",\"last\":\"SAMPLE\"}", "\"name\":[]"));
    assertThat(r.path()).isEqualTo("name");
    assertThat(r.rule()).isEqualTo("wrong type: PersonName cannot be read from an array");
  }

  @Test
  void rejectsAnUnknownEventType() {
    Reject r = rejectOf(full().replace("\"type\":\"suspension\",\"authority\":\"BPH\"", "\"type\":\"holiday\",\"authority\":\"BPH\""));
    assertThat(r.path()).isEqualTo("supervision.events[1].type");
    assertThat(r.rule()).startsWith("unknown type \"holiday\" of SupervisionEvent; known types: ")
        .contains("revocation", "suspension");
  }

  @Test
  void rejectsADuplicateKey() {
    Reject r = rejectOf(minimal().replace("\"sex\":\"F\"", "\"sex\":\"F\",\"sex\":\"M\""));
    assertThat(r.path()).isEqualTo("description.sex");
    assertThat(r.rule()).startsWith("duplicate key");
  }

  @Test
  void rejectsATruncatedLine() {
    String line = minimal();
    Reject r = rejectOf(line.substring(0, line.indexOf("\"heightInches\"") + 5));
    assertThat(r.path()).isEqualTo("description");
    assertThat(r.rule()).startsWith("truncated line");
  }

  @Test
  void rejectsMalformedJsonWithoutQuotingTheToken() {
    Reject r = rejectOf(minimal().replace("\"heightInches\":64", "\"heightInches\":SECRET64"));
    assertThat(r.path()).isEqualTo("description.heightInches");
    assertThat(r.rule()).startsWith("malformed JSON at column ").doesNotContain("SECRET");
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] good = (minimal() + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = minimal().replace("SAMPLE", "SAMPL?").getBytes(StandardCharsets.UTF_8);
    int i = new String(bad, StandardCharsets.UTF_8).indexOf("SAMPL?") + 5;
    bad[i] = (byte) 0xC3; // a lead byte followed by a quote: not UTF-8
    byte[] feed = new byte[good.length + bad.length];
    System.arraycopy(good, 0, feed, 0, good.length);
    System.arraycopy(bad, 0, feed, good.length, bad.length);
    FeedReport report = NdjsonFeedReader.create().read(new ByteArrayInputStream(feed), (e, n) -> {});
    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.rejects()).singleElement().satisfies(r -> {
      assertThat(r.lineNumber()).isEqualTo(2);
      assertThat(r.path()).isEqualTo("name.last");
      assertThat(r.rule()).startsWith("malformed JSON at column ").contains("UTF-8");
    });
  }

  @Test
  void rejectsABlankLine() {
    FeedReport report = read(minimal() + "\n  \t\n" + TOMBSTONE_LINE + "\n");
    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.rejects()).containsExactly(
        new Reject(2, Reject.WHOLE_LINE, "", "blank line; every line holds one JSON object"));
  }

  @Test
  void rejectsALineThatIsNotAnObject() {
    Reject r = rejectOf("\"AB1234\"");
    assertThat(r.path()).isEqualTo(Reject.WHOLE_LINE);
    assertThat(r.maskedValue()).isEqualTo("\"AB****\"");
    assertThat(r.rule()).isEqualTo("a feed line must be a JSON object, found a string");
    assertThat(rejectOf("[1,2]").rule()).isEqualTo("a feed line must be a JSON object, found an array");
  }

  @Test
  void rejectsAnEmptyObject() {
    assertThat(rejectOf("{}").rule()).startsWith("empty object");
  }

  @Test
  void rejectsTrailingContent() {
    Reject r = rejectOf(minimal() + " {}");
    assertThat(r.path()).isEqualTo(Reject.WHOLE_LINE);
    assertThat(r.rule()).startsWith("trailing content after the JSON object");
  }

  @Test
  void rejectsALineLongerThanTheLimitWithoutKeepingIt() {
    NdjsonFeedReader reader = NdjsonFeedReader.builder().maxLineBytes(4096).build();
    String huge = minimal().replace("\"monikers\":[]", "\"monikers\":[\"" + "A".repeat(200_000) + "\"]");
    Collected sink = new Collected();
    FeedReport report = read(reader, minimal() + "\n" + huge + "\n" + TOMBSTONE_LINE + "\n", sink);
    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.rejects()).containsExactly(new Reject(2, Reject.WHOLE_LINE, "",
        "line of " + huge.length() + " bytes is longer than the limit of 4096 bytes"));
    assertThat(sink.lines).containsExactly(1L, 3L);
  }

  @Test
  void reportsEveryBrokenRecordRuleOfALineButCountsTheLineOnce() {
    // a PRCS record without a county unit and with a discharge date: two rules of the Parolee
    String line = full().replace("\"countyUnit\":\"PRCS-SAC\",", "")
        .replace("\"controllingDischargeDate\"", "\"dischargeDate\":\"2025-01-01\",\"controllingDischargeDate\"");
    FeedReport report = read(line + "\n" + minimal() + "\n");
    assertThat(report.read()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.rejects()).extracting(Reject::path)
        .containsExactly("supervision.countyUnit", "supervision.dischargeDate");
    assertThat(report.rejects()).allSatisfy(r -> assertThat(r.lineNumber()).isEqualTo(1));
  }

  @Test
  void rejectsAMissingCdcNumberWithItsPath() {
    Reject r = rejectOf(minimal().replace("\"cdcNumber\":\"K12345\",", ""));
    assertThat(r.path()).isEqualTo("cdcNumber");
    assertThat(r.rule()).isEqualTo("missing (required)");
  }

  @Test
  void rejectsATombstoneWithVersionZero() {
    Reject r = rejectOf(TOMBSTONE_LINE.replace("\"recordVersion\":8", "\"recordVersion\":0"));
    assertThat(r.path()).isEqualTo("tombstone.recordVersion");
    assertThat(r.rule()).isEqualTo("tombstone.recordVersion must be >= 1, got 0");
  }

  @Test
  void rejectsATombstoneWithAnUnknownOrMissingProperty() {
    Reject unknown = rejectOf(TOMBSTONE_LINE.replace("\"recordVersion\"", "\"reason\":\"x\",\"recordVersion\""));
    assertThat(unknown.path()).isEqualTo("tombstone.reason");
    assertThat(unknown.rule()).startsWith("unknown property \"reason\"; known properties: ").contains("cdcNumber");
    Reject missing = rejectOf(TOMBSTONE_LINE.replace("\"cdcNumber\":\"AB1234\",", ""));
    assertThat(missing.path()).isEqualTo("tombstone.cdcNumber");
    assertThat(missing.rule()).isEqualTo("tombstone.cdcNumber must not be null (required)");
    Reject bad = rejectOf(TOMBSTONE_LINE.replace("AB1234", "ABC123"));
    assertThat(bad.path()).isEqualTo("tombstone.cdcNumber");
    assertThat(bad.maskedValue()).isEqualTo("\"AB****\"");
  }

  @Test
  void rejectsATombstoneLineWithAnotherKey() {
    Reject r = rejectOf(TOMBSTONE_LINE.substring(0, TOMBSTONE_LINE.length() - 1) + ",\"cdcNumber\":\"AB1234\"}");
    assertThat(r.path()).isEqualTo("cdcNumber");
    assertThat(r.rule()).isEqualTo("unknown property \"cdcNumber\"; a tombstone line holds only the \"tombstone\" key");
  }

  @Test
  void countsReconcileOverAFeedOfManyKinds() {
    List<String> lines = List.of(
        full(), "", minimal().replace("\"K12345\"", "\"K1\""), TOMBSTONE_LINE, "{", minimal(), "null",
        minimal().replace("\"sex\":\"F\"", "\"sex\":\"Q\""), minimal().replace("1990-12-31", "1990-13-01"));
    FeedReport report = read(String.join("\n", lines) + "\n");
    assertThat(report.read()).isEqualTo(9);
    assertThat(report.accepted()).isEqualTo(3);
    assertThat(report.rejected()).isEqualTo(6);
    assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
    assertThat(report.rejects()).extracting(Reject::lineNumber).containsExactly(2L, 3L, 5L, 7L, 8L, 9L);
    assertThat(report.summary()).isEqualTo("read 9 = accepted 3 + rejected 6; skipped 0; 6 problems kept");
  }

  @Test
  void resumesAfterACheckpointLine() {
    String feed = minimal().replace("K12345", "K00001") + "\n" + "garbage\n" + minimal().replace("K12345", "K00003")
        + "\n" + TOMBSTONE_LINE + "\n";
    Collected sink = new Collected();
    FeedReport report = read(NdjsonFeedReader.builder().startAfterLine(2).build(), feed, sink);
    assertThat(report.skipped()).isEqualTo(2);
    assertThat(report.read()).isEqualTo(2);
    assertThat(report.rejected()).isZero();
    assertThat(report.lastLineNumber()).isEqualTo(4);
    assertThat(sink.lines).containsExactly(3L, 4L);
    assertThat(sink.entries.get(0).cdcNumber()).isEqualTo(CdcNumber.parse("K00003"));
  }

  @Test
  void resumingBeyondTheEndSkipsWhatThereIs() {
    FeedReport report = read(NdjsonFeedReader.builder().startAfterLine(10).build(), minimal() + "\n", new Collected());
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.read()).isZero();
  }

  @Test
  void aSinkFailureStopsReadingAndPropagatesUnchanged() {
    String feed = minimal() + "\n" + TOMBSTONE_LINE + "\n" + minimal() + "\n";
    List<Long> seen = new ArrayList<>();
    UncheckedIOException hostFailure = new UncheckedIOException(new IOException("index full"));
    assertThatThrownBy(() -> NdjsonFeedReader.create().read(
            new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), (entry, line) -> {
              seen.add(line);
              if (line == 2) {
                throw hostFailure;
              }
            }))
        .isSameAs(hostFailure);
    assertThat(seen).containsExactly(1L, 2L);
  }

  @Test
  void aSinkFailureWhileReadingAFilePropagatesUnchanged(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("feed.ndjson");
    Files.writeString(file, minimal() + "\n" + minimal() + "\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> NdjsonFeedReader.create().read(file, (entry, line) -> {
              throw new IllegalStateException("host bug at line " + line);
            }))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("host bug at line 1")
        .hasNoSuppressedExceptions();
  }

  @Test
  void aMissingFileGivesAFeedIoExceptionNamingTheFile(@TempDir Path dir) {
    Path file = dir.resolve("missing.ndjson");
    assertThatThrownBy(() -> NdjsonFeedReader.create().read(file, (entry, line) -> {}))
        .isInstanceOfSatisfying(FeedIoException.class, e -> {
          assertThat(e.operation()).isEqualTo("open feed " + file);
          assertThat(e.linesDone()).isZero();
          assertThat(e.getCause()).isInstanceOf(NoSuchFileException.class);
        })
        .isInstanceOf(LeadsException.class)
        .hasMessageStartingWith("cannot open feed " + file + " after 0 lines: NoSuchFileException");
  }

  @Test
  void anUnreadableFileGivesAFeedIoExceptionNamingTheFile(@TempDir Path dir) {
    // a directory opens as a stream on Linux but fails on the first read, as an unreadable file does
    assertThatThrownBy(() -> NdjsonFeedReader.create().read(dir, (entry, line) -> {}))
        .isInstanceOf(FeedIoException.class)
        .hasMessageContaining("feed " + dir)
        .hasMessageContaining("after 0 lines")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void aFailingStreamGivesAFeedIoExceptionNamingTheLastLineRead() {
    byte[] two = (minimal() + "\n" + TOMBSTONE_LINE + "\n").getBytes(StandardCharsets.UTF_8);
    IOException broken = new IOException("connection reset");
    InputStream in = new SequenceInputStream(new ByteArrayInputStream(two), new InputStream() {
      @Override
      public int read() throws IOException {
        throw broken;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw broken;
      }
    });
    Collected sink = new Collected();
    assertThatThrownBy(() -> NdjsonFeedReader.create().read(in, sink))
        .isInstanceOfSatisfying(FeedIoException.class, e -> {
          assertThat(e.operation()).isEqualTo("read feed stream");
          assertThat(e.linesDone()).isEqualTo(2);
          assertThat(e.getCause()).isSameAs(broken);
        })
        .hasMessage("cannot read feed stream after 2 lines: IOException connection reset");
    assertThat(sink.lines).containsExactly(1L, 2L);
  }

  @Test
  void aStreamFailingWhileSkippingToTheCheckpointGivesAFeedIoException() {
    byte[] one = (minimal() + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream in = new SequenceInputStream(new ByteArrayInputStream(one), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk error");
      }
    });
    assertThatThrownBy(() -> NdjsonFeedReader.builder().startAfterLine(5).build().read(in, (entry, line) -> {}))
        .isInstanceOf(FeedIoException.class)
        .hasMessage("cannot read feed stream after 1 line: IOException disk error");
  }

  @Test
  void aSinkRuntimeFailureIsNotARejectEither() {
    String feed = minimal() + "\n";
    assertThatThrownBy(() -> NdjsonFeedReader.create().read(
            new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), (entry, line) -> {
              throw new IllegalStateException("host bug");
            }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("host bug");
  }

  @Test
  void keepsAtMostTheConfiguredRejectsButCountsAll() {
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      feed.append("{\"recordVersion\":0}\n"); // each breaks several rules of the record
    }
    FeedReport report = read(NdjsonFeedReader.builder().maxRejectsKept(10).build(), feed.toString(), new Collected());
    assertThat(report.rejected()).isEqualTo(25);
    assertThat(report.rejects()).hasSize(10).allSatisfy(r -> assertThat(r.lineNumber()).isLessThan(4));
    assertThat(report.rejectsTruncated()).isTrue();
    assertThat(report.summary()).endsWith("10 problems kept (truncated: more problems were found than kept)");
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("feed.ndjson");
    Files.writeString(file, full() + "\n" + TOMBSTONE_LINE + "\n", StandardCharsets.UTF_8);
    Collected sink = new Collected();
    FeedReport report = NdjsonFeedReader.create().read(file, sink);
    assertThat(report.accepted()).isEqualTo(2);
    assertThat(sink.entries.get(0)).isEqualTo(new Upsert(ParoleeFixtures.full()));
  }

  @Test
  void rejectsBadBuilderSettings() {
    assertThatThrownBy(() -> NdjsonFeedReader.builder().startAfterLine(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("startAfterLine must be >= 0, got -1");
    assertThatThrownBy(() -> NdjsonFeedReader.builder().maxRejectsKept(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRejectsKept must be >= 0, got -1");
    assertThatThrownBy(() -> NdjsonFeedReader.builder().maxLineBytes(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLineBytes");
  }
}
