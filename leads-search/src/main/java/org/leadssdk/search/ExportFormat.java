package org.leadssdk.search;

/**
 * The formats of a data download ({@link LeadsSearch#export}). Every format is written in UTF-8.
 */
public enum ExportFormat {
  /** The PRCS columns of the county download, one row a record, with a header row. */
  CSV("text/csv", "csv", false),
  /** One record a line as the SDK's JSON, in the format the feed reader reads. */
  NDJSON("application/x-ndjson", "ndjson", false),
  /** A GeoJSON FeatureCollection, one point feature a record at its current residence's geocode. */
  GEOJSON("application/geo+json", "geojson", true),
  /** A KML 2.2 document for Google Earth, one placemark a record at its current residence's geocode. */
  KML("application/vnd.google-earth.kml+xml", "kml", true);

  private final String mediaType;
  private final String fileExtension;
  private final boolean needsLocation;

  ExportFormat(String mediaType, String fileExtension, boolean needsLocation) {
    this.mediaType = mediaType;
    this.fileExtension = fileExtension;
    this.needsLocation = needsLocation;
  }

  /** The media type to announce, e.g. {@code text/csv}. */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file name extension, without the dot, e.g. {@code csv}. */
  public String fileExtension() {
    return fileExtension;
  }

  /**
   * Whether the format can only carry a record with a geocoded current residence; the records it cannot
   * carry are counted in {@link ExportManifest#withoutLocation()}.
   */
  public boolean needsLocation() {
    return needsLocation;
  }
}
