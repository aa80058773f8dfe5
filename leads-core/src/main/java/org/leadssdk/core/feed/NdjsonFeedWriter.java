package org.leadssdk.core.feed;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.Closeable;
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
 * {@link #close()} flushes, then closes the target. A writer that failed with an {@link IOException} should
 * be closed and its output discarded: a partial line may have reached the target.
 */
public final class NdjsonFeedWriter implements Closeable {
  private static final String TOMBSTONE = "tombstone";
  // thread-safe once configured; shared so that each writer reuses Jackson's serializer cache
  private static final ObjectMapper MAPPER = LeadsJson.newMapper();
  // lines are flushed together, not one by one
  private static final ObjectWriter WRITER = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private final JsonGenerator generator;

  private long lines;
  private boolean closed;

  private NdjsonFeedWriter(Writer target) throws IOException {

    this.generator = MAPPER.getFactory().createGenerator(target);
    // lines are separated by our own '\n', not by Jackson's root value separator (a space)
    this.generator.setRootValueSeparator(null);
  }

  /**
   * A writer to {@code out} in UTF-8; closing the writer closes {@code out}.
   *
   * @throws IOException if the generator cannot be set up
   */
  public static NdjsonFeedWriter to(OutputStream out) throws IOException {
    Check.notNull("out", out);
    return new NdjsonFeedWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024));
  }

  /**
   * A writer to {@code out}, which must encode UTF-8 if the result is to be read by
   * {@link NdjsonFeedReader}; closing the writer closes {@code out}.
   *
   * @throws IOException if the generator cannot be set up
   */
  public static NdjsonFeedWriter to(Writer out) throws IOException {
    Check.notNull("out", out);
    return new NdjsonFeedWriter(out);
  }

  /**
   * A writer that creates or replaces {@code file}.
   *
   * @throws IOException if the file cannot be opened for writing
   */
  public static NdjsonFeedWriter to(Path file) throws IOException {
    Check.notNull("file", file);
    return new NdjsonFeedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  /**
   * Writes one entry as one line.
   *
   * @throws IOException if the target fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(FeedEntry entry) throws IOException {
    Check.notNull("entry", entry);
    if (closed) {
      throw new IllegalStateException("NdjsonFeedWriter is closed");
    }
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
    lines++;
  }

  /**
   * Writes a record as an upsert line; the same as {@code write(new Upsert(record))}.
   *
   * @throws IOException if the target fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(Parolee record) throws IOException {
    write(new Upsert(record));
  }

  /** The number of lines written so far. */
  public long lines() {
    return lines;
  }

  /**
   * Pushes every line written so far to the target and flushes the target.
   *
   * @throws IOException if the target fails
   */
  public void flush() throws IOException {
    if (!closed) {
      generator.flush();
    }
  }

  /**
   * Flushes and closes the target. Closing again has no effect.
   *
   * @throws IOException if the target fails to flush or close
   */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      generator.close();
    }
  }
}
