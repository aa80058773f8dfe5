/**
 * Geography for the LEADS SDK: distances and shapes, the 58 California counties, an offline gazetteer,
 * KML and GeoJSON writers and residence restrictions. JTS works inside; no JTS type appears in the API
 * except in {@code org.leadssdk.geo.jts}, the conversions for vendors who already hold JTS geometries.
 */
@org.jspecify.annotations.NullMarked
module org.leadssdk.geo {
  requires transitive org.leadssdk.core;
  // JTS types appear only in the signatures of org.leadssdk.geo.jts.
  requires transitive org.locationtech.jts;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.github.benmanes.caffeine;
  requires java.xml;
  requires static transitive org.jspecify;

  exports org.leadssdk.geo;
  exports org.leadssdk.geo.jts;

  opens org.leadssdk.geo.data;
}
