package org.leadssdk.core.feed;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.json.LeadsJson;

/**
 * Writes an NDJSON feed: one {@link FeedEntry} a line, in the format {@link NdjsonFeedReader} reads. Not
 * thread-safe; one writer per output.
 *
 * <p>An upsert is written as its {@link Parolee} object exactly as {@link LeadsJson#newMapper()} writes it,
 * a tombstone as {@code {"tombstone":{...}}}; each line ends with {@code '\n'} (also the last), in UTF-8.
 *
 * <pre>{@code
 * try (NdjsonFeedWriter out = NdjsonFeedWriter.to(Path.of("delta.ndjson"))) {
 *   out.write(new Upsert(record));
 *   out.write(new Tombstone(CdcNumber.parse("AB1234"), 8, removedAt));
 * }
 * }</pre>
 *
 * <p>Output is buffered: {@link #flush()} pushes every line written so far to the target and flushes it;
 * {@link #close()} flushes, then closes the target. A target that fails gives a {@link FeedIoException}
 * naming what was being done and the lines written before; such a writer should be closed and its output
 * discarded: a partial line may have reached the target.
 */
public final class NdjsonFeedWriter implements AutoCloseable {
  private static final String TOMBSTONE = "tombstone";
  // thread-safe once configured; shared so that each writer reuses Jackson's serializer cache
  private static final ObjectMapper MAPPER = LeadsJson.newMapper();
  // lines are flushed together, not one by one
  private static final ObjectWriter WRITER = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private final JsonGenerator generator;
  private final String target;

  private long lines;
  private boolean closed;

  private NdjsonFeedWriter(Writer out, String target) {
    this.target = target;
    try {
      this.generator = MAPPER.getFactory().createGenerator(out);
    } catch (IOException e) {
      throw new FeedIoException("start writing " + target, 0, e);
    }
    // lines are separated by our own '\n', not by Jackson's root value separator (a space)
    this.generator.setRootValueSeparator(null);
  }

  /**
   * A writer to {@code out} in UTF-8; closing the writer closes {@code out}.
   *
   * @throws FeedIoException if the output cannot be set up
   */
  public static NdjsonFeedWriter to(OutputStream out) {
    Check.notNull("out", out);
    return new NdjsonFeedWriter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024), "feed stream");
  }

  /**
   * A writer to {@code out}, which must encode UTF-8 if the result is to be read by
   * {@link NdjsonFeedReader}; closing the writer closes {@code out}.
   *
   * @throws FeedIoException if the output cannot be set up
   */
  public static NdjsonFeedWriter to(Writer out) {
    Check.notNull("out", out);
    return new NdjsonFeedWriter(out, "feed stream");
  }

  /**
   * A writer that creates or replaces {@code file}.
   *
   * @throws FeedIoException if the file cannot be opened for writing; the message names the file
   */
  public static NdjsonFeedWriter to(Path file) {
    Check.notNull("file", file);
    Writer out;
    try {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FeedIoException("open feed " + file + " for writing", 0, e);
    }
    return new NdjsonFeedWriter(out, "feed " + file);
  }

  /**
   * Writes one entry as one line.
   *
   * @throws FeedIoException if the target fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(FeedEntry entry) {
    Check.notNull("entry", entry);
    if (closed) {
      throw new IllegalStateException("NdjsonFeedWriter is closed");
    }
    try {
      switch (entry) {
        case Upsert u -> WRITER.writeValue(generator, u.record());
        case Tombstone t -> {
          generator.writeStartObject();
          generator.writeFieldName(TOMBSTONE);
          WRITER.writeValue(generator, t);
          generator.writeEndObject();
        }
      }
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw new FeedIoException("write line " + (lines + 1) + " to " + target, lines, e);
    }
    lines++;
  }

  /**
   * Writes a record as an upsert line; the same as {@code write(new Upsert(record))}.
   *
   * @throws FeedIoException if the target fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(Parolee record) {
    write(new Upsert(record));
  }

  /** The number of lines written so far. */
  public long lines() {
    return lines;
  }

  /**
   * Pushes every line written so far to the target and flushes the target.
   *
   * @throws FeedIoException if the target fails
   */
  public void flush() {
    if (!closed) {
      try {
        generator.flush();
      } catch (IOException e) {
        throw new FeedIoException("flush " + target, lines, e);
      }
    }
  }

  /**
   * Flushes and closes the target. Closing again has no effect, also after a failed close.
   *
   * @throws FeedIoException if the target fails to flush or close
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        generator.close();
      } catch (IOException e) {
        throw new FeedIoException("close " + target, lines, e);
      }
    }
  }
}
