package org.leadssdk.search.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Coded;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.EyeColor;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Race;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Sex;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.ZipCode;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.geo.Area;
import org.leadssdk.geo.BoundingBox;
import org.leadssdk.geo.Circle;
import org.leadssdk.geo.Distance;
import org.leadssdk.geo.Shape;
import org.leadssdk.search.FacetDimension;
import org.leadssdk.search.GeoFilter;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.SortOrder;
import org.leadssdk.search.saved.SavedSearch;
import org.leadssdk.search.saved.SavedSearchFormatException;

/**
 * The JSON form of a {@link SavedSearch} and of the criteria of a {@link SearchRequest}, written and read
 * by hand on Jackson's tree model so that no Jackson annotation reaches the public search types and every
 * bad field is reported with its path, its masked value and the rule. Thread-safe.
 *
 * <p>Schema 1:
 *
 * <pre>
 * {"schemaVersion":1, "id":"...", "name":"...", "ownerUserId":"...", "ownerAgencyOri":"CA0340000",
 *  "createdAt":"2026-11-01T17:00:00Z", "updatedAt":"...", "version":3,
 *  "criteria":{"term":"...", "statuses":["ACT"], "geo":{"type":"within",
 *     "center":{"latitude":38.5,"longitude":-121.4}, "radiusMeters":3218.688}, "pageSize":20, ...}}
 * </pre>
 *
 * Codes are the wire codes of the code tables; areas are {@code {"type":"inside","shape":{"type":"area",
 * "parts":[{"shell":[[lon,lat],...],"holes":[[[lon,lat],...]]}]}}} (positions longitude first, as GeoJSON).
 */
public final class SavedSearchCodec {
  /** The schema version written and read. */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build());

  private static final List<String> DOCUMENT_FIELDS = List.of("schemaVersion", "id", "name", "ownerUserId",
      "ownerAgencyOri", "createdAt", "updatedAt", "version", "criteria");
  private static final List<String> CRITERIA_FIELDS = List.of("term", "lastName", "firstName", "cdcNumber",
      "dateOfBirthFrom", "dateOfBirthTo", "ageMin", "ageMax", "heightMinInches", "heightMaxInches",
      "weightMinPounds", "weightMaxPounds", "sexes", "races", "hairColors", "eyeColors", "smtText", "smtCode",
      "plate", "offense", "registrations", "statuses", "levels", "agent", "paroleUnit", "countyUnit", "county",
      "zip", "geo", "sort", "pageSize", "facets", "exactTotal", "explain");

  private SavedSearchCodec() {}

  /** The saved search as pretty-printed JSON. */
  public static String write(SavedSearch s) {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("id", s.id());
    root.put("name", s.name());
    root.put("ownerUserId", s.ownerUserId());
    root.put("ownerAgencyOri", s.ownerAgencyOri());
    root.put("createdAt", s.createdAt().toString());
    root.put("updatedAt", s.updatedAt().toString());
    root.put("version", s.version());
    root.set("criteria", criteria(s.criteria()));
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      // A tree of strings, numbers and booleans always serializes.
      throw new IllegalStateException("cannot write a saved search as JSON", e);
    }
  }

  /**
   * Reads a saved search.
   *
   * @throws SavedSearchFormatException naming the path, the masked value and the rule
   */
  public static SavedSearch read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SavedSearchFormatException("$", "(document)", "is not well-formed JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr()), e);
    }
    if (root == null || !root.isObject()) {
      throw new SavedSearchFormatException("$", kind(root), "must be a JSON object (a saved search)");
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null || version.isNull()) {
      throw new SavedSearchFormatException("schemaVersion", "(missing)", "is required; this SDK reads schema version "
          + SCHEMA_VERSION);
    }
    if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != SCHEMA_VERSION) {
      throw new SavedSearchFormatException("schemaVersion", Mask.plain(version.toString()),
          "is not a known schema version; this SDK reads schema version " + SCHEMA_VERSION);
    }
    unknownFields(root, "", DOCUMENT_FIELDS);
    String id = requiredText(root, "id", Mask::plain);
    String name = requiredText(root, "name", Mask::partial);
    String owner = requiredText(root, "ownerUserId", Mask::partial);
    String ori = requiredText(root, "ownerAgencyOri", Mask::plain);
    Instant createdAt = instant(root, "createdAt");
    Instant updatedAt = instant(root, "updatedAt");
    JsonNode v = required(root, "version", "version");
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
      throw new SavedSearchFormatException("version", Mask.plain(v.toString()), "must be a whole number >= 0");
    }
    JsonNode c = required(root, "criteria", "criteria");
    SearchRequest criteria = readCriteria(c, "criteria");
    try {
      return new SavedSearch(id, name, owner, ori, criteria, createdAt, updatedAt, v.longValue());
    } catch (IllegalArgumentException e) {
      throw new SavedSearchFormatException(fieldOf(e.getMessage()), "(value)",
          "is not accepted: " + e.getMessage(), e);
    }
  }

  /** The criteria of a request as a JSON object (the page cursor is never written). */
  public static ObjectNode criteria(SearchRequest r) {
    ObjectNode o = NODES.objectNode();
    putText(o, "term", r.term());
    putText(o, "lastName", r.lastName());
    putText(o, "firstName", r.firstName());
    putText(o, "cdcNumber", r.cdcNumber() == null ? null : r.cdcNumber().value());
    putText(o, "dateOfBirthFrom", r.dateOfBirthFrom() == null ? null : r.dateOfBirthFrom().toString());
    putText(o, "dateOfBirthTo", r.dateOfBirthTo() == null ? null : r.dateOfBirthTo().toString());
    putInt(o, "ageMin", r.ageMin());
    putInt(o, "ageMax", r.ageMax());
    putInt(o, "heightMinInches", r.heightMinInches());
    putInt(o, "heightMaxInches", r.heightMaxInches());
    putInt(o, "weightMinPounds", r.weightMinPounds());
    putInt(o, "weightMaxPounds", r.weightMaxPounds());
    putCodes(o, "sexes", r.sexes());
    putCodes(o, "races", r.races());
    putCodes(o, "hairColors", r.hairColors());
    putCodes(o, "eyeColors", r.eyeColors());
    putText(o, "smtText", r.smtText());
    putText(o, "smtCode", r.smtCode());
    putText(o, "plate", r.plate());
    putText(o, "offense", r.offense());
    putCodes(o, "registrations", r.registrations());
    putCodes(o, "statuses", r.statuses());
    putCodes(o, "levels", r.levels());
    putText(o, "agent", r.agent());
    putText(o, "paroleUnit", r.paroleUnit());
    putText(o, "countyUnit", r.countyUnit() == null ? null : r.countyUnit().code());
    putText(o, "county", r.county() == null ? null : r.county().code());
    putText(o, "zip", r.zip() == null ? null : r.zip().value());
    if (r.geo() != null) {
      o.set("geo", geo(r.geo()));
    }
    putText(o, "sort", r.sort() == null ? null : r.sort().name());
    o.put("pageSize", r.pageSize());
    if (!r.facets().isEmpty()) {
      ArrayNode a = o.putArray("facets");
      r.facets().stream().map(Enum::name).sorted().forEach(a::add);
    }
    o.put("exactTotal", r.exactTotal());
    o.put("explain", r.explain());
    return o;
  }

  /**
   * Reads criteria written by {@link #criteria(SearchRequest)}.
   *
   * @param path the JSON path of {@code node}, for messages
   * @throws SavedSearchFormatException naming the path, the masked value and the rule
   */
  public static SearchRequest readCriteria(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new SavedSearchFormatException(path, kind(node), "must be a JSON object (the search criteria)");
    }
    unknownFields(node, path + ".", CRITERIA_FIELDS);
    String p = path + ".";
    Integer pageSize = optInt(node, p, "pageSize");
    try {
      return new SearchRequest(
          optText(node, p, "term"),
          optText(node, p, "lastName"),
          optText(node, p, "firstName"),
          parsed(node, p, "cdcNumber", CdcNumber::parse, Mask::partial, "must be a CDC number (e.g. AB1234)"),
          date(node, p, "dateOfBirthFrom"),
          date(node, p, "dateOfBirthTo"),
          optInt(node, p, "ageMin"),
          optInt(node, p, "ageMax"),
          optInt(node, p, "heightMinInches"),
          optInt(node, p, "heightMaxInches"),
          optInt(node, p, "weightMinPounds"),
          optInt(node, p, "weightMaxPounds"),
          codes(node, p, "sexes", Sex.class),
          codes(node, p, "races", Race.class),
          codes(node, p, "hairColors", HairColor.class),
          codes(node, p, "eyeColors", EyeColor.class),
          optText(node, p, "smtText"),
          optText(node, p, "smtCode"),
          optText(node, p, "plate"),
          optText(node, p, "offense"),
          codes(node, p, "registrations", RegistrationStatute.class),
          codes(node, p, "statuses", ParoleStatus.class),
          codes(node, p, "levels", SupervisionLevel.class),
          optText(node, p, "agent"),
          optText(node, p, "paroleUnit"),
          parsed(node, p, "countyUnit", CountyUnit::parse, Mask::plain, "must be a PRCS county unit (e.g. PRCS-SAC)"),
          parsed(node, p, "county", County::fromCode, Mask::plain, "must be a county code (e.g. SAC)"),
          parsed(node, p, "zip", ZipCode::parse, Mask::partial, "must be a ZIP code (5 digits or ZIP+4)"),
          node.hasNonNull("geo") ? readGeo(node.get("geo"), p + "geo") : null,
          names(node, p, "sort", SortOrder.class).stream().findFirst().orElse(null),
          pageSize == null ? 20 : pageSize,
          null,
          names(node, p, "facets", FacetDimension.class),
          bool(node, p, "exactTotal", false),
          bool(node, p, "explain", true));
    } catch (IllegalArgumentException e) {
      throw new SavedSearchFormatException(p + fieldOf(e.getMessage()), "(value)",
          "is not accepted by a search: " + e.getMessage(), e);
    }
  }

  // --- geo ---

  private static ObjectNode geo(GeoFilter geo) {
    ObjectNode o = NODES.objectNode();
    switch (geo) {
      case GeoFilter.Within w -> {
        o.put("type", "within");
        o.set("center", point(w.center()));
        o.put("radiusMeters", w.radius().meters());
      }
      case GeoFilter.Inside i -> {
        o.put("type", "inside");
        o.set("shape", shape(i.shape()));
      }
      case GeoFilter.InCounty c -> {
        o.put("type", "county");
        o.put("county", c.county().code());
      }
    }
    return o;
  }

  private static ObjectNode shape(Shape shape) {
    ObjectNode o = NODES.objectNode();
    switch (shape) {
      case Circle c -> {
        o.put("type", "circle");
        o.set("center", point(c.center()));
        o.put("radiusMeters", c.radius().meters());
      }
      case BoundingBox b -> {
        o.put("type", "box");
        o.put("south", b.south());
        o.put("west", b.west());
        o.put("north", b.north());
        o.put("east", b.east());
      }
      case Area a -> {
        o.put("type", "area");
        ArrayNode parts = o.putArray("parts");
        for (Area.Part part : a.parts()) {
          ObjectNode po = parts.addObject();
          po.set("shell", ring(part.shell()));
          ArrayNode holes = po.putArray("holes");
          part.holes().forEach(h -> holes.add(ring(h)));
        }
      }
    }
    return o;
  }

  private static ObjectNode point(GeoPoint p) {
    ObjectNode o = NODES.objectNode();
    o.put("latitude", p.latitude());
    o.put("longitude", p.longitude());
    return o;
  }

  private static ArrayNode ring(List<GeoPoint> ring) {
    ArrayNode a = NODES.arrayNode();
    for (GeoPoint p : ring) {
      a.addArray().add(p.longitude()).add(p.latitude());
    }
    return a;
  }

  private static GeoFilter readGeo(JsonNode node, String path) {
    String type = typeOf(node, path, List.of("within", "inside", "county"));
    String p = path + ".";
    return switch (type) {
      case "within" -> {
        unknownFields(node, p, List.of("type", "center", "radiusMeters"));
        GeoPoint center = readPoint(required(node, p + "center", "center"), p + "center");
        Distance radius = radius(node, p);
        try {
          yield GeoFilter.within(center, radius);
        } catch (IllegalArgumentException e) {
          throw new SavedSearchFormatException(p + "radiusMeters", Mask.plain(radius.meters()), "is not accepted: "
              + e.getMessage(), e);
        }
      }
      case "inside" -> {
        unknownFields(node, p, List.of("type", "shape"));
        yield GeoFilter.inside(readShape(required(node, p + "shape", "shape"), p + "shape"));
      }
      default -> {
        unknownFields(node, p, List.of("type", "county"));
        County county = parsed(node, p, "county", County::fromCode, Mask::plain, "must be a county code (e.g. SAC)");
        if (county == null) {
          throw new SavedSearchFormatException(p + "county", "(missing)", "is required for an area of type county");
        }
        yield GeoFilter.inside(county);
      }
    };
  }

  private static Shape readShape(JsonNode node, String path) {
    String type = typeOf(node, path, List.of("circle", "box", "area"));
    String p = path + ".";
    return switch (type) {
      case "circle" -> {
        unknownFields(node, p, List.of("type", "center", "radiusMeters"));
        GeoPoint center = readPoint(required(node, p + "center", "center"), p + "center");
        yield Circle.of(center, radius(node, p));
      }
      case "box" -> {
        unknownFields(node, p, List.of("type", "south", "west", "north", "east"));
        double south = number(node, p, "south");
        double west = number(node, p, "west");
        double north = number(node, p, "north");
        double east = number(node, p, "east");
        try {
          yield new BoundingBox(south, west, north, east);
        } catch (IllegalArgumentException e) {
          throw new SavedSearchFormatException(path, "(box)", "is not a valid box: " + e.getMessage(), e);
        }
      }
      default -> {
        unknownFields(node, p, List.of("type", "parts"));
        JsonNode parts = required(node, p + "parts", "parts");
        if (!parts.isArray()) {
          throw new SavedSearchFormatException(p + "parts", kind(parts), "must be an array of polygons");
        }
        List<Area.Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
          String pp = p + "parts[" + i + "]";
          JsonNode part = parts.get(i);
          if (!part.isObject()) {
            throw new SavedSearchFormatException(pp, kind(part), "must be an object with shell and holes");
          }
          unknownFields(part, pp + ".", List.of("shell", "holes"));
          List<GeoPoint> shell = readRing(required(part, pp + ".shell", "shell"), pp + ".shell");
          List<List<GeoPoint>> holes = new ArrayList<>();
          JsonNode h = part.get("holes");
          if (h != null && !h.isNull()) {
            if (!h.isArray()) {
              throw new SavedSearchFormatException(pp + ".holes", kind(h), "must be an array of rings");
            }
            for (int j = 0; j < h.size(); j++) {
              holes.add(readRing(h.get(j), pp + ".holes[" + j + "]"));
            }
          }
          try {
            out.add(new Area.Part(shell, holes));
          } catch (IllegalArgumentException e) {
            throw new SavedSearchFormatException(pp, "(polygon)", "is not a valid polygon: " + e.getMessage(), e);
          }
        }
        try {
          yield Area.of(out);
        } catch (IllegalArgumentException e) {
          throw new SavedSearchFormatException(p + "parts", "(area)", "is not a valid area: " + e.getMessage(), e);
        }
      }
    };
  }

  private static List<GeoPoint> readRing(JsonNode node, String path) {
    if (!node.isArray()) {
      throw new SavedSearchFormatException(path, kind(node), "must be an array of [longitude, latitude] positions");
    }
    List<GeoPoint> ring = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonNode pos = node.get(i);
      String pp = path + "[" + i + "]";
      if (!pos.isArray() || pos.size() != 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
        throw new SavedSearchFormatException(pp, Mask.partial(pos.toString()), "must be a [longitude, latitude] pair");
      }
      ring.add(geoPoint(pos.get(1).doubleValue(), pos.get(0).doubleValue(), pp));
    }
    return ring;
  }

  private static GeoPoint readPoint(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new SavedSearchFormatException(path, kind(node), "must be an object with latitude and longitude");
    }
    unknownFields(node, path + ".", List.of("latitude", "longitude"));
    return geoPoint(number(node, path + ".", "latitude"), number(node, path + ".", "longitude"), path);
  }

  private static GeoPoint geoPoint(double lat, double lon, String path) {
    try {
      return GeoPoint.of(lat, lon);
    } catch (IllegalArgumentException e) {
      throw new SavedSearchFormatException(path, Mask.partial(lat + "," + lon),
          "is not a position: latitude -90..90 and longitude -180..180", e);
    }
  }

  private static Distance radius(JsonNode node, String p) {
    double meters = number(node, p, "radiusMeters");
    try {
      return Distance.ofMeters(meters);
    } catch (IllegalArgumentException e) {
      throw new SavedSearchFormatException(p + "radiusMeters", Mask.plain(meters), "must be a distance in meters >= 0",
          e);
    }
  }

  private static String typeOf(JsonNode node, String path, List<String> types) {
    if (!node.isObject()) {
      throw new SavedSearchFormatException(path, kind(node), "must be an object with a type (one of "
          + String.join(", ", types) + ")");
    }
    JsonNode t = node.get("type");
    if (t == null || !t.isTextual() || !types.contains(t.textValue())) {
      throw new SavedSearchFormatException(path + ".type", t == null ? "(missing)" : Mask.plain(t.asText()),
          "must be one of " + String.join(", ", types));
    }
    return t.textValue();
  }

  // --- fields ---

  private static void unknownFields(JsonNode node, String prefix, List<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!known.contains(n)) {
        throw new SavedSearchFormatException(prefix + n, "(unknown field)", "is not a field here in schema version "
            + SCHEMA_VERSION + "; known fields: " + String.join(", ", known));
      }
    }
  }

  private static JsonNode required(JsonNode node, String path, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new SavedSearchFormatException(path, "(missing)", "is required");
    }
    return v;
  }

  private static String requiredText(JsonNode node, String field, Function<Object, String> mask) {
    JsonNode v = required(node, field, field);
    if (!v.isTextual()) {
      throw new SavedSearchFormatException(field, mask.apply(v.toString()), "must be a string");
    }
    return v.textValue();
  }

  private static Instant instant(JsonNode node, String field) {
    String text = requiredText(node, field, Mask::plain);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new SavedSearchFormatException(field, Mask.plain(text), "must be an ISO-8601 instant in UTC, e.g. "
          + "2026-11-01T17:00:00Z", e);
    }
  }

  private static @Nullable String optText(JsonNode node, String p, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new SavedSearchFormatException(p + field, Mask.partial(v.toString()), "must be a string");
    }
    return v.textValue();
  }

  private static <T> @Nullable T parsed(JsonNode node, String p, String field, Function<String, T> parse,
      Function<Object, String> mask, String rule) {
    String text = optText(node, p, field);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw new SavedSearchFormatException(p + field, mask.apply(text), rule, e);
    }
  }

  private static @Nullable LocalDate date(JsonNode node, String p, String field) {
    String text = optText(node, p, field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new SavedSearchFormatException(p + field, Mask.partial(text), "must be a date yyyy-MM-dd", e);
    }
  }

  private static @Nullable Integer optInt(JsonNode node, String p, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new SavedSearchFormatException(p + field, Mask.plain(v.toString()), "must be a whole number");
    }
    return v.intValue();
  }

  private static double number(JsonNode node, String p, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new SavedSearchFormatException(p + field, "(missing)", "is required");
    }
    if (!v.isNumber()) {
      throw new SavedSearchFormatException(p + field, Mask.partial(v.toString()), "must be a number");
    }
    return v.doubleValue();
  }

  private static boolean bool(JsonNode node, String p, String field, boolean absent) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return absent;
    }
    if (!v.isBoolean()) {
      throw new SavedSearchFormatException(p + field, Mask.plain(v.toString()), "must be true or false");
    }
    return v.booleanValue();
  }

  private static <E extends Enum<E> & Coded> Set<E> codes(JsonNode node, String p, String field, Class<E> type) {
    EnumSet<E> out = EnumSet.noneOf(type);
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new SavedSearchFormatException(p + field, Mask.plain(v.toString()), "must be an array of codes");
    }
    EnumSet<E> all = EnumSet.allOf(type);
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      E found = null;
      if (item.isTextual()) {
        for (E e : all) {
          if (e.code().equals(item.textValue())) {
            found = e;
          }
        }
      }
      if (found == null) {
        throw new SavedSearchFormatException(p + field + "[" + i + "]", Mask.plain(item.asText()),
            "is not a code of " + type.getSimpleName() + " (known codes: "
                + String.join(", ", all.stream().map(Coded::code).toList()) + ")");
      }
      if (!out.add(found)) {
        throw new SavedSearchFormatException(p + field + "[" + i + "]", Mask.plain(item.asText()),
            "appears twice; list each code once");
      }
    }
    return out;
  }

  private static <E extends Enum<E>> Set<E> names(JsonNode node, String p, String field, Class<E> type) {
    EnumSet<E> out = EnumSet.noneOf(type);
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return out;
    }
    boolean single = field.equals("sort");
    if (single ? !v.isTextual() : !v.isArray()) {
      throw new SavedSearchFormatException(p + field, Mask.plain(v.toString()),
          single ? "must be a string" : "must be an array of names");
    }
    List<JsonNode> items = new ArrayList<>();
    if (single) {
      items.add(v);
    } else {
      v.forEach(items::add);
    }
    EnumSet<E> all = EnumSet.allOf(type);
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      E found = null;
      for (E e : all) {
        if (item.isTextual() && e.name().equals(item.textValue())) {
          found = e;
        }
      }
      String path = single ? p + field : p + field + "[" + i + "]";
      if (found == null) {
        throw new SavedSearchFormatException(path, Mask.plain(item.asText()), "is not one of "
            + String.join(", ", all.stream().map(Enum::name).toList()));
      }
      if (!out.add(found)) {
        throw new SavedSearchFormatException(path, Mask.plain(item.asText()), "appears twice; list each name once");
      }
    }
    return out;
  }

  private static void putText(ObjectNode o, String field, @Nullable String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  private static void putInt(ObjectNode o, String field, @Nullable Integer value) {
    if (value != null) {
      o.put(field, value.intValue());
    }
  }

  private static void putCodes(ObjectNode o, String field, Collection<? extends Coded> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(field);
      values.stream().map(Coded::code).sorted().forEach(a::add);
    }
  }

  private static String kind(@Nullable JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "(nothing)";
    }
    return "(" + node.getNodeType().name().toLowerCase(Locale.ROOT) + ")";
  }

  /** The field a validation message starts with ("ageMin must be ..." gives "ageMin"), else "$". */
  private static String fieldOf(@Nullable String message) {
    if (message == null) {
      return "$";
    }
    int end = 0;
    while (end < message.length() && (Character.isLetterOrDigit(message.charAt(end)) || message.charAt(end) == '.')) {
      end++;
    }
    String f = end == 0 ? "$" : message.substring(0, end);
    return f.startsWith("savedSearch.") ? f.substring("savedSearch.".length()) : f;
  }
}
