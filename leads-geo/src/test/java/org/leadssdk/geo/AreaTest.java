package org.leadssdk.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.GeoPoint;

class AreaTest {
  static final String SQUARE_WITH_HOLE_WKT =
      "POLYGON ((-122 37, -121 37, -121 38, -122 38, -122 37), (-121.6 37.4, -121.4 37.4, -121.4 37.6,"
          + " -121.6 37.6, -121.6 37.4))";

  @Test
  void readsWktPolygonWithHole() {
    Area a = Area.parseWkt(SQUARE_WITH_HOLE_WKT);
    assertThat(a.parts()).hasSize(1);
    assertThat(a.parts().get(0).holes()).hasSize(1);
    assertThat(a.contains(GeoPoint.of(37.2, -121.8))).isTrue();
    assertThat(a.contains(GeoPoint.of(37.5, -121.5))).as("inside the hole").isFalse();
    assertThat(a.contains(GeoPoint.of(37.0, -121.5))).as("on the edge").isTrue();
    assertThat(a.contains(GeoPoint.of(38.5, -121.5))).isFalse();
    assertThat(a.boundingBox()).isEqualTo(new BoundingBox(37, -122, 38, -121));
  }

  @Test
  void readsGeoJsonMultiPolygonAndFeature() {
    String multi = """
        {"type":"MultiPolygon","coordinates":[
          [[[-122,37],[-121,37],[-121,38],[-122,37]]],
          [[[-119,35],[-118,35],[-118,36],[-119,36],[-119,35]]]]}""";
    Area a = Area.parseGeoJson(multi);
    assertThat(a.parts()).hasSize(2);
    assertThat(a.contains(GeoPoint.of(35.5, -118.5))).isTrue();
    assertThat(a.contains(GeoPoint.of(37.2, -121.2))).isTrue();
    assertThat(a.contains(GeoPoint.of(36.5, -120))).isFalse();
    String feature = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
        + "[[[-122,37,10],[-121,37,10],[-121,38,10],[-122,37,10]]]}}";
    assertThat(Area.parseGeoJson(feature).contains(GeoPoint.of(37.2, -121.2))).isTrue();
  }

  @Test
  void wktAndGeoJsonOfTheSamePolygonAreEqual() {
    Area fromWkt = Area.parseWkt("POLYGON ((-122 37, -121 37, -121 38, -122 37))");
    Area fromJson = Area.parseGeoJson("{\"type\":\"Polygon\",\"coordinates\":[[[-122,37],[-121,37],[-121,38],[-122,37]]]}");
    new EqualsTester()
        .addEqualityGroup(fromWkt, fromJson)
        .addEqualityGroup(Area.parseWkt(SQUARE_WITH_HOLE_WKT))
        .testEquals();
  }

  @Test
  void rejectsSelfIntersectingRingNamingWhere() {
    // A bow tie: the edges cross at (-121.5, 37.5).
    assertThatThrownBy(() -> Area.parseWkt("POLYGON ((-122 37, -121 38, -121 37, -122 38, -122 37))"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ring self-intersects at -121.5,37.5");
    assertThatThrownBy(() -> Area.parseGeoJson(
            "{\"type\":\"Polygon\",\"coordinates\":[[[-122,37],[-121,38],[-121,37],[-122,38],[-122,37]]]}"))
        .hasMessageContaining("ring self-intersects at -121.5,37.5");
  }

  @Test
  void rejectsUnclosedRing() {
    assertThatThrownBy(() -> Area.parseGeoJson(
            "{\"type\":\"Polygon\",\"coordinates\":[[[-122,37],[-121,37],[-121,38],[-122,38]]]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("geoJson.coordinates[0]")
        .hasMessageContaining("ring is not closed")
        .hasMessageContaining("-122.0,37.0")
        .hasMessageContaining("-122.0,38.0");
    assertThatThrownBy(() -> Area.parseWkt("POLYGON ((-122 37, -121 37, -121 38, -122 38))"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ring is not closed");
  }

  @Test
  void rejectsRingWithTooFewPositions() {
    assertThatThrownBy(() -> Area.parseGeoJson(
            "{\"type\":\"Polygon\",\"coordinates\":[[[-122,37],[-121,37],[-122,37]]]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("geoJson.coordinates[0]")
        .hasMessageContaining("at least 4 positions").hasMessageContaining("got 3");
    assertThatThrownBy(() -> Area.parseWkt("POLYGON ((-122 37, -121 37, -122 37))"))
        .hasMessageContaining("at least 4 positions");
  }

  @Test
  void rejectsPositionsOutOfRange() {
    assertThatThrownBy(() -> Area.parseGeoJson(
            "{\"type\":\"Polygon\",\"coordinates\":[[[-122,37],[200,37],[-121,38],[-122,37]]]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("geoJson.coordinates[0][1]")
        .hasMessageContaining("longitude must be between -180 and 180, got 200.0");
    assertThatThrownBy(() -> Area.parseWkt("POLYGON ((-122 37, -121 37, -121 95, -122 37))"))
        .hasMessageContaining("wkt.shell[2]")
        .hasMessageContaining("latitude must be between -90 and 90, got 95.0")
        .hasMessageContaining("longitude first");
  }

  @Test
  void rejectsHoleOutsideShellAndOverlappingParts() {
    assertThatThrownBy(() -> Area.parseWkt(
            "POLYGON ((-122 37, -121 37, -121 38, -122 37), (-110 30, -109 30, -109 31, -110 30))"))
        .hasMessageContaining("hole lies outside its shell");
    assertThatThrownBy(() -> Area.parseWkt(
            "MULTIPOLYGON (((-122 37, -121 37, -121 38, -122 38, -122 37)), ((-121.9 37.1, -121.1 37.1,"
                + " -121.1 37.9, -121.9 37.1)))"))
        .hasMessageContaining("geometry is not a valid polygon");
  }

  @Test
  void rejectsOtherGeometriesAndMalformedText() {
    assertThatThrownBy(() -> Area.parseWkt("POINT (-121 38)")).hasMessageContaining("a Point is not an area");
    assertThatThrownBy(() -> Area.parseWkt("POLYGON ((-121 38")).hasMessageContaining("wkt: not well-formed WKT");
    assertThatThrownBy(() -> Area.parseGeoJson("{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}"))
        .hasMessageContaining("geoJson.type: \"LineString\" is not an area");
    assertThatThrownBy(() -> Area.parseGeoJson("{\"type\":\"Polygon\"")).hasMessageContaining("not well-formed JSON");
    assertThatThrownBy(() -> Area.parseGeoJson("{\"type\":\"Polygon\",\"coordinates\":[[[\"a\",1]]]}"))
        .hasMessageContaining("geoJson.coordinates[0][0]: a position is [longitude, latitude]");
    assertThatThrownBy(() -> Area.of(List.of())).hasMessageContaining("at least one polygon");
  }

  @Test
  void circleAndBoxContainment() {
    GeoPoint c = GeoPoint.of(38.5767, -121.4934);
    Circle circle = Circle.of(c, Distance.ofMiles(1));
    assertThat(circle.contains(GreatCircle.destination(c, 45, Distance.ofMiles(0.999)))).isTrue();
    assertThat(circle.contains(GreatCircle.destination(c, 45, Distance.ofMiles(1.001)))).isFalse();
    assertThat(circle.toString()).doesNotContain("38.5");
    assertThatThrownBy(() -> new BoundingBox(38, -121, 37, -120)).hasMessageContaining("boundingBox.south");
    assertThatThrownBy(() -> new BoundingBox(37, 170, 38, -170)).hasMessageContaining("antimeridian");
    assertThat(BoundingBox.of(GeoPoint.of(38, -120), GeoPoint.of(37, -121)))
        .isEqualTo(new BoundingBox(37, -121, 38, -120));
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().setDefault(String.class, SQUARE_WITH_HOLE_WKT)
        .testAllPublicStaticMethods(Area.class);
    new NullPointerTester().testAllPublicInstanceMethods(Area.parseWkt(SQUARE_WITH_HOLE_WKT));
    new NullPointerTester().setDefault(GeoPoint.class, GeoPoint.of(1, 1))
        .testAllPublicConstructors(Circle.class);
  }
}
