package org.leadssdk.search.lineup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.Alias;
import org.leadssdk.core.Offense;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.policy.AccessDeniedException;
import org.leadssdk.policy.Outcome;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditFailedException;

class LineupPackageTest {
  private final LineupFixture f = new LineupFixture();
  private final Lineup lineup = f.composer(11).compose(f.context(f.deputy),
      LineupSubject.inIndex(LineupFixture.SUBJECT), LineupSpec.defaults());

  @AfterEach
  void close() {
    f.close();
  }

  private static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  @Test
  void theWitnessPackageHoldsTheManifestTheInstructionsAndThePhotosByPosition() throws IOException {
    Map<String, byte[]> entries = unzip(LineupPackage.witnessPackage(lineup, f.store()));
    assertThat(entries.keySet()).containsExactly("manifest.json", "instructions.txt", "photos/position-1.jpg",
        "photos/position-2.jpg", "photos/position-3.jpg", "photos/position-4.jpg", "photos/position-5.jpg",
        "photos/position-6.jpg");
    JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
    assertThat(manifest.get("format").asText()).isEqualTo("leads-photo-lineup");
    assertThat(manifest.get("version").asInt()).isEqualTo(1);
    assertThat(manifest.get("lineupId").asText()).isEqualTo(lineup.id());
    assertThat(manifest.get("caseNumber").asText()).isEqualTo("SO-2026-000123");
    assertThat(manifest.get("positions")).hasSize(6);
    for (JsonNode p : manifest.get("positions")) {
      int n = p.get("position").asInt();
      String file = p.get("file").asText();
      assertThat(file).isEqualTo("photos/position-" + n + ".jpg");
      assertThat(p.get("sha256").asText()).isEqualTo(lineup.positions().get(n - 1).sha256())
          .isEqualTo(LineupPackage.sha256(entries.get(file)));
    }
    assertThat(manifest.has("key")).isFalse();
    assertThat(manifest.toString()).doesNotContain("subject").doesNotContain("photo://");
  }

  /** Every text a record of the fixture holds that a witness must not see. */
  private List<String> forbidden(Parolee p) {
    List<String> out = new ArrayList<>();
    out.add(p.cdcNumber().value());
    out.add(p.name().first());
    out.add(p.name().last());
    for (Alias a : p.aliases()) {
      out.add(a.last());
    }
    for (Offense o : p.offenses()) {
      out.add(o.codeSection().toString());
      out.add(o.codeSection().section());
      out.add(o.description());
    }
    out.add(p.supervision().status().code());
    out.add(p.supervision().status().displayName());
    out.add(p.supervision().level().displayName());
    if (p.supervision().agent() != null) {
      out.add(p.supervision().agent().name());
    }
    if (p.supervision().paroleUnit() != null) {
      out.add(p.supervision().paroleUnit().code());
    }
    out.addAll(p.supervision().specialConditions());
    out.add(p.photos().get(0).uri().toString());
    if (p.identifiers().ssn() != null) {
      out.add(p.identifiers().ssn().value());
    }
    if (p.identifiers().cii() != null) {
      out.add(p.identifiers().cii().value());
    }
    p.addresses().forEach(a -> out.add(a.street()));
    return out;
  }

  @Test
  @DisplayName("PC 859.7(a)(6): no criminal history, status, registration or CDC number in any entry of the package")
  void noCriminalHistoryStatusRegistrationOrCdcNumberAppearsInThePackage() {
    List<String> forbidden = new ArrayList<>();
    lineup.key().cdcNumbers().forEach(c -> forbidden.addAll(forbidden(f.records.get(c.value()))));
    for (ParoleStatus s : ParoleStatus.values()) {
      forbidden.add(s.code());
      forbidden.add(s.displayName());
    }
    for (RegistrationStatute r : RegistrationStatute.values()) {
      forbidden.add(r.code());
      forbidden.add(r.displayName());
    }
    for (SupervisionLevel l : SupervisionLevel.values()) {
      forbidden.add(l.displayName());
    }
    forbidden.add("subjectPosition");
    Map<String, byte[]> entries = unzip(LineupPackage.witnessPackage(lineup, f.store()));
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      // Photos are binary: read them byte for byte so that any embedded text would show.
      String text = new String(e.getValue(), e.getKey().endsWith(".jpg") ? StandardCharsets.ISO_8859_1
          : StandardCharsets.UTF_8);
      String folded = text.toLowerCase(Locale.ROOT);
      for (String word : forbidden) {
        if (word.length() >= 4) {
          assertThat(folded).as("entry %s must not contain %s", e.getKey(), word)
              .doesNotContain(word.toLowerCase(Locale.ROOT));
        } else {
          assertThat(text).as("entry %s must not contain %s", e.getKey(), word).doesNotContain(word);
        }
      }
      assertThat(e.getKey()).doesNotContainPattern("[A-Z]{1,2}[0-9]{4,5}");
    }
  }

  @Test
  @DisplayName("PC 859.7(a)(4), (a)(10): the instructions tell the witness the perpetrator may not be present and hold a place for the confidence statement")
  void theInstructionsCoverBlindAdministrationAndTheConfidenceStatement() {
    String text = LineupPackage.instructions(lineup);
    assertThat(text)
        .contains("BLIND ADMINISTRATION (California Penal Code 859.7)")
        .contains("must not know who the suspect is (blind administration)")
        .contains("may or may not be among the persons in these photos")
        .contains("should not feel compelled to make an identification")
        .contains("the investigation will continue")
        .contains("IMMEDIATELY ask how confident")
        .contains("VERBATIM, in the eyewitness' own words")
        .contains("CONFIDENCE STATEMENT - the eyewitness' own words, written down immediately and verbatim:")
        .contains("Position identified (1 to 6), or \"none\"")
        .contains("PC 859.7(a)(2)").contains("PC 859.7(a)(8)").contains("PC 859.7(a)(9)").contains("PC 859.7(a)(11)")
        .contains("Line-up " + lineup.id());
  }

  @Test
  @DisplayName("PC 859.7(a)(2), (c)(1): the key is written apart from the witness package")
  void theKeyIsWrittenSeparatelyAndNamesTheSubjectsPosition() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LineupPackage.writeKey(lineup, out);
    JsonNode key = new ObjectMapper().readTree(out.toByteArray());
    assertThat(key.get("format").asText()).isEqualTo("leads-photo-lineup-key");
    assertThat(key.get("lineupId").asText()).isEqualTo(lineup.id());
    assertThat(key.get("key").get("subjectPosition").asInt()).isEqualTo(lineup.subjectPosition());
    assertThat(key.get("key").get("entries").get(lineup.subjectPosition() - 1).get("cdcNumber").asText())
        .isEqualTo("AB1234");
    assertThat(key.get("spread")).hasSize(3);
  }

  @Test
  void aPhotoChangedAfterTheLineupWasBuiltStopsThePackage() {
    PhotoStore tampered = uri -> LineupFixture.jpeg("swapped " + uri);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> LineupPackage.writeWitnessPackage(lineup, tampered, out))
        .isInstanceOfSatisfying(PhotoIntegrityException.class, e -> assertThat(e.position()).isEqualTo(1))
        .hasMessageContaining("positions[1].sha256")
        .hasMessageContaining("the line-up recorded " + lineup.positions().get(0).sha256())
        .hasMessageNotContaining("C1000").hasMessageNotContaining("AB1234");
    assertThat(out.size()).as("nothing written").isZero();
  }

  @Test
  void bytesThatAreNoImageAreRefused() {
    byte[] text = "not an image".getBytes(StandardCharsets.US_ASCII);
    Lineup withText = withPhoto(lineup, 0, text);
    assertThatThrownBy(() -> LineupPackage.witnessPackage(withText, uri -> text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positions[1]: the photo store returned 12 bytes that are not a JPEG, PNG, GIF or WebP");
  }

  private static Lineup withPhoto(Lineup l, int index, byte[] bytes) {
    List<LineupPosition> positions = new ArrayList<>(l.positions());
    LineupPosition p = positions.get(index);
    positions.set(index, new LineupPosition(p.number(), p.photo(), LineupPackage.sha256(bytes)));
    return new Lineup(l.version(), l.id(), l.createdAt(), l.createdBy(), l.agencyOri(), l.caseNumber(),
        l.description(), l.spec(), positions, l.spread(), l.key());
  }

  @Test
  void aCaseNumberHoldingACdcNumberOfTheLineupIsRefused() {
    Lineup l = new Lineup(lineup.version(), lineup.id(), lineup.createdAt(), lineup.createdBy(), lineup.agencyOri(),
        "CASE AB1234", lineup.description(), lineup.spec(), lineup.positions(), lineup.spread(), lineup.key());
    assertThatThrownBy(() -> LineupPackage.witnessPackage(l, f.store()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lineup.caseNumber: the witness package would show a CDC number of the line-up")
        .hasMessageNotContaining("AB1234");
  }

  @Test
  void theSameLineupAndPhotosGiveTheSameBytes() {
    assertThat(LineupPackage.witnessPackage(lineup, f.store())).isEqualTo(LineupPackage.witnessPackage(lineup,
        f.store()));
  }

  @Test
  void sendingRecordsTheAuditEventBeforeTheSenderIsCalled() {
    List<LineupParcel> sent = new ArrayList<>();
    List<Integer> auditSizeAtSend = new ArrayList<>();
    LineupParcel parcel = f.composer(1).send(f.context(f.deputy), lineup, f.store(), p -> {
      auditSizeAtSend.add(f.sink.records().size());
      sent.add(p);
    }, "lineups@partner.example");
    assertThat(sent).containsExactly(parcel);
    assertThat(parcel.fileName()).isEqualTo("lineup-" + lineup.id() + ".zip");
    assertThat(parcel.recipient()).isEqualTo("lineups@partner.example");
    assertThat(unzip(parcel.zip())).containsKey("manifest.json");
    AuditEvent e = f.sink.records().get(auditSizeAtSend.get(0) - 1).event();
    assertThat(e.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(e.detail()).contains("sent to lineups@partner.example").contains(parcel.sha256());
    assertThat(e.recordIds()).contains("AB1234").hasSize(6);
  }

  @Test
  void nothingIsSentWhenTheAuditCannotBeWritten() {
    f.sink.failing(true);
    List<LineupParcel> sent = new ArrayList<>();
    assertThatThrownBy(() -> f.composer(1).send(f.context(f.deputy), lineup, f.store(), sent::add, "x@partner.example"))
        .isInstanceOf(AuditFailedException.class);
    assertThat(sent).isEmpty();
  }

  @Test
  void aFailedSendIsAuditedAndRethrown() {
    int before = f.sink.records().size();
    assertThatThrownBy(() -> f.composer(1).send(f.context(f.deputy), lineup, f.store(), p -> {
      throw new UncheckedIOException(new IOException("relay refused"));
    }, "x@partner.example"))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(f.sink.records()).hasSize(before + 2);
    assertThat(f.sink.records().get(before + 1).event().detail())
        .contains("sending line-up " + lineup.id() + " to x@partner.example failed")
        .contains("relay refused");
  }

  @Test
  void aUserWithoutThePhotoLineupRoleCannotSend() {
    List<LineupParcel> sent = new ArrayList<>();
    assertThatThrownBy(() -> f.composer(1).send(f.context(f.noLineupRole), lineup, f.store(), sent::add,
        "x@partner.example"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(sent).isEmpty();
    assertThat(f.sink.records().get(f.sink.records().size() - 1).event().outcome()).isEqualTo(Outcome.DENY);
  }
}
