package org.leadssdk.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.json.LeadsJson;

/**
 * Turns a valid NDJSON record line into a malformed one of a named {@link Kind}, and says at which JSON
 * path a strict reader should reject it. For reject-report tests; all data is synthetic. Thread-safe.
 *
 * <pre>{@code
 * FeedFaults.BadLine bad = FeedFaults.inject(seed, SyntheticFeeds.line(parolee), FeedFaults.Kind.BAD_ZIP);
 * // bad.line() holds e.g. "zip":"9581"; bad.expectedPath() is "addresses[0].zip"
 * }</pre>
 *
 * <p>Paths are written as the record's own violations and the core feed reader's rejects write them: property names joined by dots, list
 * elements by index ({@code addresses[0].geocode.point.latitude}). {@value #WHOLE_LINE} stands for the
 * line as a whole (text that is not one JSON object).
 */
public final class FeedFaults {
  /** The path of a fault that concerns the whole line rather than one field. */
  public static final String WHOLE_LINE = "$";

  private static final ObjectMapper MAPPER = LeadsJson.newMapper();

  /** The kinds of malformed line. */
  public enum Kind {
    /** A property the record does not have, at the top level or nested. */
    UNKNOWN_FIELD,
    /** A code outside its table, e.g. hair {@code ZZZ}. */
    UNKNOWN_CODE,
    /** A CDC number of the wrong shape, e.g. {@code ABC123}. */
    BAD_CDC_NUMBER,
    /** A date that does not exist, e.g. {@code 2026-02-30}. */
    IMPOSSIBLE_DATE,
    /** A geocode latitude beyond ±90. */
    LATITUDE_OUT_OF_RANGE,
    /** A negative height. */
    NEGATIVE_HEIGHT,
    /** A Social Security number that is malformed or never issued. */
    BAD_SSN,
    /** A ZIP code that is not 5 digits or ZIP+4. */
    BAD_ZIP,
    /** A required part removed, e.g. {@code name}. */
    MISSING_REQUIRED,
    /** Status PRCS without a county unit. */
    PRCS_WITHOUT_COUNTY_UNIT,
    /** The line cut short. */
    TRUNCATED_JSON,
    /** Text that is not JSON. */
    NOT_JSON,
    /** An empty object {@code {}}. */
    EMPTY_OBJECT,
    /** A value of the wrong JSON type, e.g. height {@code "tall"}. */
    WRONG_TYPE,
    /** The same key twice in one object. */
    DUPLICATE_KEY
  }

  /**
   * A malformed line. Immutable.
   *
   * @param line the line, without a line break
   * @param kind what is wrong with it
   * @param expectedPath the JSON path a strict reader should name, or {@value #WHOLE_LINE}
   */
  public record BadLine(String line, Kind kind, String expectedPath) {
    /** Validates that all parts are given. */
    public BadLine {
      Check.notNull("line", line);
      Check.notNull("kind", kind);
      Check.notNull("expectedPath", expectedPath);
    }
  }

  /**
   * A malformed line written into a feed. Immutable.
   *
   * @param lineNumber the line number, from 1
   * @param kind what is wrong with it
   * @param expectedPath the JSON path a strict reader should name, or {@value #WHOLE_LINE}
   */
  public record Injected(long lineNumber, Kind kind, String expectedPath) {
    /** Validates the parts. */
    public Injected {
      Check.inRange("lineNumber", lineNumber, 1, Long.MAX_VALUE);
      Check.notNull("kind", kind);
      Check.notNull("expectedPath", expectedPath);
    }
  }

  private FeedFaults() {}

  /**
   * Makes {@code validLine} malformed in the way {@code kind} names; {@code seed} picks among the variants
   * of the kind (which field, which bad value).
   *
   * @param validLine a record line such as {@link SyntheticFeeds#line(org.leadssdk.core.Parolee)} writes
   * @throws IllegalArgumentException if {@code validLine} is not a JSON object, or lacks the part the kind
   *     needs (LATITUDE_OUT_OF_RANGE and BAD_ZIP an address,
   *     IMPOSSIBLE_DATE and NEGATIVE_HEIGHT and WRONG_TYPE and DUPLICATE_KEY a description)
   */
  public static BadLine inject(long seed, String validLine, Kind kind) {
    Check.notNull("validLine", validLine);
    Check.notNull("kind", kind);
    SplittableRandom random = new SplittableRandom(seed);
    ObjectNode root = parse(validLine);
    return switch (kind) {
      case UNKNOWN_FIELD -> unknownField(random, root);
      case UNKNOWN_CODE -> unknownCode(random, root);
      case BAD_CDC_NUMBER -> {
        root.put("cdcNumber", pick(random, "ABC123", "A1234B", "12345", "AB12345", "A-1234", ""));
        yield bad(root, kind, "cdcNumber");
      }
      case IMPOSSIBLE_DATE -> impossibleDate(random, root);
      case LATITUDE_OUT_OF_RANGE -> latitude(random, root);
      case NEGATIVE_HEIGHT -> {
        description(root, kind).put("heightInches", -(1 + random.nextInt(96)));
        yield bad(root, kind, "description.heightInches");
      }
      case BAD_SSN -> {
        ObjectNode ids = root.has("identifiers") && root.get("identifiers").isObject()
            ? (ObjectNode) root.get("identifiers")
            : root.putObject("identifiers");
        ids.put("ssn", pick(random, "666123456", "000123456", "912345678", "123004567", "123450000", "12345678",
            "12-345-6789"));
        yield bad(root, kind, "identifiers.ssn");
      }
      case BAD_ZIP -> {
        int i = addressIndex(random, root, kind, false);
        ((ObjectNode) root.get("addresses").get(i)).put("zip", pick(random, "9581", "958144", "ABCDE", "95814-12"));
        yield bad(root, kind, "addresses[" + i + "].zip");
      }
      case MISSING_REQUIRED -> {
        String field = pick(random, "name", "name", "cdcNumber", "identifiers", "description", "supervision",
            "sourceTimestamp");
        root.remove(field);
        yield bad(root, kind, field);
      }
      case PRCS_WITHOUT_COUNTY_UNIT -> {
        ObjectNode supervision = object(root, "supervision", kind);
        supervision.put("status", "PRCS");
        supervision.remove("countyUnit");
        // Only the rule under test may fail: a discharge date is itself an error on a PRCS record.
        supervision.remove("dischargeDate");
        yield bad(root, kind, "supervision.countyUnit");
      }
      case TRUNCATED_JSON -> new BadLine(truncate(random, write(root)), kind, WHOLE_LINE);
      case NOT_JSON -> {
        String cdc = root.path("cdcNumber").asText("AB1234");
        String line = pick(random, cdc + "|DOE|JOHN|ACTIVE", "<parolee cdcNumber=\"" + cdc + "\"/>",
            "cdcNumber=" + cdc + "&status=ACTIVE", "PAROLEE " + cdc);
        yield new BadLine(line, kind, WHOLE_LINE);
      }
      case EMPTY_OBJECT -> new BadLine("{}", kind, WHOLE_LINE);
      case WRONG_TYPE -> wrongType(random, root);
      case DUPLICATE_KEY -> duplicateKey(random, root);
    };
  }

  private static BadLine unknownField(SplittableRandom random, ObjectNode root) {
    switch (random.nextInt(3)) {
      case 0 -> {
        root.put("favoriteColor", "BLUE");
        return bad(root, Kind.UNKNOWN_FIELD, "favoriteColor");
      }
      case 1 -> {
        description(root, Kind.UNKNOWN_FIELD).put("shoeSize", 11);
        return bad(root, Kind.UNKNOWN_FIELD, "description.shoeSize");
      }
      default -> {
        object(root, "supervision", Kind.UNKNOWN_FIELD).put("officerMood", "CALM");
        return bad(root, Kind.UNKNOWN_FIELD, "supervision.officerMood");
      }
    }
  }

  private static BadLine unknownCode(SplittableRandom random, ObjectNode root) {
    switch (random.nextInt(5)) {
      case 0 -> {
        description(root, Kind.UNKNOWN_CODE).put("hair", "ZZZ");
        return bad(root, Kind.UNKNOWN_CODE, "description.hair");
      }
      case 1 -> {
        description(root, Kind.UNKNOWN_CODE).put("eyes", "PUR");
        return bad(root, Kind.UNKNOWN_CODE, "description.eyes");
      }
      case 2 -> {
        description(root, Kind.UNKNOWN_CODE).put("race", "Q");
        return bad(root, Kind.UNKNOWN_CODE, "description.race");
      }
      case 3 -> {
        object(root, "supervision", Kind.UNKNOWN_CODE).put("level", "EXTREME");
        return bad(root, Kind.UNKNOWN_CODE, "supervision.level");
      }
      default -> {
        object(root, "supervision", Kind.UNKNOWN_CODE).put("status", "ON-VACATION");
        return bad(root, Kind.UNKNOWN_CODE, "supervision.status");
      }
    }
  }

  private static BadLine impossibleDate(SplittableRandom random, ObjectNode root) {
    ObjectNode description = description(root, Kind.IMPOSSIBLE_DATE);
    String year = description.path("dateOfBirth").asText("1990-01-01");
    year = year.length() >= 4 ? year.substring(0, 4) : "1990";
    String date = year + pick(random, "-02-30", "-04-31", "-13-01", "-00-10", "-06-31");
    description.put("dateOfBirth", date);
    return bad(root, Kind.IMPOSSIBLE_DATE, "description.dateOfBirth");
  }

  private static BadLine latitude(SplittableRandom random, ObjectNode root) {
    int i;
    try {
      i = addressIndex(random, root, Kind.LATITUDE_OUT_OF_RANGE, true);
    } catch (IllegalArgumentException noGeocode) {
      // No address is geocoded: give one a geocode, whose latitude is then made bad.
      i = addressIndex(random, root, Kind.LATITUDE_OUT_OF_RANGE, false);
      ObjectNode geocode = ((ObjectNode) root.get("addresses").get(i)).putObject("geocode");
      geocode.putObject("point").put("latitude", 0.0).put("longitude", -120.0);
      geocode.put("source", "ZIP").put("precision", "ZIP");
    }
    ObjectNode point = (ObjectNode) root.get("addresses").get(i).get("geocode").get("point");
    point.put("latitude", random.nextBoolean() ? 90.0 + 0.5 + random.nextInt(90) : -90.5 - random.nextInt(90));
    return bad(root, Kind.LATITUDE_OUT_OF_RANGE, "addresses[" + i + "].geocode.point.latitude");
  }

  /**
   * Cuts the line inside the name of one of the top-level members, so that the JSON ends while the
   * top-level object is the one open: the line as a whole is at fault, not a nested value that happens to
   * be cut (a cut after a comma or inside a nested object would point a reader at that value instead).
   */
  private static String truncate(SplittableRandom random, String line) {
    int[] keyStarts = new int[line.length()];
    int[] keyLengths = new int[line.length()];
    int keys = 0;
    int depth = 0;
    char previous = ' ';
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        int close = i + 1;
        while (close < line.length() && line.charAt(close) != '"') {
          close += line.charAt(close) == '\\' ? 2 : 1;
        }
        if (depth == 1 && (previous == '{' || previous == ',') && close > i + 1) {
          keyStarts[keys] = i;
          keyLengths[keys++] = close - i - 1;
        }
        i = close;
        previous = '"';
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
      if (!Character.isWhitespace(c)) {
        previous = c;
      }
    }
    if (keys == 0) {
      return line.substring(0, 1);
    }
    int k = random.nextInt(keys);
    return line.substring(0, keyStarts[k] + 1 + random.nextInt(keyLengths[k]));
  }

  private static BadLine wrongType(SplittableRandom random, ObjectNode root) {
    switch (random.nextInt(3)) {
      case 0 -> {
        description(root, Kind.WRONG_TYPE).put("heightInches", "tall");
        return bad(root, Kind.WRONG_TYPE, "description.heightInches");
      }
      case 1 -> {
        description(root, Kind.WRONG_TYPE).put("weightPounds", "heavy");
        return bad(root, Kind.WRONG_TYPE, "description.weightPounds");
      }
      default -> {
        root.put("recordVersion", "latest");
        return bad(root, Kind.WRONG_TYPE, "recordVersion");
      }
    }
  }

  private static BadLine duplicateKey(SplittableRandom random, ObjectNode root) {
    ObjectNode description = description(root, Kind.DUPLICATE_KEY);
    // Jackson's tree cannot hold a key twice: write the line, then repeat a field in the text.
    String line = write(root);
    if (random.nextBoolean()) {
      String cdc = root.path("cdcNumber").asText("AB1234");
      return new BadLine("{\"cdcNumber\":" + quote(cdc) + "," + line.substring(1), Kind.DUPLICATE_KEY, "cdcNumber");
    }
    String marker = "\"description\":{";
    int at = line.indexOf(marker);
    if (at < 0) {
      throw new IllegalStateException("written line lacks " + marker);
    }
    String sex = description.path("sex").asText("M");
    String repeated = line.substring(0, at + marker.length()) + "\"sex\":" + quote(sex) + ","
        + line.substring(at + marker.length());
    return new BadLine(repeated, Kind.DUPLICATE_KEY, "description.sex");
  }

  private static int addressIndex(SplittableRandom random, ObjectNode root, Kind kind, boolean needGeocode) {
    JsonNode addresses = root.get("addresses");
    if (addresses instanceof ArrayNode list) {
      int n = list.size();
      int start = n == 0 ? 0 : random.nextInt(n);
      for (int k = 0; k < n; k++) {
        int i = (start + k) % n;
        JsonNode a = list.get(i);
        if (a.isObject() && (!needGeocode || a.path("geocode").path("point").isObject())) {
          return i;
        }
      }
    }
    throw new IllegalArgumentException("validLine has no address" + (needGeocode ? " with a geocode" : "")
        + ", which fault kind " + kind + " needs");
  }

  private static ObjectNode description(ObjectNode root, Kind kind) {
    return object(root, "description", kind);
  }

  private static ObjectNode object(ObjectNode root, String field, Kind kind) {
    JsonNode node = root.get(field);
    if (node instanceof ObjectNode o) {
      return o;
    }
    throw new IllegalArgumentException("validLine has no " + field + " object, which fault kind " + kind + " needs");
  }

  private static BadLine bad(ObjectNode root, Kind kind, String path) {
    return new BadLine(write(root), kind, path);
  }

  private static ObjectNode parse(String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      if (node instanceof ObjectNode o) {
        return o;
      }
      throw new IllegalArgumentException("validLine must be a JSON object, got " + node.getNodeType());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("validLine is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static String quote(String text) {
    return write(MAPPER.getNodeFactory().textNode(text));
  }

  @SafeVarargs
  private static <T> T pick(SplittableRandom random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
