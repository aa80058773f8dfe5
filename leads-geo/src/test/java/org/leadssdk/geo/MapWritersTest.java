package org.leadssdk.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MapWritersTest {
  static final String HOSTILE = "<b>O'Brien & \"Sons\"</b> ]]> tab\there \u0001\u001f bell\u0007 emoji \uD83D\uDE00 é";
  static final String HOSTILE_XML_CLEAN =
      "<b>O'Brien & \"Sons\"</b> ]]> tab\there \uFFFD\uFFFD bell\uFFFD emoji \uD83D\uDE00 é";

  static MapFeature hostileFeature() {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("zeta", "last & <first>");
    props.put("alpha", HOSTILE);
    return new MapFeature("AB1234", HOSTILE, GeoPoint.of(38.5767, -121.4934), ParoleStatus.SUSPENDED, HOSTILE, props);
  }

  private static Document parseXml(byte[] kml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(kml));
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(KmlWriter.NAMESPACE, name).item(0).getTextContent();
  }

  @Test
  void kmlIsWellFormedKml22WithLonLatCoordinatesAndEscapedText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (KmlWriter kml = KmlWriter.create(out, "Beat 12 & <friends>")) {
      kml.write(hostileFeature());
      kml.write(new MapFeature("K12345", "DOE, JOHN", GeoPoint.of(36.7378, -119.7871), null, null, Map.of()));
    }
    Document doc = parseXml(out.toByteArray());
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.opengis.net/kml/2.2");
    assertThat(root.getLocalName()).isEqualTo("kml");
    Element document = (Element) root.getElementsByTagNameNS(KmlWriter.NAMESPACE, "Document").item(0);
    assertThat(text(document, "name")).isEqualTo("Beat 12 & <friends>");

    NodeList placemarks = doc.getElementsByTagNameNS(KmlWriter.NAMESPACE, "Placemark");
    assertThat(placemarks.getLength()).isEqualTo(2);
    Element first = (Element) placemarks.item(0);
    assertThat(text(first, "name")).isEqualTo(HOSTILE_XML_CLEAN);
    assertThat(text(first, "description")).isEqualTo(HOSTILE_XML_CLEAN);
    assertThat(text(first, "styleUrl")).isEqualTo("#status-SUSPENDED");
    assertThat(text(first, "coordinates")).isEqualTo("-121.4934,38.5767");
    NodeList data = first.getElementsByTagNameNS(KmlWriter.NAMESPACE, "Data");
    assertThat(((Element) data.item(0)).getAttribute("name")).isEqualTo("id");
    assertThat(((Element) data.item(1)).getAttribute("name")).isEqualTo("status");
    assertThat(((Element) data.item(2)).getAttribute("name")).isEqualTo("zeta");
    assertThat(text((Element) data.item(2), "value")).isEqualTo("last & <first>");
    assertThat(text((Element) data.item(3), "value")).isEqualTo(HOSTILE_XML_CLEAN);
    Element second = (Element) placemarks.item(1);
    assertThat(text(second, "coordinates")).isEqualTo("-119.7871,36.7378");
    assertThat(text(second, "styleUrl")).isEqualTo("#status-NONE");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("]]>");
  }

  @Test
  void kmlHasOneStyleWithADistinctColourPerStatus() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KmlWriter.create(out, "styles").close();
    NodeList styles = parseXml(out.toByteArray()).getElementsByTagNameNS(KmlWriter.NAMESPACE, "Style");
    assertThat(styles.getLength()).isEqualTo(ParoleStatus.values().length + 1);
    Set<String> ids = new HashSet<>();
    Set<String> colours = new HashSet<>();
    for (int i = 0; i < styles.getLength(); i++) {
      Element s = (Element) styles.item(i);
      ids.add(s.getAttribute("id"));
      colours.add(text(s, "color"));
    }
    assertThat(ids).contains("status-ACTIVE", "status-PRCS", "status-NONE").hasSize(styles.getLength());
    assertThat(colours).hasSize(styles.getLength());
  }

  @Test
  void writerRefusesWritesAfterClose() {
    KmlWriter kml = KmlWriter.create(new ByteArrayOutputStream(), "x");
    kml.close();
    kml.close();
    assertThatThrownBy(() -> kml.write(hostileFeature())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    GeoJsonWriter json = GeoJsonWriter.create(new ByteArrayOutputStream());
    json.close();
    assertThatThrownBy(() -> json.write(hostileFeature())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void geoJsonIsAnRfc7946FeatureCollectionWithEscapedProperties() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter json = GeoJsonWriter.create(out)) {
      json.write(hostileFeature());
      json.write(new MapFeature("K12345", "DOE, \uD800JOHN", GeoPoint.of(1e-7, -1e-7), null, null, Map.of()));
    }
    JsonNode root = JsonMapper.builder().build().readTree(out.toByteArray());
    assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode f = root.get("features").get(0);
    assertThat(f.get("type").asText()).isEqualTo("Feature");
    assertThat(f.get("id").asText()).isEqualTo("AB1234");
    assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
    assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-121.4934);
    assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(38.5767);
    JsonNode p = f.get("properties");
    assertThat(p.get("name").asText()).isEqualTo(HOSTILE);
    assertThat(p.get("description").asText()).isEqualTo(HOSTILE);
    assertThat(p.get("status").asText()).isEqualTo("SUSPENDED");
    List<String> keys = new java.util.ArrayList<>();
    p.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("name", "status", "description", "zeta", "alpha");
    assertThat(p.get("alpha").asText()).isEqualTo(HOSTILE);
    JsonNode second = root.get("features").get(1);
    assertThat(second.get("properties").get("name").asText()).isEqualTo("DOE, \uFFFDJOHN");
    assertThat(second.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(1e-7);
  }

  @Test
  void paroleeFeatureHasLastCommaFirstAndItsStatus() {
    Parolee p = TestData.parolee("JOHN", "DOE", GeoPoint.of(38.58, -121.49), ParoleStatus.ACTIVE, List.of("PC 211"));
    MapFeature f = MapFeature.fromParolee(p).orElseThrow();
    assertThat(f.name()).isEqualTo("DOE, JOHN");
    assertThat(f.id()).isEqualTo("AB1234");
    assertThat(f.status()).isEqualTo(ParoleStatus.ACTIVE);
    assertThat(f.point()).isEqualTo(GeoPoint.of(38.58, -121.49));
    assertThat(f.properties()).containsEntry("cdcNumber", "AB1234").containsEntry("county", "SAC");
    assertThat(f.toString()).doesNotContain("DOE");
  }

  @Test
  void reservedPropertyKeysAreRejected() {
    assertThatThrownBy(() -> new MapFeature("1", "n", GeoPoint.of(0, 0), null, null, Map.of("name", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"name\" is reserved");
  }
}
