package org.leadssdk.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.Outcome;

class AuditTrailTest {
  @TempDir Path dir;

  private static AuditEvent event(int i) {
    return AuditEvent.builder(Instant.parse("2026-03-15T18:00:00Z").plusSeconds(i), "deputy0" + i, "CA0340000",
            Action.SEARCH, Outcome.PERMIT)
        .reasonCodes(List.of("LEADS_PERMITTED")).query("last:TESTLAST" + i).recordIds(List.of("AB123" + i))
        .resultCount(1L).purpose("Stolen vehicle recovery").sourceHost("ws-17.example").sourceApplication("rms")
        .build();
  }

  private Path writeFive() {
    Path file = dir.resolve("audit.jsonl");
    try (FileAuditStore store = FileAuditStore.open(file)) {
      AuditTrail trail = AuditTrail.builder(store).build();
      for (int i = 1; i <= 5; i++) {
        assertThat(trail.append(event(i)).sequence()).isEqualTo(i);
      }
      assertThat(trail.verify().intact()).isTrue();
    }
    return file;
  }

  private static VerificationResult verifyFile(Path file) {
    try (FileAuditStore store = FileAuditStore.open(file)) {
      return AuditTrail.verify(store, null);
    }
  }

  private static void editLines(Path file, UnaryOperator<List<String>> edit) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    List<String> out = edit.apply(lines);
    Files.writeString(file, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void intactTrailVerifiesAndResumesAfterReopen() {
    Path file = writeFive();
    try (FileAuditStore store = FileAuditStore.open(file)) {
      assertThat(store.recovery().repaired()).isFalse();
      AuditTrail trail = AuditTrail.builder(store).build();
      assertThat(trail.lastSequence()).isEqualTo(5);
      assertThat(trail.append(event(6)).sequence()).isEqualTo(6);
      VerificationResult r = trail.verify();
      assertThat(r.intact()).as("%s", r.problems()).isTrue();
      assertThat(r.recordsRead()).isEqualTo(6);
    }
  }

  @Test
  @DisplayName("audit: an edited field is detected at its line")
  void detectsEditedField() throws IOException {
    Path file = writeFive();
    editLines(file, l -> {
      l.set(2, l.get(2).replace("deputy03", "deputy09"));
      return l;
    });
    VerificationResult r = verifyFile(file);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(AuditProblem.Kind.EDITED);
      assertThat(p.position()).isEqualTo(3);
      assertThat(p.sequence()).isEqualTo(3L);
      assertThat(p.message()).contains("line 3").contains("record 3");
    });
  }

  @Test
  @DisplayName("audit: a removed line is detected where the gap is")
  void detectsRemovedLine() throws IOException {
    Path file = writeFive();
    editLines(file, l -> {
      l.remove(2);
      return l;
    });
    VerificationResult r = verifyFile(file);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(AuditProblem.Kind.REMOVED);
      assertThat(p.position()).isEqualTo(3);
      assertThat(p.message()).contains("record 3 is missing before record 4");
    });
  }

  @Test
  @DisplayName("audit: two swapped lines are detected as reordered")
  void detectsSwappedLines() throws IOException {
    Path file = writeFive();
    editLines(file, l -> {
      String a = l.get(1);
      l.set(1, l.get(2));
      l.set(2, a);
      return l;
    });
    VerificationResult r = verifyFile(file);
    assertThat(r.problems()).extracting(AuditProblem::kind)
        .containsOnly(AuditProblem.Kind.REORDERED);
    assertThat(r.problems()).extracting(AuditProblem::position).containsExactly(2L, 3L);
  }

  @Test
  @DisplayName("audit: a forged line inserted with a taken sequence number is detected at its line")
  void detectsInsertedForgedLine() throws IOException {
    Path file = writeFive();
    editLines(file, l -> {
      l.add(3, l.get(2).replace("deputy03", "intruder1"));
      return l;
    });
    VerificationResult r = verifyFile(file);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(AuditProblem.Kind.INSERTED);
      assertThat(p.position()).isEqualTo(4);
      assertThat(p.sequence()).isEqualTo(3L);
    });
  }

  @Test
  @DisplayName("audit: a forged line with a new sequence number and a recomputed plain hash breaks the head")
  void detectsAppendedForgedRecordWithValidPlainHash() throws IOException {
    Path file = writeFive();
    AuditCodec codec = new AuditCodec(null);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    AuditRecord last = AuditCodec.MAPPER.readValue(lines.get(4), AuditRecord.class);
    AuditEvent forged = event(6);
    AuditRecord six = new AuditRecord(6, last.hash(), codec.hash(6, last.hash(), forged), forged);
    Files.writeString(file, AuditCodec.json(six) + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    try (FileAuditStore store = FileAuditStore.open(file)) {
      // Opening treats one record past the head as a crash between record and head write only when chained:
      // it is, so the head moves; a keyed trail is what stops such forgeries.
      assertThat(store.recovery().headAdvancedTo()).isEqualTo(6);
    }
    byte[] key = "0123456789abcdef0123".getBytes(StandardCharsets.US_ASCII);
    Path keyed = dir.resolve("keyed.jsonl");
    try (FileAuditStore store = FileAuditStore.open(keyed)) {
      AuditTrail trail = AuditTrail.builder(store).hmacKey(key).build();
      trail.append(event(1));
      trail.append(event(2));
    }
    List<String> keyedLines = Files.readAllLines(keyed, StandardCharsets.UTF_8);
    AuditRecord second = AuditCodec.MAPPER.readValue(keyedLines.get(1), AuditRecord.class);
    AuditRecord forgedThird = new AuditRecord(3, second.hash(), codec.hash(3, second.hash(), forged), forged);
    Files.writeString(keyed, AuditCodec.json(forgedThird) + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    try (FileAuditStore store = FileAuditStore.open(keyed)) {
      VerificationResult r = AuditTrail.verify(store, key);
      assertThat(r.problems()).extracting(AuditProblem::kind).contains(AuditProblem.Kind.EDITED);
      assertThat(r.problems()).extracting(AuditProblem::position).contains(3L);
    }
  }

  @Test
  @DisplayName("audit: cutting the last records is detected through the head")
  void detectsTruncatedTail() throws IOException {
    Path file = writeFive();
    editLines(file, l -> l.subList(0, 3));
    VerificationResult r = verifyFile(file);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(AuditProblem.Kind.TRUNCATED);
      assertThat(p.sequence()).isEqualTo(4L);
      assertThat(p.message()).contains("records 4-5 are missing at the end");
    });
  }

  @Test
  @DisplayName("audit: a torn last line (crash mid-write) is detected, located, set aside; acknowledged events survive")
  void recoversTornLastLine() throws IOException {
    Path file = writeFive();
    String line = AuditCodec.json(new AuditRecord(6, "0".repeat(64), "1".repeat(64), event(6)));
    Files.writeString(file, line.substring(0, line.length() / 2), StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    try (FileAuditStore store = FileAuditStore.open(file)) {
      assertThat(store.recovery().tornLine()).isEqualTo(6);
      assertThat(store.recovery().tornBytes()).isEqualTo(line.length() / 2);
      VerificationResult r = AuditTrail.verify(store, null);
      assertThat(r.intact()).as("%s", r.problems()).isTrue();
      assertThat(r.recordsRead()).isEqualTo(5);
      AuditTrail trail = AuditTrail.builder(store).build();
      assertThat(trail.append(event(6)).sequence()).isEqualTo(6);
      assertThat(trail.verify().intact()).isTrue();
    }
    assertThat(Files.readString(dir.resolve("audit.jsonl.torn"), StandardCharsets.UTF_8))
        .startsWith(line.substring(0, 20));
  }

  @Test
  @DisplayName("audit: a crash between the record and the head write moves the head forward on open")
  void headOneBehindIsRolledForward() throws IOException {
    Path file = dir.resolve("audit.jsonl");
    Path head = dir.resolve("audit.jsonl.head");
    byte[] headAfterTwo;
    try (FileAuditStore store = FileAuditStore.open(file)) {
      AuditTrail trail = AuditTrail.builder(store).build();
      trail.append(event(1));
      trail.append(event(2));
      headAfterTwo = Files.readAllBytes(head);
      trail.append(event(3));
    }
    Files.write(head, headAfterTwo);
    try (FileAuditStore store = FileAuditStore.open(file)) {
      assertThat(store.recovery().headAdvancedTo()).isEqualTo(3);
      assertThat(AuditTrail.verify(store, null).intact()).isTrue();
    }
  }

  @Test
  @DisplayName("audit: an unreadable line and a missing head are reported")
  void reportsUnreadableLineAndMissingHead() throws IOException {
    Path file = writeFive();
    editLines(file, l -> {
      l.set(1, "{not json");
      return l;
    });
    Files.delete(dir.resolve("audit.jsonl.head"));
    try (FileAuditStore store = FileAuditStore.open(file)) {
      VerificationResult r = AuditTrail.verify(store, null);
      assertThat(r.problems()).extracting(AuditProblem::kind)
          .contains(AuditProblem.Kind.UNREADABLE, AuditProblem.Kind.REMOVED, AuditProblem.Kind.HEAD_MISMATCH);
      assertThat(r.problems()).filteredOn(p -> p.kind() == AuditProblem.Kind.UNREADABLE)
          .singleElement().satisfies(p -> assertThat(p.position()).isEqualTo(2));
      assertThatThrownBy(() -> AuditTrail.builder(store).build())
          .isInstanceOf(AuditFailedException.class).hasMessageContaining("no head");
    }
  }

  /** A sink whose writes fail, like a full disk. */
  private static final class FailingSink implements AuditSink {
    @Override
    public void append(AuditRecord record) {
      throw new IllegalStateException("disk full (simulated)");
    }

    @Override
    public Optional<AuditHead> head() {
      return Optional.empty();
    }

    @Override
    public boolean isEmpty() {
      return true;
    }

    @Override
    public List<StoredEntry> entries() {
      return List.of();
    }
  }

  @Test
  @DisplayName("audit: fail closed — a failing sink refuses the action and it never runs")
  void failsClosed() {
    AuditTrail trail = AuditTrail.builder(new FailingSink()).build();
    AtomicBoolean ran = new AtomicBoolean();
    assertThatThrownBy(() -> trail.recordThen(event(1), () -> {
      ran.set(true);
      return "data";
    })).isInstanceOf(AuditFailedException.class).hasMessageContaining("record 1").hasMessageContaining("disk full");
    assertThat(ran).isFalse();
    assertThatThrownBy(() -> trail.releaseAfterRecording(() -> "data", d -> event(1)))
        .isInstanceOf(AuditFailedException.class);
    assertThat(trail.lastSequence()).isZero();
  }

  @Test
  void recordThenRunsAfterTheWrite() {
    Path file = dir.resolve("audit.jsonl");
    try (FileAuditStore store = FileAuditStore.open(file)) {
      AuditTrail trail = AuditTrail.builder(store).build();
      String result = trail.recordThen(event(1), () -> {
        assertThat(store.head()).isPresent();
        return "data";
      });
      assertThat(result).isEqualTo("data");
      assertThat(trail.releaseAfterRecording(() -> List.of("AB1234"),
          ids -> AuditEvent.builder(Instant.EPOCH, "u01", "CA0340000", Action.EXPORT, Outcome.PERMIT)
              .recordIds(ids).resultCount((long) ids.size()).build())).containsExactly("AB1234");
      assertThat(trail.lastSequence()).isEqualTo(2);
    }
  }

  @Test
  void eventsRoundTripThroughJson() throws IOException {
    AuditEvent e = AuditEvent.builder(Instant.parse("2026-03-15T18:00:00.123456789Z"), "agent07", "CA0349400",
        Action.ALPR_QUERY, Outcome.DENY).reasonCodes(List.of("PURPOSE_NOT_SPECIFIC")).plate("7ABC123", "CA")
        .purpose("investigation").build();
    AuditRecord r = new AuditRecord(1, AuditRecord.GENESIS, new AuditCodec(null).hash(1, AuditRecord.GENESIS, e), e);
    String json = AuditCodec.json(r);
    assertThat(AuditCodec.MAPPER.readValue(json, AuditRecord.class)).isEqualTo(r);
    assertThat(json).startsWith("{\"sequence\":1,\"previousHash\":\"0000");
  }
}
