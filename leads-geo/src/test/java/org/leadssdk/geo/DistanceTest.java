package org.leadssdk.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DistanceTest {
  @ParameterizedTest(name = "\"{0}\" = {1} m")
  @CsvSource(delimiter = '|', value = {
      "2mi | 3218.688",
      "500 ft | 152.4",
      "3.5km | 3500",
      "1.2 miles | 1931.2128",
      "800m | 800",
      "2,000 feet | 609.6",
      "1 MILE | 1609.344",
      "0.5 kilometres | 500",
      "  12 Meters  | 12",
      ".5 mi | 804.672",
      "0 ft | 0",
      "35 mi | 56327.04"})
  void parsesNumberAndUnit(String text, double meters) {
    assertThat(Distance.parse(text).meters()).isCloseTo(meters, within(1e-9));
  }

  @Test
  void parseErrorQuotesTheTextAndListsTheUnits() {
    assertThatThrownBy(() -> Distance.parse("2 furlongs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"2 furlongs\"")
        .hasMessageContaining("\"furlongs\"")
        .hasMessageContaining("accepted units: mi, mile, miles, km");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "mi", "2", "two miles", "NaN mi", "Infinity km", "1e3 m", "2 mi 3 ft", "1,23 km"})
  void rejectsTextThatIsNotANumberAndUnit(String text) {
    assertThatThrownBy(() -> Distance.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distance: \"" + text + "\"")
        .hasMessageContaining("accepted units");
  }

  @Test
  void rejectsNegativeText() {
    assertThatThrownBy(() -> Distance.parse("-2mi"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"-2mi\"")
        .hasMessageContaining("negative");
  }

  @Test
  void rejectsNegativeNaNAndInfiniteValues() {
    assertThatThrownBy(() -> Distance.ofMiles(-1)).hasMessageContaining("distance.miles").hasMessageContaining("-1.0");
    assertThatThrownBy(() -> Distance.ofMeters(Double.NaN)).hasMessageContaining("distance.meters")
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> Distance.ofFeet(Double.POSITIVE_INFINITY)).hasMessageContaining("distance.feet");
    assertThatThrownBy(() -> Distance.ofKilometers(-0.1)).hasMessageContaining("distance.kilometers");
  }

  @Test
  void convertsBetweenUnitsExactly() {
    Distance mile = Distance.ofMiles(1);
    assertThat(mile.feet()).isCloseTo(5280, within(1e-9));
    assertThat(mile.kilometers()).isCloseTo(1.609344, within(1e-12));
    assertThat(Distance.ofFeet(2000).meters()).isCloseTo(609.6, within(1e-9));
    assertThat(Distance.ofKilometers(2).miles()).isCloseTo(1.242742, within(1e-6));
  }

  @Test
  void ordersByLength() {
    assertThat(Distance.ofFeet(5281)).isGreaterThan(Distance.ofMiles(1));
    assertThat(Distance.ofFeet(5281).isLongerThan(Distance.ofMiles(1))).isTrue();
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Distance.ofMeters(0), Distance.ZERO, Distance.ofMeters(-0.0))
        .addEqualityGroup(Distance.ofKilometers(1), Distance.ofMeters(1000), Distance.parse("1km"))
        .addEqualityGroup(Distance.ofMiles(1))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Distance.class);
    new NullPointerTester().testAllPublicInstanceMethods(Distance.ofMiles(2));
  }
}
