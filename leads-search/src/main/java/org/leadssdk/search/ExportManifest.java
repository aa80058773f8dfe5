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
import java.util.List;
import java.util.regex.Pattern;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.core.json.LeadsJson;

/**
 * What a data download ({@link LeadsSearch#export}) wrote, so that a county can reconcile its copy: the
 * format, the query, when, how many records, and the SHA-256 of the exact bytes written, plus the index
 * file of the exported CDC numbers.
 *
 * <p>The CDC numbers are held in memory, sorted: about 7 bytes of text each, so roughly 7 MB of characters
 * (plus the strings' overhead) for a million records. That is the one part of an export that grows with
 * its size; the records themselves are streamed.
 *
 * @param format the format written
 * @param query the request's criteria as {@link SearchRequest#describe()} gives them
 * @param exportedAt the single instant the whole export was evaluated at (retention included)
 * @param recordCount how many records were written
 * @param withoutLocation how many visible matches were not written because the format needs a location
 *     ({@link ExportFormat#needsLocation()}) and the record has no geocoded current residence; always 0 for
 *     CSV and NDJSON
 * @param omittedByPolicy how many matches retention hid at {@code exportedAt}
 * @param sha256 the SHA-256 of the bytes written, lowercase hex (64 digits)
 * @param cdcNumbers the CDC numbers of the records written, sorted; as many as {@code recordCount}
 */
@JsonPropertyOrder({"format", "query", "exportedAt", "recordCount", "withoutLocation", "omittedByPolicy",
    "sha256", "cdcNumbers"})
public record ExportManifest(
    ExportFormat format,
    String query,
    Instant exportedAt,
    long recordCount,
    long withoutLocation,
    long omittedByPolicy,
    String sha256,
    List<String> cdcNumbers) {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
  private static final ObjectMapper JSON = LeadsJson.newMapper();

  /**
   * Validates the manifest and keeps a sorted copy of the CDC numbers.
   *
   * @throws IllegalArgumentException if a count is negative, the checksum is not 64 lowercase hex digits,
   *     or the number of CDC numbers differs from {@code recordCount}
   */
  public ExportManifest {
    Check.notNull("format", format);
    Check.notNull("query", query);
    Check.notNull("exportedAt", exportedAt);
    Check.inRange("recordCount", recordCount, 0, Long.MAX_VALUE);
    Check.inRange("withoutLocation", withoutLocation, 0, Long.MAX_VALUE);
    Check.inRange("omittedByPolicy", omittedByPolicy, 0, Long.MAX_VALUE);
    Check.notNull("sha256", sha256);
    if (!SHA256_HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256: " + Mask.plain(sha256)
          + " is not a SHA-256 checksum; expected 64 lowercase hex digits");
    }
    List<String> sorted = new ArrayList<>(Check.copy("cdcNumbers", cdcNumbers));
    sorted.sort(null);
    if (sorted.size() != recordCount) {
      throw new IllegalArgumentException("cdcNumbers: holds " + sorted.size() + " numbers but recordCount is "
          + recordCount + "; the index file must list every record written, once");
    }
    cdcNumbers = List.copyOf(sorted);
  }

  /** All visible matches of the query: those written plus those the format could not carry. */
  public long matched() {
    return recordCount + withoutLocation;
  }

  /**
   * Writes the index file: one CDC number a line, sorted, each line ending with {@code '\n'}, in UTF-8.
   * The stream is flushed, not closed.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeIndexFile(OutputStream out) {
    Check.notNull("out", out);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    try {
      for (String cdc : cdcNumbers) {
        w.write(cdc);
        w.write('\n');
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the index file of the export", e);
    }
  }

  /**
   * The manifest as one JSON object with the components as fields in the order above, the instant in
   * ISO-8601 and the format by name; {@link #cdcNumbers()} included.
   */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the export manifest as JSON", e);
    }
  }

  /** Short: format, counts and checksum (no CDC numbers, no query text). */
  @Override
  public String toString() {
    return "ExportManifest[" + format + ", " + recordCount + " records, " + withoutLocation
        + " without location, " + omittedByPolicy + " omitted by policy, at " + exportedAt + ", sha256 " + sha256
        + "]";
  }
}
