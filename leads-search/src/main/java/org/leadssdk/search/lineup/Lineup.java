package org.leadssdk.search.lineup;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.json.LeadsJson;

/**
 * A photo line-up as built by {@link LineupComposer}: who built it when and for which case, the photos by
 * position (reference and SHA-256), the description the fillers were chosen by, the bands, the spread of
 * age, height and weight, and the key. Immutable.
 *
 * <p><b>No criminal history, no status</b> (PC 859.7(a)(6)): a line-up holds no offense, supervision
 * status, registration, agent, unit, address, name or identifier of anyone shown. The CDC numbers of the
 * persons shown are kept only in the {@link #key()}, which the witness package leaves out.
 *
 * <p>Saved as versioned JSON ({@link #toJson()}, {@link #fromJson(String)}); {@link #VERSION} is the format
 * this SDK writes and the only one it reads.
 *
 * @param version the JSON format version, {@value #VERSION}
 * @param id the line-up's identifier (a random UUID)
 * @param createdAt when it was built
 * @param createdBy the user ID of who built it
 * @param agencyOri the ORI of that user's agency
 * @param caseNumber the case number the user gave; {@code null} when none
 * @param description the description the fillers were chosen by
 * @param spec the bands and filler count
 * @param positions the photos, in position order from 1
 * @param spread the subject against the fillers in age, height and weight, in that order
 * @param key which position holds the subject and whose photo each position shows (investigator only)
 */
@JsonPropertyOrder({"version", "id", "createdAt", "createdBy", "agencyOri", "caseNumber", "description", "spec",
    "positions", "spread", "key"})
public record Lineup(
    int version,
    String id,
    Instant createdAt,
    String createdBy,
    String agencyOri,
    @Nullable String caseNumber,
    SubjectDescription description,
    LineupSpec spec,
    List<LineupPosition> positions,
    List<AttributeSpread> spread,
    LineupKey key) {

  /** The JSON format version this SDK writes and reads. */
  public static final int VERSION = 1;

  private static final Pattern UUID_FORM =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final ObjectMapper JSON = LeadsJson.newMapper();

  /**
   * Validates the line-up as a whole.
   *
   * @throws IllegalArgumentException naming the first part that is wrong: an unsupported version, a
   *     malformed id, positions not numbered 1, 2, ... or not as many as the spec's fillers plus the
   *     subject, a key of another size, a photo used twice, or a spread that is not age, height, weight
   */
  public Lineup {
    Check.argument(version == VERSION,
        () -> "lineup.version: " + version + " is not supported (this SDK reads version " + VERSION + ")");
    Check.notNull("lineup.id", id);
    Check.argument(UUID_FORM.matcher(id).matches(), () -> "lineup.id: " + id + " is not a lower-case UUID");
    Check.notNull("lineup.createdAt", createdAt);
    createdBy = Check.text("lineup.createdBy", createdBy, 64);
    agencyOri = Check.text("lineup.agencyOri", agencyOri, 9);
    caseNumber = Check.optionalText("lineup.caseNumber", caseNumber, 64);
    Check.notNull("lineup.description", description);
    Check.notNull("lineup.spec", spec);
    positions = Check.copy("lineup.positions", positions);
    spread = Check.copy("lineup.spread", spread);
    Check.notNull("lineup.key", key);
    int size = positions.size();
    Check.argument(size == spec.fillerCount() + 1, () -> "lineup.positions: " + size
        + " positions, but the spec asks for " + spec.fillerCount() + " fillers and the subject");
    java.util.Set<String> hashes = new java.util.HashSet<>();
    for (int i = 0; i < size; i++) {
      int expected = i + 1;
      LineupPosition p = positions.get(i);
      Check.argument(p.number() == expected,
          () -> "lineup.positions[" + expected + "].number must be " + expected + ", got " + p.number());
      Check.argument(hashes.add(p.sha256()),
          () -> "lineup.positions[" + expected + "].sha256: the same photo is shown at two positions");
    }
    Check.argument(key.entries().size() == size,
        () -> "lineup.key: " + key.entries().size() + " entries for " + size + " positions");
    List<Band> order = spread.stream().map(AttributeSpread::attribute).toList();
    Check.argument(order.equals(List.of(Band.AGE, Band.HEIGHT, Band.WEIGHT)),
        () -> "lineup.spread must list AGE, HEIGHT, WEIGHT in that order, got " + order);
  }

  /** The subject's position, from 1 (from the key). */
  public int subjectPosition() {
    return key.subjectPosition();
  }

  /** The line-up as one versioned JSON object, key included (the investigating agency's saved copy). */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the line-up as JSON", e);
    }
  }

  /**
   * Reads a line-up saved by {@link #toJson()}.
   *
   * @throws IllegalArgumentException if the text is not a line-up of version {@value #VERSION}; the message
   *     names the JSON path and the rule broken
   */
  public static Lineup fromJson(String json) {
    Check.notNull("json", json);
    try {
      return JSON.readValue(json, Lineup.class);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
      throw new IllegalArgumentException("not a saved line-up at " + e.getPathReference() + ": "
          + (cause == e ? e.getOriginalMessage() : cause.getMessage()), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a saved line-up: " + e.getOriginalMessage(), e);
    }
  }

  /** Short: id, case, positions; no key. */
  @Override
  public String toString() {
    return "Lineup[" + id + ", case " + caseNumber + ", " + positions.size() + " positions, created " + createdAt
        + " by " + createdBy + "]";
  }
}
