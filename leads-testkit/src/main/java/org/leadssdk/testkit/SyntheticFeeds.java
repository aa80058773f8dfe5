package org.leadssdk.testkit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.json.LeadsJson;

/**
 * Writes synthetic NDJSON feeds: one JSON document a line, UTF-8, each line ending in {@code \n}. An upsert
 * line is the {@link Parolee} JSON of {@link LeadsJson#newMapper()}; a tombstone line is
 * {@code {"tombstone":{"cdcNumber":"AB1234","recordVersion":8,"sourceTimestamp":"2026-01-02T03:04:05Z"}}}.
 * The same arguments always give the same bytes. All data is synthetic. Thread-safe (no shared state
 * besides a thread-safe writer).
 *
 * <pre>{@code
 * SyntheticFeeds.writeNdjson(dir.resolve("full.ndjson"), 42, 100_000);
 * SyntheticFeeds.writeNdjson(dir.resolve("delta.ndjson"), SyntheticFeeds.deltas(42, 100_000, 500));
 * List<FeedFaults.Injected> bad = SyntheticFeeds.writeNdjsonWithFaults(dir.resolve("bad.ndjson"), 42, 100_000, 1_000);
 * }</pre>
 */
public final class SyntheticFeeds {
  private static final ObjectMapper MAPPER = LeadsJson.newMapper();
  private static final ObjectWriter WRITER =
      MAPPER.writerFor(Parolee.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  private static final int BUFFER_BYTES = 1 << 16;

  private SyntheticFeeds() {}

  /**
   * Writes the first {@code count} records of {@code new SyntheticParolees(seed)} to {@code file}, replacing it.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeNdjson(Path file, long seed, int count) {
    Check.inRange("count", count, 0, Integer.MAX_VALUE);
    try (OutputStream out = open(file)) {
      writeNdjson(out, seed, count);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write synthetic feed " + file, e);
    }
  }

  /**
   * Writes the first {@code count} records of {@code new SyntheticParolees(seed)} to {@code out}, which stays
   * open (it is flushed).
   *
   * @throws IllegalArgumentException if {@code count} is negative
   * @throws UncheckedIOException if writing fails
   */
  public static void writeNdjson(OutputStream out, long seed, int count) {
    Check.notNull("out", out);
    Check.inRange("count", count, 0, Integer.MAX_VALUE);
    SyntheticParolees generator = new SyntheticParolees(seed);
    try (LineWriter w = new LineWriter(out)) {
      for (int i = 0; i < count; i++) {
        w.upsert(generator.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write synthetic feed", e);
    }
  }

  /**
   * Writes {@code lines} (upserts and tombstones) to {@code file}, replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeNdjson(Path file, Iterable<? extends FeedLine> lines) {
    Check.notNull("lines", lines);
    try (OutputStream out = open(file)) {
      writeNdjson(out, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write synthetic feed " + file, e);
    }
  }

  /**
   * Writes {@code lines} (upserts and tombstones) to {@code out}, which stays open (it is flushed).
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void writeNdjson(OutputStream out, Iterable<? extends FeedLine> lines) {
    Check.notNull("out", out);
    Check.notNull("lines", lines);
    try (LineWriter w = new LineWriter(out)) {
      for (FeedLine line : lines) {
        switch (Check.notNull("line", line)) {
          case FeedLine.Upsert u -> w.upsert(u.parolee());
          case FeedLine.Tombstone t -> w.tombstone(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write synthetic feed", e);
    }
  }

  /**
   * A delta feed for the full feed of {@code writeNdjson(file, seed, baseCount)}: {@code deltaCount}
   * changes to those records (moves, suspensions, removals) and new PRCS releases, as
   * {@link SyntheticParolees#deltas} makes them.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static List<FeedLine> deltas(long seed, int baseCount, int deltaCount) {
    SyntheticParolees generator = new SyntheticParolees(seed);
    return generator.deltas(generator.parolees(baseCount), deltaCount);
  }

  /** The NDJSON line (without the line break) of one record. */
  public static String line(Parolee parolee) {
    Check.notNull("parolee", parolee);
    try {
      return WRITER.writeValueAsString(parolee);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write record " + parolee, e);
    }
  }

  /** The NDJSON line (without the line break) of one tombstone. */
  public static String line(FeedLine.Tombstone tombstone) {
    Check.notNull("tombstone", tombstone);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(128);
    try (LineWriter w = new LineWriter(bytes)) {
      w.tombstone(tombstone);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write tombstone " + tombstone, e);
    }
    String s = bytes.toString(StandardCharsets.UTF_8);
    return s.substring(0, s.length() - 1);
  }

  /**
   * Writes a feed of {@code total} lines to {@code file} of which {@code faults} are malformed, at seeded
   * random positions, the kinds taken in turn from every {@link FeedFaults.Kind} (shuffled); the other
   * lines are valid records of {@code new SyntheticParolees(seed)}. Reading the file back must accept
   * exactly {@code total - faults} lines and reject the returned ones.
   *
   * @return the malformed lines, by line number (1-based), with the kind and the JSON path a reader should
   *     report
   * @throws IllegalArgumentException if {@code total} is negative or {@code faults} is not in {@code [0, total]}
   * @throws UncheckedIOException if the file cannot be written
   */
  public static List<FeedFaults.Injected> writeNdjsonWithFaults(Path file, long seed, int total, int faults) {
    Check.inRange("total", total, 0, Integer.MAX_VALUE);
    Check.inRange("faults", faults, 0, total);
    SplittableRandom random = new SplittableRandom(seed ^ 0x6661756C7473L);
    boolean[] bad = new boolean[total];
    // Floyd's sampling: faults distinct positions in [0, total).
    for (int j = total - faults; j < total; j++) {
      int t = random.nextInt(j + 1);
      bad[bad[t] ? j : t] = true;
    }
    List<FeedFaults.Kind> kinds = new ArrayList<>(List.of(FeedFaults.Kind.values()));
    Collections.shuffle(kinds, random);
    SyntheticParolees generator = new SyntheticParolees(seed);
    List<FeedFaults.Injected> injected = new ArrayList<>(faults);
    try (OutputStream out = open(file); LineWriter w = new LineWriter(out)) {
      for (int i = 0; i < total; i++) {
        Parolee p = generator.next();
        if (bad[i]) {
          FeedFaults.Kind kind = kinds.get(injected.size() % kinds.size());
          FeedFaults.BadLine line = FeedFaults.inject(random.nextLong(), line(p), kind);
          w.raw(line.line());
          injected.add(new FeedFaults.Injected(i + 1L, kind, line.expectedPath()));
        } else {
          w.upsert(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write synthetic feed " + file, e);
    }
    return Collections.unmodifiableList(injected);
  }

  private static OutputStream open(Path file) throws IOException {
    Check.notNull("file", file);
    return new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
  }

  /** One generator over the stream, one line per value; closing flushes but leaves the stream open. */
  private static final class LineWriter implements AutoCloseable {
    private final JsonGenerator generator;

    LineWriter(OutputStream out) throws IOException {
      generator = WRITER.createGenerator(out, JsonEncoding.UTF8);
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // No separator between root values: each line ends with the raw line break instead.
      generator.setRootValueSeparator(null);
    }

    void upsert(Parolee p) throws IOException {
      WRITER.writeValue(generator, p);
      generator.writeRaw('\n');
    }

    void tombstone(FeedLine.Tombstone t) throws IOException {
      generator.writeStartObject();
      generator.writeFieldName("tombstone");
      generator.writeStartObject();
      generator.writeStringField("cdcNumber", t.cdcNumber().value());
      generator.writeNumberField("recordVersion", t.recordVersion());
      generator.writeStringField("sourceTimestamp", t.sourceTimestamp().toString());
      generator.writeEndObject();
      generator.writeEndObject();
      generator.writeRaw('\n');
    }

    void raw(String line) throws IOException {
      generator.writeRaw(line);
      generator.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
      generator.close();
    }
  }
}
