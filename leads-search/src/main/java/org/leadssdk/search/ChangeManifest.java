package org.leadssdk.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.core.json.LeadsJson;

/**
 * What a "since" download ({@link LeadsSearch#exportSince}) wrote: the records of the query's results
 * that changed after the instant, and the CDC numbers the county must remove from its copy, so that the
 * copy made at {@code since} becomes the results at {@code exportedAt}.
 *
 * <p>In {@link ExportFormat#NDJSON} the changed records are upsert lines and each removal is also a
 * tombstone line after them ({@code {"tombstone":{"cdcNumber":…,"recordVersion":…,"sourceTimestamp":…}}},
 * the feed format); in {@link ExportFormat#CSV} the stream holds only the changed rows and the removals
 * are in this manifest alone ({@link #removedCdcNumbers()}, {@link #writeRemovalsFile}). Both lists are
 * held in memory, sorted (about 7 bytes of text per CDC number).
 *
 * @param format the format written (CSV or NDJSON)
 * @param query the request's criteria as {@link SearchRequest#describe()} gives them
 * @param since the instant changes are counted from (exclusive), compared with source timestamps
 * @param exportedAt the single instant the download was evaluated at (retention included)
 * @param changedCount how many records were written
 * @param removedCount how many CDC numbers are listed as removals
 * @param removalsByReason how many removals each reason accounts for; every reason present, summing to
 *     {@code removedCount}
 * @param sha256 the SHA-256 of the bytes written, lowercase hex (64 digits)
 * @param changedCdcNumbers the CDC numbers of the records written, sorted
 * @param removedCdcNumbers the CDC numbers to remove, sorted; none of them is also changed
 */
@JsonPropertyOrder({"format", "query", "since", "exportedAt", "changedCount", "removedCount", "removalsByReason",
    "sha256", "changedCdcNumbers", "removedCdcNumbers"})
public record ChangeManifest(
    ExportFormat format,
    String query,
    Instant since,
    Instant exportedAt,
    long changedCount,
    long removedCount,
    Map<RemovalReason, Long> removalsByReason,
    String sha256,
    List<String> changedCdcNumbers,
    List<String> removedCdcNumbers) {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
  private static final ObjectMapper JSON = LeadsJson.newMapper();

  /**
   * Validates the manifest and keeps sorted copies of the CDC number lists.
   *
   * @throws IllegalArgumentException if the format cannot carry removals (GeoJSON, KML), {@code since} is
   *     after {@code exportedAt}, a count is negative or differs from its list or from the sum of the
   *     reasons, the checksum is not 64 lowercase hex digits, or a CDC number is both changed and removed
   */
  public ChangeManifest {
    Check.notNull("format", format);
    Check.argument(!format.needsLocation(), () -> "format: " + format
        + " cannot carry removals; a since download is CSV or NDJSON");
    Check.notNull("query", query);
    Check.notNull("since", since);
    Check.notNull("exportedAt", exportedAt);
    Check.argument(!since.isAfter(exportedAt),
        () -> "since: " + since + " is after exportedAt " + exportedAt + "; changes are counted up to the export");
    Check.inRange("changedCount", changedCount, 0, Long.MAX_VALUE);
    Check.inRange("removedCount", removedCount, 0, Long.MAX_VALUE);
    Check.notNull("removalsByReason", removalsByReason);
    Map<RemovalReason, Long> reasons = new EnumMap<>(RemovalReason.class);
    long sum = 0;
    for (RemovalReason reason : RemovalReason.values()) {
      Long n = removalsByReason.get(reason);
      Check.notNull("removalsByReason[" + reason + "]", n);
      Check.inRange("removalsByReason[" + reason + "]", n, 0, Long.MAX_VALUE);
      reasons.put(reason, n);
      sum += n;
    }
    long total = sum;
    Check.argument(total == removedCount,
        () -> "removalsByReason: sums to " + total + " but removedCount is " + removedCount);
    Check.notNull("sha256", sha256);
    if (!SHA256_HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256: " + Mask.plain(sha256)
          + " is not a SHA-256 checksum; expected 64 lowercase hex digits");
    }
    changedCdcNumbers = sorted("changedCdcNumbers", changedCdcNumbers, changedCount);
    removedCdcNumbers = sorted("removedCdcNumbers", removedCdcNumbers, removedCount);
    requireDisjoint(changedCdcNumbers, removedCdcNumbers);
    removalsByReason = java.util.Collections.unmodifiableMap(reasons);
  }

  /**
   * Writes the removals file: one CDC number to remove a line, sorted, each line ending with
   * {@code '\n'}, in UTF-8 (for CSV, whose stream cannot carry removals). The stream is flushed, not closed.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeRemovalsFile(OutputStream out) {
    writeLines(out, removedCdcNumbers, "removals");
  }

  /**
   * Writes the index file of the changed records: one CDC number a line, sorted, each line ending with
   * {@code '\n'}, in UTF-8. The stream is flushed, not closed.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeIndexFile(OutputStream out) {
    writeLines(out, changedCdcNumbers, "index");
  }

  /** The manifest as one JSON object with the components as fields in the order above; lists included. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the change manifest as JSON", e);
    }
  }

  /** Short: format, instants, counts and checksum (no CDC numbers, no query text). */
  @Override
  public String toString() {
    return "ChangeManifest[" + format + ", since " + since + ", at " + exportedAt + ", " + changedCount
        + " changed, " + removedCount + " removed " + removalsByReason + ", sha256 " + sha256 + "]";
  }

  private static List<String> sorted(String field, List<String> values, long count) {
    List<String> sorted = new ArrayList<>(Check.copy(field, values));
    sorted.sort(null);
    if (sorted.size() != count) {
      throw new IllegalArgumentException(field + ": holds " + sorted.size() + " numbers but its count is " + count
          + "; the list must name every record once");
    }
    return List.copyOf(sorted);
  }

  private static void requireDisjoint(List<String> a, List<String> b) {
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      int c = a.get(i).compareTo(b.get(j));
      if (c == 0) {
        throw new IllegalArgumentException("removedCdcNumbers: " + Mask.partial(a.get(i))
            + " is also a changed record; a record is either written or removed");
      }
      if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
  }

  private static void writeLines(OutputStream out, List<String> lines, String what) {
    Check.notNull("out", out);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    try {
      for (String cdc : lines) {
        w.write(cdc);
        w.write('\n');
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + what + " file of the since download", e);
    }
  }
}
