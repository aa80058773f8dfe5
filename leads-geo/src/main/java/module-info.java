/**
 * Geography for the LEADS SDK: distances and shapes, the 58 California counties, an offline gazetteer,
 * KML and GeoJSON writers and residence restrictions. JTS works inside; no JTS type appears in the API
 * except in {@code org.leadssdk.geo.jts}.
 */
@org.jspecify.annotations.NullMarked
module org.leadssdk.geo {
  requires transitive org.leadssdk.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.locationtech.jts;
  requires com.github.benmanes.caffeine;
  requires static transitive org.jspecify;

  exports org.leadssdk.geo;

  opens org.leadssdk.geo.data;
}
