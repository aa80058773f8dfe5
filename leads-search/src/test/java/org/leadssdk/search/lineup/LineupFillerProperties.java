package org.leadssdk.search.lineup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PhotoKind;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.LeadsSearch;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.SyntheticParolees;
import org.leadssdk.testkit.TestAccess;

/**
 * Line-ups on a synthetic statewide-like population against brute-force oracles: every filler fits every
 * band, is visible, has a front photo and is neither the subject nor its possible duplicate; a refusal for
 * too few fillers counts exactly the records that fit; the subject's position is uniform.
 */
class LineupFillerProperties {
  private static final int RECORDS = 3_000;
  private static final ZoneId ZONE = PolicyConfig.DEFAULTS.zone();
  private static final LocalDate TODAY = LocalDate.ofInstant(LineupFixture.NOW, ZONE);

  private static LeadsIndex index;
  private static LeadsSearch search;
  private static AccessContext context;
  /** The records retention shows at {@link LineupFixture#NOW}. */
  private static List<Parolee> visible;
  private static List<Parolee> subjects;

  @BeforeAll
  static void population() {
    List<Parolee> all = new SyntheticParolees(0x11AE_0001L).parolees(RECORDS);
    index = LeadsIndex.builder().inMemory().clock(MutableClock.at(LineupFixture.NOW)).build();
    all.forEach(index::upsert);
    index.refresh();
    visible = all.stream().filter(p -> index.retention().visibility(p, LineupFixture.NOW).visible()).toList();
    subjects = visible.stream().filter(p -> p.photos().stream().anyMatch(ph -> ph.kind() == PhotoKind.MUGSHOT))
        .toList();
    User deputy = TestAccess.deputy(LineupFixture.NOW).build();
    search = LeadsSearch.builder().index(index)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, TestAccess.registry(deputy)))
        .redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(new InMemoryAuditSink()).build())
        .clock(MutableClock.at(LineupFixture.NOW)).build();
    context = AccessContext.of(deputy, TestAccess.agency(), Action.LINEUP);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  /** A spec drawn from {@code r}: bands on or off and of any width, 1 to 8 fillers. */
  private static LineupSpec spec(SplittableRandom r) {
    return LineupSpec.builder()
        .ageYears(r.nextInt(5) == 0 ? null : r.nextInt(0, 9))
        .heightInches(r.nextInt(5) == 0 ? null : r.nextInt(0, 5))
        .weightPounds(r.nextInt(5) == 0 ? null : r.nextInt(0, 40))
        .sameSex(r.nextInt(6) != 0)
        .sameRace(r.nextInt(4) != 0)
        .sameHair(r.nextInt(3) != 0)
        .fillerCount(r.nextInt(1, 9))
        .build();
  }

  // --- the oracle: plain arithmetic over every visible record ---

  private static boolean fitsOracle(Parolee c, Parolee s, LineupSpec spec) {
    PhysicalDescription a = c.description();
    PhysicalDescription b = s.description();
    int ageA = Period.between(a.dateOfBirth(), TODAY).getYears();
    int ageB = Period.between(b.dateOfBirth(), TODAY).getYears();
    return (!spec.sameSex() || a.sex() == b.sex())
        && (!spec.sameRace() || a.race() == b.race())
        && (!spec.sameHair() || a.hair() == b.hair())
        && (spec.ageYears() == null || Math.abs(ageA - ageB) <= spec.ageYears())
        && (spec.heightInches() == null || Math.abs(a.heightInches() - b.heightInches()) <= spec.heightInches())
        && (spec.weightPounds() == null || Math.abs(a.weightPounds() - b.weightPounds()) <= spec.weightPounds());
  }

  private static Set<String> names(Parolee p) {
    Set<String> out = new HashSet<>();
    out.add(norm(p.name().first()) + " " + norm(p.name().last()));
    for (Alias a : p.aliases()) {
      out.add((a.first() == null ? "*" : norm(a.first())) + " " + norm(a.last()));
    }
    return out;
  }

  private static String norm(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^\\p{L}]", "")
        .toUpperCase(Locale.ROOT);
  }

  private static boolean sameName(String x, String y) {
    String[] a = x.split(" ");
    String[] b = y.split(" ");
    return a[1].equals(b[1]) && (a[0].equals("*") || b[0].equals("*") || a[0].equals(b[0]));
  }

  private static boolean duplicateOracle(Parolee c, Parolee s) {
    if (c.cdcNumber().equals(s.cdcNumber())) {
      return true;
    }
    Identifiers x = c.identifiers();
    Identifiers y = s.identifiers();
    if ((x.cii() != null && Objects.equals(x.cii(), y.cii())) || (x.fbi() != null && Objects.equals(x.fbi(), y.fbi()))
        || (x.ssn() != null && Objects.equals(x.ssn(), y.ssn()))
        || (x.driverLicence() != null && Objects.equals(x.driverLicence(), y.driverLicence()))) {
      return true;
    }
    for (String a : names(c)) {
      for (String b : names(s)) {
        if (sameName(a, b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasMugshot(Parolee p) {
    return p.photos().stream().anyMatch(ph -> ph.kind() == PhotoKind.MUGSHOT);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  @DisplayName("PC 859.7(a)(5): every filler fits every band and is not the subject's duplicate (oracle)")
  void everyFillerFitsTheBandsAndIsNotTheSubject(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Map<String, Parolee> byCdc = new HashMap<>();
    visible.forEach(p -> byCdc.put(p.cdcNumber().value(), p));
    for (int round = 0; round < 6; round++) {
      Parolee subject = subjects.get(r.nextInt(subjects.size()));
      LineupSpec spec = spec(r);
      LineupComposer composer = LineupComposer.builder(search).random(new SplittableRandom(r.nextLong())).build();
      long oracleFitting = visible.stream()
          .filter(c -> fitsOracle(c, subject, spec) && !duplicateOracle(c, subject) && hasMugshot(c))
          .count();
      String where = "seed " + seed + " round " + round + " subject " + subject.cdcNumber().value() + " spec "
          + spec;
      Lineup lineup;
      try {
        lineup = composer.compose(context, LineupSubject.inIndex(subject.cdcNumber()), spec);
      } catch (NotEnoughFillersException e) {
        assertThat(e.fitting()).as(where).isEqualTo(oracleFitting).isLessThan(spec.fillerCount());
        continue;
      }
      assertThat(oracleFitting).as(where).isGreaterThanOrEqualTo(spec.fillerCount());
      List<String> fillers = new ArrayList<>();
      for (LineupKey.Entry e : lineup.key().entries()) {
        if (e.subject()) {
          assertThat(e.cdcNumber()).as(where).isEqualTo(subject.cdcNumber());
          continue;
        }
        CdcNumber cdc = e.cdcNumber();
        Parolee filler = byCdc.get(cdc.value());
        if (filler == null) {
          fail(where + ": filler " + cdc.value() + " is not a visible record");
        }
        assertThat(fitsOracle(filler, subject, spec)).as(where + " filler " + cdc.value() + " fits").isTrue();
        assertThat(duplicateOracle(filler, subject)).as(where + " filler " + cdc.value() + " duplicate").isFalse();
        assertThat(filler.photos()).as(where).anySatisfy(ph -> {
          assertThat(ph.kind()).isEqualTo(PhotoKind.MUGSHOT);
          assertThat(ph.sha256()).isEqualTo(lineup.positions().get(e.position() - 1).sha256());
        });
        fillers.add(cdc.value());
      }
      assertThat(fillers).as(where).doesNotHaveDuplicates().hasSize(spec.fillerCount());
    }
  }

  /**
   * Chi-square goodness of fit of the subject's position over 1,200 seeded line-ups of six photos: 200
   * expected per position, 5 degrees of freedom; uniformity is rejected at significance 0.001 when the
   * statistic exceeds 20.515. The seeds are fixed, so the outcome is the same on every run.
   */
  @Test
  @DisplayName("PC 859.7(c)(2): the subject's position is uniform (chi-square, 5 df, significance 0.001)")
  void theSubjectsPositionIsUniform() {
    int runs = 1_200;
    int positions = LineupSpec.DEFAULT_FILLERS + 1;
    long[] counts = new long[positions];
    try (LineupFixture f = new LineupFixture()) {
      for (long seed = 0; seed < runs; seed++) {
        Lineup l = f.composer(seed * 0x9E3779B97F4A7C15L).compose(f.context(f.deputy),
            LineupSubject.inIndex(LineupFixture.SUBJECT), LineupSpec.defaults());
        counts[l.subjectPosition() - 1]++;
      }
    }
    double expected = (double) runs / positions;
    double chiSquare = 0;
    for (long c : counts) {
      chiSquare += (c - expected) * (c - expected) / expected;
    }
    assertThat(chiSquare).as("chi-square of position counts %s", java.util.Arrays.toString(counts))
        .isLessThan(20.515);
    assertThat(counts).as("every position is used").doesNotContain(0L);
  }
}
