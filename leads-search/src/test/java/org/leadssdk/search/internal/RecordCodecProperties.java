package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Parolee;
import org.leadssdk.testkit.SyntheticParolees;
import org.leadssdk.testkit.TestRecords;

class RecordCodecProperties {
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void everyGeneratedRecordRoundTripsUnchanged(long seed) {
    for (Parolee p : new SyntheticParolees(seed).parolees(300)) {
      byte[] bytes = RecordCodec.get().encode(p);
      assertThat(RecordCodec.get().decode(bytes, 0, bytes.length)).as("seed %d %s", seed, p.cdcNumber()).isEqualTo(p);
    }
  }

  @Test
  void theFullyPopulatedFixtureRoundTrips() {
    Parolee p = TestRecords.parolee().build();
    byte[] bytes = RecordCodec.get().encode(p);
    byte[] padded = new byte[bytes.length + 7];
    System.arraycopy(bytes, 0, padded, 3, bytes.length);
    assertThat(RecordCodec.get().decode(padded, 3, bytes.length)).isEqualTo(p);
  }

  @Test
  void damagedBytesAreReportedNotMisread() {
    byte[] bytes = RecordCodec.get().encode(TestRecords.parolee().build());
    assertThatThrownBy(() -> RecordCodec.get().decode(bytes, 0, bytes.length - 5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("index may be damaged");
    byte[] extra = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> RecordCodec.get().decode(extra, 0, extra.length))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("left over");
  }

  @Test
  void theFormatFingerprintNamesItsVersion() {
    assertThat(RecordCodec.FORMAT).matches("rec\\d+-[0-9a-f]+");
  }
}
