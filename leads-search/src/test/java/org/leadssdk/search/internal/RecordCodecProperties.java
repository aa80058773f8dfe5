package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PersonName;
import org.leadssdk.core.Smt;
import org.leadssdk.core.SmtCode;
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

  /**
   * Text beyond ASCII (accented, three-byte and supplementary characters), whose UTF-8 length differs from
   * its length, also where that moves its length prefix from one byte to two, round-trips like ASCII.
   */
  @Test
  void textBeyondAsciiRoundTrips() {
    Parolee p = TestRecords.parolee()
        .name(PersonName.of("José", "Peña"))
        .addMoniker("Ñandú €")
        .addMoniker("𝒜lex")
        .addSmt(new Smt(SmtCode.parse("TAT L ARM"), "é".repeat(100)))
        .addSmt(new Smt(SmtCode.parse("TAT R ARM"), "x".repeat(150)))
        .build();
    byte[] bytes = RecordCodec.get().encode(p);
    assertThat(RecordCodec.get().decode(bytes, 0, bytes.length)).isEqualTo(p);
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
  void aDamagedCountIsReportedNotAllocated() {
    Parolee p = TestRecords.parolee().build();
    byte[] bytes = RecordCodec.get().encode(p);
    // The alias count follows the CDC number and the four name parts (short ASCII strings: a length byte each).
    PersonName n = p.name();
    int at = 1 + 6 + 1 + n.first().length() + (n.middle() == null ? 1 : 1 + n.middle().length())
        + 1 + n.last().length() + (n.suffix() == null ? 1 : 1 + n.suffix().length());
    assertThat(bytes[at]).isEqualTo((byte) p.aliases().size());
    byte[] huge = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07};
    byte[] damaged = new byte[bytes.length - 1 + huge.length];
    System.arraycopy(bytes, 0, damaged, 0, at);
    System.arraycopy(huge, 0, damaged, at, huge.length);
    System.arraycopy(bytes, at + 1, damaged, at + huge.length, bytes.length - at - 1);
    assertThatThrownBy(() -> RecordCodec.get().decode(damaged, 0, damaged.length))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("index may be damaged")
        .hasMessageContaining("2147483647");
  }

  @Test
  void theFormatFingerprintNamesItsVersion() {
    assertThat(RecordCodec.FORMAT).matches("rec\\d+-[0-9a-f]+");
  }
}
