package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leadssdk.core.internal.Codes;

/**
 * The 58 counties of California with their Caltrans abbreviation ({@link #code()}, the suffix of a PRCS
 * county unit such as {@code PRCS-SAC}), Census name and FIPS code.
 *
 * <p><b>Note:</b> the abbreviations are the Caltrans county codes. SAC, FRE and LA are those of the
 * Parole LEADS 2.0 overview; that CDCR uses the same abbreviations for the other 55 county units is
 * assumed, not confirmed by a published CDCR list.
 */
public enum County implements Coded {
  /** Alameda County, FIPS 06001. */
  ALAMEDA("ALA", "Alameda", "06001"),
  /** Alpine County, FIPS 06003. */
  ALPINE("ALP", "Alpine", "06003"),
  /** Amador County, FIPS 06005. */
  AMADOR("AMA", "Amador", "06005"),
  /** Butte County, FIPS 06007. */
  BUTTE("BUT", "Butte", "06007"),
  /** Calaveras County, FIPS 06009. */
  CALAVERAS("CAL", "Calaveras", "06009"),
  /** Colusa County, FIPS 06011. */
  COLUSA("COL", "Colusa", "06011"),
  /** Contra Costa County, FIPS 06013. */
  CONTRA_COSTA("CC", "Contra Costa", "06013"),
  /** Del Norte County, FIPS 06015. */
  DEL_NORTE("DN", "Del Norte", "06015"),
  /** El Dorado County, FIPS 06017. */
  EL_DORADO("ED", "El Dorado", "06017"),
  /** Fresno County, FIPS 06019. */
  FRESNO("FRE", "Fresno", "06019"),
  /** Glenn County, FIPS 06021. */
  GLENN("GLE", "Glenn", "06021"),
  /** Humboldt County, FIPS 06023. */
  HUMBOLDT("HUM", "Humboldt", "06023"),
  /** Imperial County, FIPS 06025. */
  IMPERIAL("IMP", "Imperial", "06025"),
  /** Inyo County, FIPS 06027. */
  INYO("INY", "Inyo", "06027"),
  /** Kern County, FIPS 06029. */
  KERN("KER", "Kern", "06029"),
  /** Kings County, FIPS 06031. */
  KINGS("KIN", "Kings", "06031"),
  /** Lake County, FIPS 06033. */
  LAKE("LAK", "Lake", "06033"),
  /** Lassen County, FIPS 06035. */
  LASSEN("LAS", "Lassen", "06035"),
  /** Los Angeles County, FIPS 06037. */
  LOS_ANGELES("LA", "Los Angeles", "06037"),
  /** Madera County, FIPS 06039. */
  MADERA("MAD", "Madera", "06039"),
  /** Marin County, FIPS 06041. */
  MARIN("MRN", "Marin", "06041"),
  /** Mariposa County, FIPS 06043. */
  MARIPOSA("MPA", "Mariposa", "06043"),
  /** Mendocino County, FIPS 06045. */
  MENDOCINO("MEN", "Mendocino", "06045"),
  /** Merced County, FIPS 06047. */
  MERCED("MER", "Merced", "06047"),
  /** Modoc County, FIPS 06049. */
  MODOC("MOD", "Modoc", "06049"),
  /** Mono County, FIPS 06051. */
  MONO("MNO", "Mono", "06051"),
  /** Monterey County, FIPS 06053. */
  MONTEREY("MON", "Monterey", "06053"),
  /** Napa County, FIPS 06055. */
  NAPA("NAP", "Napa", "06055"),
  /** Nevada County, FIPS 06057. */
  NEVADA("NEV", "Nevada", "06057"),
  /** Orange County, FIPS 06059. */
  ORANGE("ORA", "Orange", "06059"),
  /** Placer County, FIPS 06061. */
  PLACER("PLA", "Placer", "06061"),
  /** Plumas County, FIPS 06063. */
  PLUMAS("PLU", "Plumas", "06063"),
  /** Riverside County, FIPS 06065. */
  RIVERSIDE("RIV", "Riverside", "06065"),
  /** Sacramento County, FIPS 06067. */
  SACRAMENTO("SAC", "Sacramento", "06067"),
  /** San Benito County, FIPS 06069. */
  SAN_BENITO("SBT", "San Benito", "06069"),
  /** San Bernardino County, FIPS 06071. */
  SAN_BERNARDINO("SBD", "San Bernardino", "06071"),
  /** San Diego County, FIPS 06073. */
  SAN_DIEGO("SD", "San Diego", "06073"),
  /** San Francisco County, FIPS 06075. */
  SAN_FRANCISCO("SF", "San Francisco", "06075"),
  /** San Joaquin County, FIPS 06077. */
  SAN_JOAQUIN("SJ", "San Joaquin", "06077"),
  /** San Luis Obispo County, FIPS 06079. */
  SAN_LUIS_OBISPO("SLO", "San Luis Obispo", "06079"),
  /** San Mateo County, FIPS 06081. */
  SAN_MATEO("SM", "San Mateo", "06081"),
  /** Santa Barbara County, FIPS 06083. */
  SANTA_BARBARA("SB", "Santa Barbara", "06083"),
  /** Santa Clara County, FIPS 06085. */
  SANTA_CLARA("SCL", "Santa Clara", "06085"),
  /** Santa Cruz County, FIPS 06087. */
  SANTA_CRUZ("SCR", "Santa Cruz", "06087"),
  /** Shasta County, FIPS 06089. */
  SHASTA("SHA", "Shasta", "06089"),
  /** Sierra County, FIPS 06091. */
  SIERRA("SIE", "Sierra", "06091"),
  /** Siskiyou County, FIPS 06093. */
  SISKIYOU("SIS", "Siskiyou", "06093"),
  /** Solano County, FIPS 06095. */
  SOLANO("SOL", "Solano", "06095"),
  /** Sonoma County, FIPS 06097. */
  SONOMA("SON", "Sonoma", "06097"),
  /** Stanislaus County, FIPS 06099. */
  STANISLAUS("STA", "Stanislaus", "06099"),
  /** Sutter County, FIPS 06101. */
  SUTTER("SUT", "Sutter", "06101"),
  /** Tehama County, FIPS 06103. */
  TEHAMA("TEH", "Tehama", "06103"),
  /** Trinity County, FIPS 06105. */
  TRINITY("TRI", "Trinity", "06105"),
  /** Tulare County, FIPS 06107. */
  TULARE("TUL", "Tulare", "06107"),
  /** Tuolumne County, FIPS 06109. */
  TUOLUMNE("TUO", "Tuolumne", "06109"),
  /** Ventura County, FIPS 06111. */
  VENTURA("VEN", "Ventura", "06111"),
  /** Yolo County, FIPS 06113. */
  YOLO("YOL", "Yolo", "06113"),
  /** Yuba County, FIPS 06115. */
  YUBA("YUB", "Yuba", "06115");

  private static final Codes<County> CODES = Codes.of("county", County.class);
  private static final Map<String, County> BY_NAME = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(c -> c.countyName.toUpperCase(Locale.ROOT), Function.identity()));
  private static final Map<String, County> BY_FIPS =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(c -> c.fips, Function.identity()));

  private final String code;
  private final String countyName;
  private final String fips;

  County(String code, String countyName, String fips) {
    this.code = code;
    this.countyName = countyName;
    this.fips = fips;
  }

  /**
   * Returns the county with this Caltrans abbreviation, e.g. {@code "SAC"} (case ignored).
   *
   * @throws IllegalArgumentException if the code is not one of the 58; the message lists them
   */
  @JsonCreator
  public static County fromCode(String code) {
    return CODES.parse(code);
  }

  /**
   * Finds a county by its Census name, e.g. {@code "San Luis Obispo"}; case, outer spaces and a trailing
   * {@code " County"} are ignored.
   */
  public static Optional<County> byName(String name) {
    String key = name.strip().toUpperCase(Locale.ROOT);
    if (key.endsWith(" COUNTY")) {
      key = key.substring(0, key.length() - " COUNTY".length()).strip();
    }
    return Optional.ofNullable(BY_NAME.get(key));
  }

  /** Finds a county by its 5-digit FIPS code, e.g. {@code "06067"}. */
  public static Optional<County> byFips(String fips) {
    return Optional.ofNullable(BY_FIPS.get(fips.strip()));
  }

  /** The Caltrans abbreviation, e.g. {@code "SAC"}. */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /** The county name followed by "County", e.g. "Sacramento County". */
  @Override
  public String displayName() {
    return countyName + " County";
  }

  /** The Census name without "County", e.g. "Sacramento". */
  public String countyName() {
    return countyName;
  }

  /** The 5-digit FIPS code, e.g. "06067". */
  public String fips() {
    return fips;
  }
}
