package org.leadssdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PhotoKind;

class SyntheticParoleesTest {
  private static final Instant AS_OF = SyntheticParolees.DEFAULT_AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();

  /** The property: 1,000 generated records round-trip through NDJSON unchanged. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void thousandRecordsRoundTripThroughNdjsonUnchanged(long seed) {
    List<Parolee> records = new SyntheticParolees(seed).parolees(1_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticFeeds.writeNdjson(out, seed, 1_000);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);

    assertThat(lines).as("seed %d", seed).hasSize(1_001);
    assertThat(lines[1_000]).isEmpty();
    for (int i = 0; i < 1_000; i++) {
      Parolee back = StrictJson.read(lines[i]);
      assertThat(back).as("seed %d line %d", seed, i + 1).isEqualTo(records.get(i));
      assertThat(SyntheticFeeds.line(back)).as("seed %d line %d", seed, i + 1).isEqualTo(lines[i]);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void recordsHoldTheGeneratorsPromises(long seed) {
    for (Parolee p : new SyntheticParolees(seed).parolees(500)) {
      String where = "seed " + seed + " " + p.cdcNumber();
      assertThat(p.recordVersion()).as(where).isGreaterThanOrEqualTo(1);
      assertThat(p.sourceTimestamp()).as(where).isBefore(AS_OF);
      int age = p.description().ageOn(SyntheticParolees.DEFAULT_AS_OF);
      assertThat(age).as(where).isBetween(18, 75);
      assertThat(p.offenses()).as(where).hasSizeBetween(1, 3);
      assertThat(p.aliases()).as(where).hasSizeLessThanOrEqualTo(3);
      assertThat(p.smts()).as(where).hasSizeLessThanOrEqualTo(4);
      assertThat(p.vehicles()).as(where).hasSizeLessThanOrEqualTo(2);
      assertThat(p.addresses()).as(where).isNotEmpty();
      p.photos().forEach(ph -> assertThat(ph.uri().toString()).as(where)
          .startsWith("photo://synthetic/" + p.cdcNumber().value() + "/"));
      p.photos().stream().filter(ph -> ph.kind() == PhotoKind.SMT)
          .forEach(ph -> assertThat(p.smts()).as(where).anyMatch(s -> s.code().equals(ph.smt())));
      p.vehicles().forEach(v -> assertThat(v.plate().number()).as(where).matches("[0-9A-Z]{6,7}"));
      for (Address a : p.addresses()) {
        if (a.geocode() != null && a.county() != null) {
          assertThat(a.geocode().point().latitude()).as(where).isBetween(32.0, 42.5);
          assertThat(a.geocode().point().longitude()).as(where).isBetween(-124.9, -113.9);
        }
      }
      if (p.supervision().agent() != null && p.supervision().agent().phone() != null) {
        assertThat(p.supervision().agent().phone().digits()).as(where).matches("[0-9]{3}55501[0-9]{2}");
      }
      if (p.status() == ParoleStatus.PRCS) {
        Address home = p.currentResidence().orElseThrow();
        assertThat(p.supervision().countyUnit().county()).as(where).isEqualTo(home.county());
        assertThat(p.addresses()).as(where).anyMatch(a -> a.type() == AddressType.SELF_DISCLOSED);
      }
    }
  }

  @Test
  void sameSeedGivesSameBytesAndDifferentSeedsDiffer() {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ByteArrayOutputStream c = new ByteArrayOutputStream();
    SyntheticFeeds.writeNdjson(a, 99, 2_000);
    SyntheticFeeds.writeNdjson(b, 99, 2_000);
    SyntheticFeeds.writeNdjson(c, 100, 2_000);

    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    assertThat(a.toByteArray()).isNotEqualTo(c.toByteArray());
    assertThat(new SyntheticParolees(99).next()).isEqualTo(new SyntheticParolees(99).next());
    assertThat(new SyntheticParolees(99).next().cdcNumber()).isNotEqualTo(new SyntheticParolees(100).next().cdcNumber());
  }

  @Test
  void streamGivesTheSameRecordsAsParolees() {
    assertThat(new SyntheticParolees(8).stream(300).toList()).isEqualTo(new SyntheticParolees(8).parolees(300));
  }

  @Test
  void builderOptionsApply() {
    LocalDate asOf = LocalDate.of(2030, 3, 15);
    SyntheticParolees gen = SyntheticParolees.builder(4)
        .asOf(asOf)
        .statusMix(Map.of(ParoleStatus.PRCS, 1))
        .photoFraction(0)
        .transientFraction(1)
        .build();
    for (Parolee p : gen.parolees(300)) {
      assertThat(p.status()).isEqualTo(ParoleStatus.PRCS);
      assertThat(p.photos()).noneMatch(ph -> ph.kind() == PhotoKind.MUGSHOT);
      assertThat(p.currentResidence().orElseThrow().street()).isEqualTo("TRANSIENT");
      assertThat(p.sourceTimestamp()).isBefore(asOf.atStartOfDay(ZoneOffset.UTC).toInstant());
      assertThat(p.description().ageOn(asOf)).isBetween(18, 75);
    }
    assertThat(gen.asOf()).isEqualTo(asOf);
    assertThat(gen.seed()).isEqualTo(4);
  }

  @Test
  void nextWithStatusGivesThatStatus() {
    SyntheticParolees gen = new SyntheticParolees(12);
    for (ParoleStatus s : ParoleStatus.values()) {
      assertThat(gen.next(s).status()).isEqualTo(s);
    }
  }

  @Test
  void builderRejectsBadOptions() {
    assertThatThrownBy(() -> SyntheticParolees.builder(1).statusMix(Map.of(ParoleStatus.ACTIVE, -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statusMix[ACTIVE]")
        .hasMessageContaining("-1.0");
    assertThatThrownBy(() -> SyntheticParolees.builder(1).statusMix(Map.of(ParoleStatus.ACTIVE, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one status a positive weight");
    assertThatThrownBy(() -> SyntheticParolees.builder(1).photoFraction(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("photoFraction")
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> SyntheticParolees.builder(1).asOf(LocalDate.of(1900, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asOf")
        .hasMessageContaining("1900-01-01");
  }

  @Test
  void helpersDrawWithinTheirBounds() {
    SyntheticParolees gen = new SyntheticParolees(21);
    for (int i = 0; i < 1_000; i++) {
      assertThat(gen.uniform(-3.5, 7.25)).isGreaterThanOrEqualTo(-3.5).isLessThan(7.25);
      assertThat(gen.nextInt(7)).isBetween(0, 6);
    }
    assertThat(gen.uniform(2.0, 2.0)).isEqualTo(2.0);
    List<GeoPoint> points = gen.points(2_000);
    assertThat(points).hasSize(2_000).allSatisfy(p -> {
      assertThat(p.latitude()).isBetween(32.4, 42.1);
      assertThat(p.longitude()).isBetween(-124.5, -114.1);
    });
    double meanLat = points.stream().mapToDouble(GeoPoint::latitude).average().orElseThrow();
    // Population-weighted: most people live in Southern California and the Bay Area.
    assertThat(meanLat).isCloseTo(35.3, within(1.0));
  }

  @Test
  void helpersRejectBadBounds() {
    SyntheticParolees gen = new SyntheticParolees(21);
    assertThatThrownBy(() -> gen.uniform(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lo=2.0, hi=1.0");
    assertThatThrownBy(() -> gen.uniform(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> gen.nextInt(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bound must be >= 1, got 0");
    assertThatThrownBy(() -> gen.parolees(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be between 0");
  }

  @Test
  void defaultStatusMixSumsToOne() {
    double sum = SyntheticParolees.defaultStatusMix().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(1.0, within(1e-9));
    assertThat(SyntheticParolees.defaultStatusMix()).containsOnlyKeys(ParoleStatus.values());
  }
}
