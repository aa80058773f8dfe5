package org.leadssdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class GeoPointTest {
  @Test
  void acceptsTheBoundaries() {
    assertThat(new GeoPoint(90.0, 180.0).latitude()).isEqualTo(90.0);
    assertThat(new GeoPoint(-90.0, -180.0).longitude()).isEqualTo(-180.0);
  }

  @Test
  void rejectsLatitudeAbove90() {
    assertThatThrownBy(() -> new GeoPoint(91.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude")
        .hasMessageContaining("91.5");
  }

  @Test
  void rejectsNaNLongitude() {
    assertThatThrownBy(() -> new GeoPoint(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longitude");
  }

  @Test
  void parsesLatCommaLon() {
    assertThat(GeoPoint.parse(" 38.5767 , -121.4934 ")).isEqualTo(new GeoPoint(38.5767, -121.4934));
    assertThatThrownBy(() -> GeoPoint.parse("38.5767"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LAT,LON")
        .as("a location is sensitive: masked in the message")
        .hasMessageNotContaining("38.5767");
  }

  @Test
  void equalityTreatsNegativeZeroAsZero() {
    new EqualsTester()
        .addEqualityGroup(new GeoPoint(0.0, -0.0), new GeoPoint(-0.0, 0.0), GeoPoint.of(0, 0))
        .addEqualityGroup(new GeoPoint(38.5, -121.5))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(GeoPoint.class);
  }
}
