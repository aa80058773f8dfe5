package org.leadssdk.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.InvalidRecordException;
import org.leadssdk.policy.Agency;
import org.leadssdk.policy.AgreementType;
import org.leadssdk.policy.AlprProfile;
import org.leadssdk.policy.AlprRoleGroup;
import org.leadssdk.policy.DeputyDirectorApproval;
import org.leadssdk.policy.Division;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.Role;
import org.leadssdk.policy.User;

/**
 * Reads and writes the JSON configuration file of the command line ({@link CliConfig} documents the
 * schema). Strict: an unknown property, a wrong type, a bad date or an unknown code is an error naming the
 * file and the JSON path of the field, e.g. {@code users[1].roles[0]: "ADMIN" is not a role; known:
 * LEADS_USER, ...}. Stateless and thread-safe.
 */
public final class CliConfigReader {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CliConfigReader() {}

  /**
   * Reads a configuration file.
   *
   * @throws IllegalArgumentException if the file is missing, not JSON, or a field is missing or invalid;
   *     the message names the file and the field's path
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public static CliConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("config " + file + ": no such file (write a sample with `leads config init`)",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("config " + file + ": cannot be read: " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("config " + file + ": not valid JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(),
          e);
    }
    try {
      return parse(root);
    } catch (IllegalArgumentException | InvalidRecordException e) {
      throw new IllegalArgumentException("config " + file + ": " + oneLine(e.getMessage()), e);
    }
  }

  /**
   * Parses a configuration from JSON text (the file's contents).
   *
   * @throws IllegalArgumentException if the text is not JSON or a field is missing or invalid
   */
  public static CliConfig parse(String json) {
    try {
      return parse(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The configuration as indented JSON in the schema of {@link CliConfig}. */
  public static String toJson(CliConfig config) {
    ObjectNode root = JSON.createObjectNode();
    PolicyConfig p = config.policy();
    ObjectNode policy = root.putObject("policy");
    policy.put("zone", p.zone().getId());
    policy.put("inactivityLimitDays", p.inactivityLimit().toDays());
    policy.put("dischargedVisibleDays", p.dischargedVisibleDays());
    policy.put("preParoleVisibleDays", p.preParoleVisibleDays());
    ArrayNode agencies = root.putArray("agencies");
    for (Agency a : config.agencies()) {
      ObjectNode n = agencies.addObject().put("ori", a.ori()).put("name", a.name());
      ObjectNode agreements = n.putObject("agreements");
      a.agreements().forEach((type, date) -> agreements.put(type.name(), date.toString()));
    }
    ArrayNode divisions = root.putArray("divisions");
    for (Division d : config.divisions()) {
      divisions.addObject().put("name", d.name()).put("caseNumberPattern", d.caseNumberPattern());
    }
    ArrayNode users = root.putArray("users");
    for (User u : config.users()) {
      ObjectNode n = users.addObject().put("id", u.id()).put("agencyOri", u.agencyOri());
      ArrayNode roles = n.putArray("roles");
      u.roles().forEach(r -> roles.add(r.name()));
      putIfSet(n, "trainingCompleted", u.trainingCompleted());
      putIfSet(n, "endUserAgreementSigned", u.endUserAgreementSigned());
      n.put("active", u.active());
      putIfSet(n, "lastActivity", u.lastActivity());
      AlprProfile alpr = u.alpr();
      if (alpr != null) {
        ObjectNode a = n.putObject("alpr").put("roleGroup", alpr.roleGroup().name())
            .put("communityComplianceUnit", alpr.communityComplianceUnit());
        putIfSet(a, "trainingCompleted", alpr.trainingCompleted());
        putIfSet(a, "form110Signed", alpr.form110Signed());
        DeputyDirectorApproval approval = alpr.deputyDirectorApproval();
        if (approval != null) {
          a.putObject("deputyDirectorApproval").put("approvedBy", approval.approvedBy())
              .put("approvedOn", approval.approvedOn().toString());
        }
        a.put("division", alpr.division().name());
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the configuration as JSON", e);
    }
  }

  private static void putIfSet(ObjectNode node, String field, @Nullable Object value) {
    if (value != null) {
      node.put(field, value.toString());
    }
  }

  private static CliConfig parse(JsonNode root) {
    Node top = new Node(root, "$");
    top.only("policy", "agencies", "divisions", "users");
    PolicyConfig policy = policy(top.optional("policy"));
    List<Agency> agencies = new ArrayList<>();
    for (Node n : top.array("agencies", true)) {
      agencies.add(agency(n));
    }
    List<Division> divisions = new ArrayList<>();
    for (Node n : top.array("divisions", false)) {
      n.only("name", "caseNumberPattern");
      String name = n.text("name", true);
      String pattern = n.text("caseNumberPattern", true);
      divisions.add(n.wrap(() -> Division.of(name, pattern)));
    }
    List<User> users = new ArrayList<>();
    for (Node n : top.array("users", true)) {
      users.add(user(n, divisions));
    }
    return new CliConfig(policy, agencies, divisions, users);
  }

  private static PolicyConfig policy(@Nullable Node n) {
    PolicyConfig.Builder b = PolicyConfig.builder();
    if (n == null) {
      return b.build();
    }
    n.only("zone", "inactivityLimitDays", "dischargedVisibleDays", "preParoleVisibleDays");
    String zone = n.text("zone", false);
    if (zone != null) {
      try {
        b.zone(ZoneId.of(zone));
      } catch (DateTimeException e) {
        throw n.error("zone", "\"" + zone + "\" is not a time zone ID such as America/Los_Angeles");
      }
    }
    Long inactivity = n.integer("inactivityLimitDays");
    if (inactivity != null) {
      n.wrap(() -> b.inactivityLimit(Duration.ofDays(inactivity)));
    }
    Long discharged = n.integer("dischargedVisibleDays");
    if (discharged != null) {
      b.dischargedVisibleDays(discharged.intValue());
    }
    Long preParole = n.integer("preParoleVisibleDays");
    if (preParole != null) {
      b.preParoleVisibleDays(preParole.intValue());
    }
    return n.wrap(b::build);
  }

  private static Agency agency(Node n) {
    n.only("ori", "name", "agreements");
    String ori = n.text("ori", true);
    String name = n.text("name", true);
    Map<AgreementType, LocalDate> agreements = new EnumMap<>(AgreementType.class);
    Node a = n.optional("agreements");
    if (a != null) {
      Iterator<String> names = a.json.fieldNames();
      while (names.hasNext()) {
        String key = names.next();
        AgreementType type = code(a, key, key, AgreementType.class);
        agreements.put(type, a.date(key, true));
      }
    }
    return n.wrap(() -> new Agency(ori, name, agreements));
  }

  private static User user(Node n, List<Division> divisions) {
    n.only("id", "agencyOri", "roles", "trainingCompleted", "endUserAgreementSigned", "active", "lastActivity",
        "alpr");
    User.Builder b = User.builder().id(n.text("id", true)).agencyOri(n.text("agencyOri", true));
    List<Role> roles = new ArrayList<>();
    int i = 0;
    for (JsonNode r : n.values("roles", true)) {
      if (!r.isTextual()) {
        throw n.error("roles[" + i + "]", "must be a role name (text)");
      }
      roles.add(code(n, "roles[" + i + "]", r.asText(), Role.class));
      i++;
    }
    b.roles(roles)
        .trainingCompleted(n.date("trainingCompleted", false))
        .endUserAgreementSigned(n.date("endUserAgreementSigned", false))
        .active(n.bool("active", true, false))
        .lastActivity(n.instant("lastActivity"));
    Node alpr = n.optional("alpr");
    if (alpr != null) {
      b.alpr(alpr(alpr, divisions));
    }
    return n.wrap(b::build);
  }

  private static AlprProfile alpr(Node n, List<Division> divisions) {
    n.only("roleGroup", "communityComplianceUnit", "trainingCompleted", "form110Signed", "deputyDirectorApproval",
        "division");
    AlprRoleGroup group = code(n, "roleGroup", n.text("roleGroup", true), AlprRoleGroup.class);
    String divisionName = n.text("division", true);
    Division division = divisions.stream().filter(d -> d.name().equalsIgnoreCase(divisionName)).findFirst()
        .orElseThrow(() -> n.error("division", "\"" + divisionName + "\" is not one of the divisions of this file"));
    DeputyDirectorApproval approval = null;
    Node a = n.optional("deputyDirectorApproval");
    if (a != null) {
      a.only("approvedBy", "approvedOn");
      String by = a.text("approvedBy", true);
      LocalDate on = a.date("approvedOn", true);
      approval = a.wrap(() -> new DeputyDirectorApproval(by, on));
    }
    DeputyDirectorApproval approved = approval;
    boolean ccu = n.bool("communityComplianceUnit", false, false);
    LocalDate trained = n.date("trainingCompleted", false);
    LocalDate form110 = n.date("form110Signed", false);
    return n.wrap(() -> new AlprProfile(group, ccu, trained, form110, approved, division));
  }

  private static <E extends Enum<E>> E code(Node n, String field, @Nullable String value, Class<E> type) {
    if (value == null) {
      throw n.error(field, "missing (required)");
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw n.error(field, "\"" + value + "\" is not a " + type.getSimpleName() + "; known: "
          + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
  }

  private static String oneLine(@Nullable String message) {
    return message == null ? "invalid" : message.strip().replaceAll("\\s*\\n\\s*-?\\s*", "; ");
  }

  /** A JSON object at a path, with typed, strict accessors whose errors name the path. */
  private static final class Node {
    final JsonNode json;
    final String path;

    Node(JsonNode json, String path) {
      this.json = json;
      this.path = path;
      if (!json.isObject()) {
        throw new IllegalArgumentException(path + ": must be a JSON object");
      }
    }

    IllegalArgumentException error(String field, String rule) {
      return new IllegalArgumentException(child(field) + ": " + rule);
    }

    String child(String field) {
      return path.equals("$") ? field : path + "." + field;
    }

    void only(String... fields) {
      Set<String> known = Set.of(fields);
      Iterator<String> names = json.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!known.contains(name)) {
          throw error(name, "unknown property; known here: " + String.join(", ", fields));
        }
      }
    }

    /** Runs a constructor of the SDK and prefixes its complaint with this object's path. */
    <T> T wrap(java.util.function.Supplier<T> make) {
      try {
        return make.get();
      } catch (IllegalArgumentException | NullPointerException | InvalidRecordException | IllegalStateException e) {
        throw new IllegalArgumentException((path.equals("$") ? "" : path + ": ") + oneLine(e.getMessage()), e);
      }
    }

    @Nullable Node optional(String field) {
      JsonNode v = json.get(field);
      return v == null || v.isNull() ? null : new Node(v, child(field));
    }

    List<Node> array(String field, boolean required) {
      List<JsonNode> values = values(field, required);
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        out.add(new Node(values.get(i), child(field) + "[" + i + "]"));
      }
      return out;
    }

    List<JsonNode> values(String field, boolean required) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          throw error(field, "missing (required)");
        }
        return List.of();
      }
      if (!v.isArray()) {
        throw error(field, "must be a JSON array");
      }
      List<JsonNode> out = new ArrayList<>();
      v.forEach(out::add);
      return out;
    }

    @Nullable String text(String field, boolean required) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          throw error(field, "missing (required)");
        }
        return null;
      }
      if (!v.isTextual()) {
        throw error(field, "must be text");
      }
      return v.asText();
    }

    @Nullable LocalDate date(String field, boolean required) {
      String text = text(field, required);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw error(field, "\"" + text + "\" is not a date YYYY-MM-DD");
      }
    }

    @Nullable Instant instant(String field) {
      String text = text(field, false);
      if (text == null) {
        return null;
      }
      try {
        return Instant.parse(text);
      } catch (DateTimeException e) {
        throw error(field, "\"" + text + "\" is not an ISO-8601 instant such as 2026-10-31T17:00:00Z");
      }
    }

    boolean bool(String field, boolean required, boolean fallback) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          throw error(field, "missing (required)");
        }
        return fallback;
      }
      if (!v.isBoolean()) {
        throw error(field, "must be true or false");
      }
      return v.asBoolean();
    }

    @Nullable Long integer(String field) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw error(field, "must be a whole number");
      }
      return v.asLong();
    }
  }
}
