package org.leadssdk.search.internal;

/** Names of the index fields. One place, so that the mapper, the queries and the explainer agree. */
public final class Fields {
  private Fields() {}

  /** CDC number: keyword (StringField) and sorted doc values (tie-break, reconcile). */
  public static final String CDC = "cdc";
  /** The CDC number as an order-keeping number ({@link DocumentMapper#cdcKey}): the sort tie-break. */
  public static final String CDC_KEY = "cdc_key";
  /** Record version: numeric doc values. */
  public static final String VERSION = "version";
  /** The encoded record ({@link RecordCodec}): binary doc values, read directly for each hit. */
  public static final String RECORD = "record";
  /** Marks a tombstone document (value "1"): it keeps the version of a removed record. */
  public static final String TOMBSTONE = "tomb";
  /** Catch-all text of every searchable field. */
  public static final String ALL = "all";
  /** Last names: the name's and every alias's. */
  public static final String LAST = "last";
  /** First names: the name's and every alias's. */
  public static final String FIRST = "first";
  /** Double Metaphone codes of {@link #LAST}. */
  public static final String LAST_PHONETIC = "last_ph";
  /** Double Metaphone codes of {@link #FIRST}. */
  public static final String FIRST_PHONETIC = "first_ph";
  /** Date of birth as epoch day (long point). */
  public static final String DOB = "dob";
  /** Height in inches (int point). */
  public static final String HEIGHT = "height";
  /** Weight in pounds (int point). */
  public static final String WEIGHT = "weight";
  /** NCIC sex code (keyword). */
  public static final String SEX = "sex";
  /** NCIC race code (keyword). */
  public static final String RACE = "race";
  /** NCIC hair code (keyword). */
  public static final String HAIR = "hair";
  /** NCIC eye code (keyword). */
  public static final String EYES = "eyes";
  /** SMT descriptions and kind words as text. */
  public static final String SMT_TEXT = "smt";
  /** SMT codes (keyword), the whole code and its kind. */
  public static final String SMT_CODE = "smt_code";
  /** Plate numbers (keyword, normalized; also sorted-set doc values, for checking contains patterns). */
  public static final String PLATE = "plate";
  /** Plate numbers reversed (keyword), for suffix patterns. */
  public static final String PLATE_REVERSED = "plate_rev";
  /** The three-character substrings of each plate (keyword), for contains patterns. */
  public static final String PLATE_GRAM = "plate_gram";
  /** Offense code sections (keyword), whole and without subdivisions. */
  public static final String OFFENSE_CODE = "offense_code";
  /** Offense descriptions as text. */
  public static final String OFFENSE_TEXT = "offense";
  /** Registration statute codes (keyword, and sorted-set doc values counted as a facet). */
  public static final String REGISTRATION = "reg";
  /** Parole status code (keyword, and sorted-set doc values counted as a facet). */
  public static final String STATUS = "status";
  /** Supervision level code (keyword, and sorted-set doc values counted as a facet). */
  public static final String LEVEL = "level";
  /** Agent of record name as text. */
  public static final String AGENT = "agent";
  /** Parole unit code (keyword, and sorted-set doc values counted as a facet). */
  public static final String PAROLE_UNIT = "parole_unit";
  /** PRCS county unit code (keyword, and sorted-set doc values counted as a facet). */
  public static final String COUNTY_UNIT = "county_unit";
  /** County of the current residence (keyword, county code, and sorted-set doc values counted as a facet). */
  public static final String COUNTY = "county";
  /** ZIP codes of all addresses (keyword, 5 digits). */
  public static final String ZIP = "zip";
  /** Current residence location (LatLonPoint and LatLonDocValuesField). */
  public static final String LOCATION = "loc";
  /** Sort key "LAST FIRST MIDDLE" (sorted doc values). */
  public static final String SORT_NAME = "sort_name";
  /** Instant (epoch ms) from which the record is visible; only on records with a bound. */
  public static final String VISIBLE_FROM = "vis_from";
  /** Instant (epoch ms) from which the record is no longer visible; only on records with a bound. */
  public static final String VISIBLE_UNTIL = "vis_until";
  /**
   * The record's or the tombstone's source timestamp as epoch nanoseconds, clamped to the long range
   * (years 1677 to 2262): long point (range queries of "since" downloads) and numeric doc values (read
   * back for removal lines). On every document.
   */
  public static final String SOURCE_TIME = "src_time";
}
