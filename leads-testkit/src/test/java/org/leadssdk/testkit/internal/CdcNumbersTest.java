package org.leadssdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.CdcNumber;

class CdcNumbersTest {
  @Test
  void isABijectionOverEveryCdcNumber() {
    CdcNumbers numbers = new CdcNumbers(7);
    BitSet seen = new BitSet(CdcNumbers.CAPACITY);
    for (int i = 0; i < CdcNumbers.CAPACITY; i++) {
      int index = indexOf(numbers.number(i));
      assertThat(seen.get(index)).as("index %d repeats a number", i).isFalse();
      seen.set(index);
    }
    assertThat(seen.cardinality()).isEqualTo(CdcNumbers.CAPACITY);
  }

  @Test
  void rejectsAnIndexPastTheCapacity() {
    CdcNumbers numbers = new CdcNumbers(7);
    assertThatThrownBy(() -> numbers.number(CdcNumbers.CAPACITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index must be between 0 and 9359999")
        .hasMessageContaining("got 9360000");
    assertThatThrownBy(() -> numbers.number(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void differentSeedsShuffleDifferently() {
    assertThat(new CdcNumbers(1).number(0)).isNotEqualTo(new CdcNumbers(2).number(0));
  }

  private static int indexOf(CdcNumber cdc) {
    String v = cdc.value();
    if (Character.isDigit(v.charAt(1))) {
      return (v.charAt(0) - 'A') * 100_000 + Integer.parseInt(v.substring(1));
    }
    return 2_600_000 + ((v.charAt(0) - 'A') * 26 + (v.charAt(1) - 'A')) * 10_000 + Integer.parseInt(v.substring(2));
  }
}
