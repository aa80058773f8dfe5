package org.leadssdk.core.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.json.LeadsJson;

/**
 * Reads an NDJSON feed (UTF-8, one {@link FeedEntry} a line) strictly, streaming and in constant memory.
 * Immutable and thread-safe: one reader can read many feeds at once.
 *
 * <p>Each line is parsed once, with the strict mapper of {@link LeadsJson#newMapper()}. A line whose first
 * key is {@code "tombstone"} is a {@link Tombstone}; any other object is a {@link Parolee} and becomes an
 * {@link Upsert}. A line that cannot be read — unknown property, unknown code, bad identifier, impossible
 * date, coordinates out of range, a broken record rule, wrong type, duplicate key, malformed or truncated
 * JSON, trailing content, a blank line, a line longer than {@link Builder#maxLineBytes(int) the limit} —
 * is counted as rejected, its problems go to the {@link FeedReport} with line number, JSON path, masked
 * value and rule, and reading goes on with the next line. Accepted entries go to the {@link FeedSink} in
 * feed order. The report's counts always reconcile: {@code read == accepted + rejected}.
 *
 * <pre>{@code
 * NdjsonFeedReader reader = NdjsonFeedReader.builder().startAfterLine(checkpoint).build();
 * FeedReport report = reader.read(Path.of("delta.ndjson"), (entry, line) -> index.apply(entry, line));
 * log(report.summary());   // read 1000 = accepted 998 + rejected 2; skipped 40000; 2 problems kept
 * }</pre>
 *
 * <p>Lines end at {@code '\n'}; a {@code '\r'} before it is dropped, so CRLF files read the same. A last
 * line without a line end is read. Memory per read is bounded by the line limit plus the kept rejects.
 *
 * <p>A file or stream that fails (missing file, disk error, broken connection) stops reading with a
 * {@link FeedIoException} naming the feed and the last line read; that is a failure of the feed, not of its
 * content, and no report is returned.
 */
public final class NdjsonFeedReader {
  /** The default limit of a line's length: 1 MiB. */
  public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

  /** The default number of problems kept in a report: 10,000. */
  public static final int DEFAULT_MAX_REJECTS_KEPT = 10_000;

  private static final String TOMBSTONE = "tombstone";
  private static final ObjectMapper MAPPER = LeadsJson.newMapper();
  // the reader checks for content after the line's object itself: a tombstone is bound from inside its
  // wrapper object, where the wrapper's end would otherwise count as a trailing token. Object readers are
  // immutable and thread-safe, and sharing them shares Jackson's deserializer cache across readers.
  private static final ObjectReader PAROLEE_READER =
      MAPPER.readerFor(Parolee.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectReader TOMBSTONE_READER =
      MAPPER.readerFor(Tombstone.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final long startAfterLine;
  private final int maxRejectsKept;
  private final int maxLineBytes;

  private NdjsonFeedReader(Builder b) {
    this.startAfterLine = b.startAfterLine;
    this.maxRejectsKept = b.maxRejectsKept;
    this.maxLineBytes = b.maxLineBytes;
  }

  /** A reader with the defaults: start at line 1, keep 10,000 problems, lines up to 1 MiB. */
  public static NdjsonFeedReader create() {
    return builder().build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the feed in {@code file}, which is opened and closed here.
   *
   * <p>An exception from {@code sink} stops reading and propagates unchanged (the file is closed); lines up
   * to and including the failed one may have been read, and no report is returned.
   *
   * @param file the feed, UTF-8
   * @param sink receives each accepted entry with its line number
   * @return the counts and the problems of the rejected lines
   * @throws FeedIoException if the file cannot be opened, read or closed; its message names the file and
   *     the last line read
   */
  public FeedReport read(Path file, FeedSink sink) {
    Check.notNull("file", file);
    Check.notNull("sink", sink);
    String feed = "feed " + file;
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new FeedIoException("open " + feed, 0, e);
    }
    FeedReport report;
    try {
      report = read(in, sink, feed);
    } catch (Throwable t) {
      // the failure of the sink or of reading stands; a failure to close as well is attached to it
      try {
        in.close();
      } catch (IOException closing) {
        t.addSuppressed(closing);
      }
      throw t;
    }
    try {
      in.close();
    } catch (IOException e) {
      throw new FeedIoException("close " + feed, report.lastLineNumber(), e);
    }
    return report;
  }

  /**
   * Reads the feed from {@code in} to its end; {@code in} is not closed. The stream is buffered here, so a
   * plain {@link java.io.FileInputStream} or socket stream is fine.
   *
   * <p>An exception from {@code sink} stops reading and propagates unchanged; lines up to and including
   * the failed one may have been read, and no report is returned.
   *
   * @param in the feed, UTF-8
   * @param sink receives each accepted entry with its line number
   * @return the counts and the problems of the rejected lines
   * @throws FeedIoException if {@code in} fails; its message names the last line read
   */
  public FeedReport read(InputStream in, FeedSink sink) {
    Check.notNull("in", in);
    Check.notNull("sink", sink);
    return read(in, sink, "feed stream");
  }

  private FeedReport read(InputStream in, FeedSink sink, String feed) {
    LineSource lines = new LineSource(in, maxLineBytes);
    long lineNumber = 0;
    long skipped = 0;
    while (lineNumber < startAfterLine && next(lines, false, lineNumber, feed)) {
      lineNumber++;
      skipped++;
    }
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    List<Reject> kept = new ArrayList<>();
    boolean truncated = false;
    while (next(lines, true, lineNumber, feed)) {
      lineNumber++;
      read++;
      Outcome outcome = readLine(lines, lineNumber, feed);
      FeedEntry entry = outcome.entry();
      if (entry == null) {
        rejected++;
        for (Reject r : outcome.rejects()) {
          if (kept.size() < maxRejectsKept) {
            kept.add(r);
          } else {
            truncated = true;
          }
        }
        continue;
      }
      accepted++;
      // outside any catch: a failure of the host is not a reject, and not a failure of the feed
      sink.accept(entry, lineNumber);
    }
    return new FeedReport(read, accepted, rejected, skipped, kept, truncated);
  }

  /** Advances {@code lines}; only the stream's own failure becomes a {@link FeedIoException}. */
  private static boolean next(LineSource lines, boolean keep, long lineNumber, String feed) {
    try {
      return lines.next(keep);
    } catch (IOException e) {
      throw new FeedIoException("read " + feed, lineNumber, e);
    }
  }

  /** An entry, or the problems of a rejected line. */
  private record Outcome(@Nullable FeedEntry entry, List<Reject> rejects) {
    static Outcome rejected(Reject reject) {
      return new Outcome(null, List.of(reject));
    }
  }

  private Outcome readLine(LineSource lines, long lineNumber, String feed) {
    if (lines.tooLong()) {
      return Outcome.rejected(new Reject(lineNumber, Reject.WHOLE_LINE, "",
          "line of " + lines.fullLength() + " bytes is longer than the limit of " + maxLineBytes + " bytes"));
    }
    if (lines.blank()) {
      return Outcome.rejected(new Reject(lineNumber, Reject.WHOLE_LINE, "",
          "blank line; every line holds one JSON object"));
    }
    try (JsonParser p = PAROLEE_READER.createParser(lines.bytes(), 0, lines.length())) {
      // paths of failures inside the tombstone object are relative to it; this prefix makes them line paths
      String prefix = "";
      try {
        JsonToken first = p.nextToken();
        if (first != JsonToken.START_OBJECT) {
          return Outcome.rejected(new Reject(lineNumber, Reject.WHOLE_LINE, RejectTranslator.scalarValue(p),
              "a feed line must be a JSON object, found " + RejectTranslator.describe(first)));
        }
        FeedEntry entry;
        JsonToken firstKey = p.nextToken();
        if (firstKey == JsonToken.END_OBJECT) {
          // Jackson binds an empty object to null rather than to a record with every field missing
          return Outcome.rejected(new Reject(lineNumber, Reject.WHOLE_LINE, "",
              "empty object; a line holds a record (cdcNumber, name, ...) or a \"tombstone\""));
        }
        if (firstKey == JsonToken.FIELD_NAME && TOMBSTONE.equals(p.currentName())) {
          prefix = TOMBSTONE;
          p.nextToken();
          entry = TOMBSTONE_READER.<Tombstone>readValue(p);
          prefix = "";
          if (p.nextToken() == JsonToken.FIELD_NAME) {
            return Outcome.rejected(new Reject(lineNumber, RejectTranslator.contextPath(p, true), "",
                "unknown property \"" + p.currentName() + "\"; a tombstone line holds only the \"tombstone\" key"));
          }
        } else {
          // the parser stands on the first key (or the end of an empty object); the record binds from there
          entry = new Upsert(PAROLEE_READER.<Parolee>readValue(p));
        }
        if (p.nextToken() != null) {
          return Outcome.rejected(new Reject(lineNumber, Reject.WHOLE_LINE, "",
              "trailing content after the JSON object, at column " + p.currentLocation().getColumnNr()));
        }
        return new Outcome(entry, List.of());
      } catch (JsonProcessingException e) {
        return new Outcome(null, RejectTranslator.translate(e, p, lineNumber, prefix));
      }
    } catch (IOException e) {
      // the parser reads the line from memory, so only a failure of Jackson itself lands here, not bad content
      throw new FeedIoException("parse line " + lineNumber + " of " + feed, lineNumber - 1, e);
    }
  }

  /** Builds an {@link NdjsonFeedReader}. Not thread-safe. */
  public static final class Builder {
    private long startAfterLine;
    private int maxRejectsKept = DEFAULT_MAX_REJECTS_KEPT;
    private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;

    private Builder() {}

    /**
     * Resumes after a checkpoint: lines {@code 1..n} are skipped (counted as {@code skipped}, not parsed
     * and not counted as read); reading starts at line {@code n + 1}. Default 0.
     *
     * @param n the last line already applied, {@code >= 0}
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public Builder startAfterLine(long n) {
      Check.argument(n >= 0, () -> "startAfterLine must be >= 0, got " + n);
      this.startAfterLine = n;
      return this;
    }

    /**
     * Limits how many problems a report keeps; the counts stay exact and the report says when problems
     * were left out. Default 10,000.
     *
     * @param max the number of {@link Reject}s kept, {@code >= 0}
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public Builder maxRejectsKept(int max) {
      Check.argument(max >= 0, () -> "maxRejectsKept must be >= 0, got " + max);
      this.maxRejectsKept = max;
      return this;
    }

    /**
     * Limits a line's length; a longer line is rejected without being buffered whole. Default 1 MiB.
     *
     * @param max bytes per line without the line end, between 2 and 2^30
     * @throws IllegalArgumentException if {@code max} is out of range
     */
    public Builder maxLineBytes(int max) {
      Check.argument(max >= 2 && max <= (1 << 30), () -> "maxLineBytes must be between 2 and 2^30, got " + max);
      this.maxLineBytes = max;
      return this;
    }

    /** The reader. */
    public NdjsonFeedReader build() {
      return new NdjsonFeedReader(this);
    }
  }
}
