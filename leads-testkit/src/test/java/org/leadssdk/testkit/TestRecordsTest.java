package org.leadssdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;

class TestRecordsTest {
  @Test
  void fixedRecordIsValidAndAlwaysTheSame() {
    Parolee p = TestRecords.parolee().build();
    assertThat(p).isEqualTo(TestRecords.parolee().build());
    assertThat(p.cdcNumber()).isEqualTo(TestRecords.CDC_NUMBER);
    assertThat(p.status()).isEqualTo(ParoleStatus.ACTIVE);
    assertThat(StrictJson.read(SyntheticFeeds.line(p))).isEqualTo(p);
  }

  @Test
  void everyStatusHasAValidSupervision() {
    for (ParoleStatus status : ParoleStatus.values()) {
      Parolee p = TestRecords.parolee().supervision(TestRecords.supervision(status)).build();
      assertThat(p.status()).isEqualTo(status);
    }
  }

  @Test
  void seededRecordDependsOnTheSeedOnly() {
    assertThat(TestRecords.parolee(5).build()).isEqualTo(TestRecords.parolee(5).build());
    assertThat(TestRecords.parolee(5).build()).isNotEqualTo(TestRecords.parolee(6).build());
  }
}
