package org.leadssdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Suspension;

class DeltasTest {
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void deltasRaiseVersionsAndNeverTouchARemovedRecord(long seed) {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<Parolee> base = gen.parolees(300);
    Map<CdcNumber, Long> version = new HashMap<>();
    Map<CdcNumber, Instant> stamp = new HashMap<>();
    base.forEach(p -> {
      version.put(p.cdcNumber(), p.recordVersion());
      stamp.put(p.cdcNumber(), p.sourceTimestamp());
    });
    Set<CdcNumber> removed = new HashSet<>();
    int moves = 0;
    int suspensions = 0;
    int releases = 0;
    for (FeedLine line : gen.deltas(base, 400)) {
      String where = "seed " + seed + " " + line.cdcNumber();
      assertThat(removed).as(where).doesNotContain(line.cdcNumber());
      Long before = version.get(line.cdcNumber());
      if (before == null) {
        Parolee p = ((FeedLine.Upsert) line).parolee();
        assertThat(p.status()).as(where).isEqualTo(ParoleStatus.PRCS);
        assertThat(p.recordVersion()).as(where).isEqualTo(1);
        assertThat(p.supervision().releaseDate()).as(where).isEqualTo(gen.asOf());
        releases++;
      } else {
        assertThat(line.recordVersion()).as(where).isEqualTo(before + 1);
      }
      Instant ts = line instanceof FeedLine.Upsert u ? u.parolee().sourceTimestamp()
          : ((FeedLine.Tombstone) line).sourceTimestamp();
      if (stamp.containsKey(line.cdcNumber())) {
        assertThat(ts).as(where).isAfter(stamp.get(line.cdcNumber()));
      }
      version.put(line.cdcNumber(), line.recordVersion());
      stamp.put(line.cdcNumber(), ts);
      switch (line) {
        case FeedLine.Tombstone t -> removed.add(t.cdcNumber());
        case FeedLine.Upsert u when before != null && u.parolee().status() == ParoleStatus.SUSPENDED
            && u.parolee().supervision().events().stream()
                .anyMatch(e -> e instanceof Suspension s && s.start().equals(gen.asOf())) -> suspensions++;
        case FeedLine.Upsert u -> {
          if (before != null) {
            assertThat(u.parolee().currentResidence().orElseThrow().from()).as(where).isEqualTo(gen.asOf());
            assertThat(u.parolee().addresses().stream()
                    .filter(a -> a.type() == AddressType.RESIDENCE && a.isCurrent()))
                .as(where).hasSize(1);
            moves++;
          }
        }
      }
    }
    assertThat(moves).isPositive();
    assertThat(suspensions).isPositive();
    assertThat(releases).isPositive();
    assertThat(removed).isNotEmpty();
  }

  @Test
  void staticDeltasMatchTheBaseFeedOfTheSameSeed() {
    List<FeedLine> a = SyntheticFeeds.deltas(77, 200, 50);
    List<FeedLine> b = SyntheticFeeds.deltas(77, 200, 50);
    assertThat(a).hasSize(50).isEqualTo(b);
    Set<CdcNumber> base = new HashSet<>();
    new SyntheticParolees(77).parolees(200).forEach(p -> base.add(p.cdcNumber()));
    assertThat(a).filteredOn(l -> l instanceof FeedLine.Tombstone).allMatch(l -> base.contains(l.cdcNumber()));
  }

  @Test
  void tombstoneLineHasTheFeedFormat() {
    FeedLine.Tombstone t = new FeedLine.Tombstone(new CdcNumber("AB1234"), 8, Instant.parse("2026-01-02T03:04:05Z"));
    String expected = "{\"tombstone\":{\"cdcNumber\":\"AB1234\",\"recordVersion\":8,"
        + "\"sourceTimestamp\":\"2026-01-02T03:04:05Z\"}}";
    assertThat(SyntheticFeeds.line(t)).isEqualTo(expected);

    Parolee p = TestRecords.parolee().build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticFeeds.writeNdjson(out, List.of(new FeedLine.Upsert(p), t));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(SyntheticFeeds.line(p) + "\n" + expected + "\n");
  }
}
