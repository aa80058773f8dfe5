package org.leadssdk.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.GeoPoint;

class GreatCircleTest {
  static final GeoPoint CAPITOL = new GeoPoint(38.5767, -121.4934);
  static final GeoPoint LA_CITY_HALL = new GeoPoint(34.0537, -118.2428);

  static java.util.stream.LongStream seeds() {
    return TestData.seeds();
  }

  @Test
  void oneDegreeOfLatitudeIsAboutOneHundredElevenKilometers() {
    assertThat(GreatCircle.distance(new GeoPoint(0, 0), new GeoPoint(1, 0)).meters())
        .isCloseTo(Math.PI / 180 * 6_371_008.8, within(1e-6));
  }

  @Test
  void sacramentoToLosAngelesIsAbout580Kilometers() {
    // Haversine on the mean radius; the WGS 84 ellipsoid gives about 581 km.
    assertThat(GreatCircle.distance(CAPITOL, LA_CITY_HALL).kilometers()).isCloseTo(580.5, within(2.0));
  }

  @Test
  void distanceIsSymmetricAndZeroToItself() {
    assertThat(GreatCircle.distance(CAPITOL, CAPITOL)).isEqualTo(Distance.ZERO);
    assertThat(GreatCircle.distance(CAPITOL, LA_CITY_HALL)).isEqualTo(GreatCircle.distance(LA_CITY_HALL, CAPITOL));
  }

  @Test
  void rejectsNonFiniteBearing() {
    assertThatThrownBy(() -> GreatCircle.destination(CAPITOL, Double.NaN, Distance.ofMiles(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bearingDegrees");
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().setDefault(GeoPoint.class, CAPITOL).setDefault(Distance.class, Distance.ZERO)
        .testAllPublicStaticMethods(GreatCircle.class);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void destinationLiesAtTheDistanceAndInsideTheBoundingBox(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 200; i++) {
      GeoPoint start = new GeoPoint(r.nextDouble(-80, 80), r.nextDouble(-179, 179));
      Distance d = Distance.ofMeters(r.nextDouble(0, 200_000));
      double bearing = r.nextDouble(0, 360);
      GeoPoint end = GreatCircle.destination(start, bearing, d);
      assertThat(GreatCircle.distance(start, end).meters()).as("seed %d, i %d", seed, i)
          .isCloseTo(d.meters(), within(1e-3));
      BoundingBox box = GreatCircle.boundingBox(start, d);
      assertThat(box.contains(end)).as("seed %d, i %d: %s not in %s", seed, i, end, box).isTrue();
    }
  }

  @Test
  void boundingBoxWidensToAllLongitudesAtThePoleAndAcrossTheAntimeridian() {
    BoundingBox polar = GreatCircle.boundingBox(new GeoPoint(89.9, 10), Distance.ofKilometers(50));
    assertThat(polar.west()).isEqualTo(-180.0);
    assertThat(polar.north()).isEqualTo(90.0);
    BoundingBox dateLine = GreatCircle.boundingBox(new GeoPoint(0, 179.9), Distance.ofKilometers(50));
    assertThat(dateLine.west()).isEqualTo(-180.0);
    assertThat(dateLine.east()).isEqualTo(180.0);
  }
}
