package org.leadssdk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.json.ParoleeFixtures;

class FeedValueTypesTest {
  private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");
  private static final CdcNumber AB1234 = CdcNumber.parse("AB1234");

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(CdcNumber.class, AB1234)
        .setDefault(Instant.class, T)
        .setDefault(Parolee.class, ParoleeFixtures.minimal())
        .setDefault(long.class, 1L);
  }

  @Test
  void tombstoneRejectsVersionZeroAndNulls() {
    assertThatThrownBy(() -> new Tombstone(AB1234, 0, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tombstone.recordVersion must be >= 1, got 0");
    assertThat(new Tombstone(AB1234, 1, T).recordVersion()).isEqualTo(1);
    tester().testAllPublicConstructors(Tombstone.class);
  }

  @Test
  void upsertExposesTheRecordsIdentityAndVersion() {
    Upsert u = new Upsert(ParoleeFixtures.full());
    assertThat(u.cdcNumber()).isEqualTo(AB1234);
    assertThat(u.recordVersion()).isEqualTo(7);
    assertThat(u.sourceTimestamp()).isEqualTo(ParoleeFixtures.SOURCE_TIME);
    tester().testAllPublicConstructors(Upsert.class);
  }

  @Test
  void entriesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(new Tombstone(AB1234, 8, T), new Tombstone(CdcNumber.parse("ab1234"), 8, T))
        .addEqualityGroup(new Tombstone(AB1234, 9, T))
        .addEqualityGroup(new Upsert(ParoleeFixtures.full()), new Upsert(ParoleeFixtures.full()))
        .addEqualityGroup(new Upsert(ParoleeFixtures.minimal()))
        .testEquals();
  }

  @Test
  void rejectValidatesAndPrintsPathValueAndRule() {
    Reject r = new Reject(3, "addresses[1].zip", "\"95**\"", "zip must be 5 digits");
    assertThat(r).hasToString("line 3: addresses[1].zip = \"95**\": zip must be 5 digits");
    assertThat(new Reject(4, Reject.WHOLE_LINE, "", "blank line")).hasToString("line 4: $: blank line");
    assertThatThrownBy(() -> new Reject(0, "x", "", "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lineNumber must be >= 1, got 0");
    new EqualsTester()
        .addEqualityGroup(r, new Reject(3, "addresses[1].zip", "\"95**\"", "zip must be 5 digits"))
        .addEqualityGroup(new Reject(3, "addresses[1].zip", "", "zip must be 5 digits"))
        .testEquals();
    tester().testAllPublicConstructors(Reject.class);
  }

  @Test
  void reportRefusesCountsThatDoNotReconcile() {
    assertThatThrownBy(() -> new FeedReport(10, 8, 1, 0, List.of(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts do not reconcile: read 10 != accepted 8 + rejected 1");
    assertThatThrownBy(() -> new FeedReport(-1, -1, 0, 0, List.of(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counts must be >= 0");
    FeedReport report = new FeedReport(10, 9, 1, 5, List.of(new Reject(7, "$", "", "blank line")), false);
    assertThat(report.lastLineNumber()).isEqualTo(15);
    assertThat(report).hasToString("FeedReport[read 10 = accepted 9 + rejected 1; skipped 5; 1 problem kept]");
    tester().testAllPublicConstructors(FeedReport.class);
  }

  @Test
  void readerWriterAndDownloadRejectNullArguments() {
    NullPointerTester t = tester();
    t.testAllPublicInstanceMethods(NdjsonFeedReader.create());
    t.testAllPublicStaticMethods(NdjsonFeedWriter.class);
    t.testAllPublicStaticMethods(CsvCountyDownload.class);
  }
}
