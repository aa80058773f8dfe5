package org.leadssdk.search.lineup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.Photo;
import org.leadssdk.core.PhotoKind;
import org.leadssdk.core.Race;
import org.leadssdk.core.Sex;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccessDeniedException;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.Outcome;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditFailedException;
import org.leadssdk.policy.audit.AuditRecord;

class LineupComposerTest {
  private final LineupFixture f = new LineupFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private Lineup compose(long seed, LineupSpec spec) {
    return f.composer(seed).compose(f.context(f.deputy), LineupSubject.inIndex(LineupFixture.SUBJECT), spec);
  }

  private static Set<String> fillers(Lineup l) {
    Set<String> out = new HashSet<>();
    l.key().entries().stream().filter(e -> !e.subject()).forEach(e -> out.add(e.cdcNumber().value()));
    return out;
  }

  private AuditEvent lastEvent() {
    List<AuditRecord> records = f.sink.records();
    return records.get(records.size() - 1).event();
  }

  @Test
  @DisplayName("PC 859.7(a)(5): fillers fit the description; never the subject, its duplicates, records without a front photo or hidden by retention")
  void fillersAreOnlyPlainFittingRecordsOverManySeeds() {
    for (long seed = 0; seed < 200; seed++) {
      Lineup l = compose(seed, LineupSpec.defaults());
      assertThat(LineupFixture.PLAIN).as("seed %d", seed).containsAll(fillers(l));
      assertThat(fillers(l)).as("seed %d", seed).hasSize(5);
      assertThat(l.key().entries().get(l.subjectPosition() - 1).cdcNumber()).isEqualTo(LineupFixture.SUBJECT);
    }
  }

  @Test
  void withAsManyFittingRecordsAsFillersEveryPlainRecordIsUsed() {
    Lineup l = compose(7, LineupSpec.builder().fillerCount(8).build());
    assertThat(fillers(l)).containsExactlyInAnyOrderElementsOf(LineupFixture.PLAIN);
    assertThat(l.positions()).hasSize(9);
  }

  @Test
  @DisplayName("too narrow bands: NotEnoughFillersException names the band and how many fit")
  void tooNarrowHeightBandNamesTheBandAndTheCounts() {
    LineupSpec spec = LineupSpec.builder().heightInches(0).build();
    assertThatThrownBy(() -> compose(1, spec))
        .isInstanceOfSatisfying(NotEnoughFillersException.class, e -> {
          assertThat(e.fitting()).isEqualTo(2);   // the two plain records at 70 in
          assertThat(e.required()).isEqualTo(5);
          assertThat(e.narrowestBand()).contains(Band.HEIGHT);
          // Height off: the 8 plain records plus E30005 (74 in), which fails only the height band.
          assertThat(e.fittingWithout()).containsEntry(Band.HEIGHT, 9L).containsEntry(Band.SEX, 3L)
              .containsEntry(Band.WEIGHT, 3L);   // E30001 (female) and E30006 (201 lb) are 70 in tall
          assertThat(e.withoutPhoto()).isEqualTo(1);       // F40001, full body only
          assertThat(e.possibleDuplicates()).isEqualTo(7);
        })
        .hasMessageContaining("only 2 records fit")
        .hasMessageContaining("5 fillers needed")
        .hasMessageContaining("the narrowest band is height within 0 inches (9 would fit without it)")
        .hasMessageContaining("widen the height band");
  }

  @Test
  void tooManyFillersAskedGivesTheException() {
    assertThatThrownBy(() -> compose(1, LineupSpec.builder().fillerCount(9).build()))
        .isInstanceOf(NotEnoughFillersException.class)
        .hasMessageContaining("only 8 records fit");
  }

  @Test
  void aNotBuiltLineupIsAuditedWithTheReason() {
    assertThatThrownBy(() -> compose(1, LineupSpec.builder().heightInches(0).build()))
        .isInstanceOf(NotEnoughFillersException.class);
    AuditEvent e = lastEvent();
    assertThat(e.action()).isEqualTo(Action.LINEUP);
    assertThat(e.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(e.recordIds()).containsExactly("AB1234");
    assertThat(e.detail()).startsWith("line-up not built: only 2 records fit");
  }

  @Test
  @DisplayName("Overview access: a user without Role.PHOTO_LINEUP is refused, and the refusal is audited")
  void aUserWithoutThePhotoLineupRoleIsRefusedAndAudited() {
    int before = f.sink.records().size();
    assertThatThrownBy(() -> f.composer(1).compose(f.context(f.noLineupRole), LineupSubject.inIndex(LineupFixture.SUBJECT),
        LineupSpec.defaults()))
        .isInstanceOfSatisfying(AccessDeniedException.class,
            e -> assertThat(e.decision().permitted()).isFalse());
    assertThat(f.sink.records()).hasSize(before + 1);
    AuditEvent e = lastEvent();
    assertThat(e.outcome()).isEqualTo(Outcome.DENY);
    assertThat(e.action()).isEqualTo(Action.LINEUP);
    assertThat(e.userId()).isEqualTo("deputy02");
    assertThat(e.recordIds()).isEmpty();
    assertThat(e.query()).contains("line-up around record AB1234");
  }

  @Test
  void aContextForAnotherActionIsRejected() {
    AccessContext search = AccessContext.of(f.deputy, org.leadssdk.testkit.TestAccess.agency(), Action.SEARCH);
    assertThatThrownBy(() -> f.composer(1).compose(search, LineupSubject.inIndex(LineupFixture.SUBJECT),
        LineupSpec.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("context.action must be LINEUP");
  }

  @Test
  void oneAuditEventNamesTheSubjectAndTheFillers() {
    int before = f.sink.records().size();
    Lineup l = compose(3, LineupSpec.defaults());
    assertThat(f.sink.records()).hasSize(before + 1);
    AuditEvent e = lastEvent();
    assertThat(e.action()).isEqualTo(Action.LINEUP);
    assertThat(e.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(e.caseNumber()).isEqualTo("SO-2026-000123");
    assertThat(e.recordIds()).containsExactlyElementsOf(l.key().cdcNumbers().stream().map(CdcNumber::value).toList());
    assertThat(e.recordIds()).contains("AB1234").hasSize(6);
    assertThat(e.detail()).isEqualTo("line-up " + l.id() + " built: 6 positions");
  }

  @Test
  void noLineupIsReturnedWhenTheAuditCannotBeWritten() {
    f.sink.failing(true);
    assertThatThrownBy(() -> compose(3, LineupSpec.defaults())).isInstanceOf(AuditFailedException.class);
  }

  @Test
  void aSubjectNotInTheIndexOrHiddenByRetentionIsRejectedWithItsMaskedNumber() {
    assertThatThrownBy(() -> f.composer(1).compose(f.context(f.deputy),
        LineupSubject.inIndex(CdcNumber.parse(LineupFixture.HIDDEN)), LineupSpec.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject.cdcNumber")
        .hasMessageContaining("not visible now")
        .hasMessageNotContaining(LineupFixture.HIDDEN);
  }

  @Test
  void aSubjectWithoutAFrontPhotoIsRejected() {
    assertThatThrownBy(() -> f.composer(1).compose(f.context(f.deputy),
        LineupSubject.inIndex(CdcNumber.parse(LineupFixture.NO_PHOTO)), LineupSpec.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no front photo (MUGSHOT)");
  }

  @Test
  void aDescribedSuspectGetsFillersAndItsNamesAndIdentifiersKeepItsRecordsOut() {
    SubjectDescription d = new SubjectDescription(Sex.MALE, Race.WHITE, 38, 70, 180, HairColor.BROWN);
    byte[] bytes = LineupFixture.jpeg("outside suspect");
    URI uri = URI.create("photo://host/case-17/suspect.jpg");
    Photo photo = new Photo(PhotoKind.MUGSHOT, uri, LineupPackage.sha256(bytes), null, null);
    Identifiers ids = f.records.get("AB1234").identifiers();
    LineupSubject s = LineupSubject.described(d, photo, List.of(new Alias("JOHN", "DOE")), ids);
    for (long seed = 0; seed < 50; seed++) {
      Lineup l = f.composer(seed).compose(f.context(f.deputy), s, LineupSpec.defaults());
      // Only JOHN DOE is given as a name: the records sharing an identifier or that name stay out; those
      // that match only the subject record's other aliases (D20006, D20007) may be used.
      assertThat(fillers(l)).as("seed %d", seed)
          .doesNotContain("D20001", "D20002", "D20003", "D20004", "D20005")
          .allMatch(c -> LineupFixture.PLAIN.contains(c) || c.equals("D20006") || c.equals("D20007"));
      LineupKey.Entry subject = l.key().entries().get(l.subjectPosition() - 1);
      assertThat(subject.cdcNumber()).isNull();
      assertThat(l.positions().get(l.subjectPosition() - 1).photo()).isEqualTo(uri);
    }
  }

  @Test
  void aDescribedSuspectNeedsAFrontPhoto() {
    SubjectDescription d = new SubjectDescription(Sex.MALE, Race.WHITE, 38, 70, 180, HairColor.BROWN);
    Photo body = new Photo(PhotoKind.FULL_BODY, URI.create("photo://host/x.jpg"), "a".repeat(64), null, null);
    assertThatThrownBy(() -> LineupSubject.described(d, body, List.of(), Identifiers.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject.photo.kind: FULL-BODY is not a front photo");
  }

  @Test
  @DisplayName("PC 859.7(a)(5) 'not unduly stand out': the spread reports the subject against the fillers")
  void theSpreadComparesTheSubjectWithTheFillers() {
    Lineup l = compose(7, LineupSpec.builder().fillerCount(8).build());
    AttributeSpread height = l.spread().get(1);
    assertThat(height.attribute()).isEqualTo(Band.HEIGHT);
    assertThat(height.subjectValue()).isEqualTo(70);
    assertThat(height.fillerMin()).isEqualTo(68);
    assertThat(height.fillerMax()).isEqualTo(72);
    // 68, 69, 70, 70, 71, 72, 72, 69: mean 70.125, population sd sqrt(14.875 / 8)
    assertThat(height.fillerMean()).isEqualTo(70.125);
    double sd = Math.sqrt(14.875 / 8);
    assertThat(height.fillerStandardDeviation()).isCloseTo(sd, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(height.standardDeviationsFromMean()).isCloseTo(-0.125 / sd, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(height.outsideFillerRange()).isFalse();
    assertThat(l.spread()).extracting(AttributeSpread::attribute).containsExactly(Band.AGE, Band.HEIGHT, Band.WEIGHT);
    assertThat(l.spread().get(0).subjectValue()).isEqualTo(38);
  }

  @Test
  void theSameSeedGivesTheSameLineupAndTheDefaultIsSecureRandom() {
    Lineup a = compose(42, LineupSpec.defaults());
    Lineup b = compose(42, LineupSpec.defaults());
    assertThat(a.key()).isEqualTo(b.key());
    assertThat(a.id()).isEqualTo(b.id());
    Lineup c = LineupComposer.builder(f.search).build()
        .compose(f.context(f.deputy), LineupSubject.inIndex(LineupFixture.SUBJECT), LineupSpec.defaults());
    assertThat(c.id()).isNotEqualTo(a.id());
    assertThat(c.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void theLineupRecordsWhoBuiltItAndTheCase() {
    Lineup l = compose(5, LineupSpec.defaults());
    assertThat(l.createdAt()).isEqualTo(LineupFixture.NOW);
    assertThat(l.createdBy()).isEqualTo("deputy01");
    assertThat(l.agencyOri()).isEqualTo(org.leadssdk.testkit.TestAccess.ORI);
    assertThat(l.caseNumber()).isEqualTo("SO-2026-000123");
    assertThat(l.description()).isEqualTo(new SubjectDescription(Sex.MALE, Race.WHITE, 38, 70, 180, HairColor.BROWN));
  }
}
