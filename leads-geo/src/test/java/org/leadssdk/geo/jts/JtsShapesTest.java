package org.leadssdk.geo.jts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.leadssdk.core.County;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.geo.Area;
import org.leadssdk.geo.BoundingBox;
import org.leadssdk.geo.Circle;
import org.leadssdk.geo.Counties;
import org.leadssdk.geo.Distance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

class JtsShapesTest {
  @Test
  void areaRoundTripsThroughJts() {
    Area fresno = Counties.bundled().shape(County.FRESNO);
    Geometry g = JtsShapes.toJts(fresno);
    assertThat(g.isValid()).isTrue();
    assertThat(JtsShapes.fromJts(g)).isEqualTo(fresno);
  }

  @Test
  void boxAndCircleBecomePolygons() {
    Geometry box = JtsShapes.toJts(new BoundingBox(37, -122, 38, -121));
    assertThat(box.getEnvelopeInternal().getMinX()).isEqualTo(-122.0);
    assertThat(box.getArea()).isEqualTo(1.0);
    Geometry circle = JtsShapes.toJts(Circle.of(GeoPoint.of(38, -121), Distance.ofKilometers(10)));
    assertThat(circle.getNumPoints()).isEqualTo(JtsShapes.CIRCLE_VERTICES + 1);
    assertThat(circle.isValid()).isTrue();
  }

  @Test
  void fromJtsValidatesAndRejectsOtherTypes() throws Exception {
    WKTReader r = new WKTReader(new GeometryFactory());
    assertThatThrownBy(() -> JtsShapes.fromJts(r.read("LINESTRING (0 0, 1 1)")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a LineString is not an area");
    Geometry bowTie = r.read("POLYGON ((-122 37, -121 38, -121 37, -122 38, -122 37))");
    assertThatThrownBy(() -> JtsShapes.fromJts(bowTie)).hasMessageContaining("ring self-intersects at -121.5,37.5");
    assertThatThrownBy(() -> JtsShapes.fromJts(r.read("POLYGON EMPTY"))).hasMessageContaining("empty");
  }
}
