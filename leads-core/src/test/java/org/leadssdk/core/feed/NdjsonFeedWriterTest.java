package org.leadssdk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.json.LeadsJson;
import org.leadssdk.core.json.ParoleeFixtures;

class NdjsonFeedWriterTest {
  private static final Tombstone TOMBSTONE =
      new Tombstone(CdcNumber.parse("AB1234"), 8, Instant.parse("2026-01-02T03:04:05Z"));

  @Test
  void writesTheFixedLineFormat() throws IOException {
    ObjectMapper mapper = LeadsJson.newMapper();
    StringWriter out = new StringWriter();
    try (NdjsonFeedWriter writer = NdjsonFeedWriter.to(out)) {
      writer.write(ParoleeFixtures.full());
      writer.write(TOMBSTONE);
      writer.write(new Upsert(ParoleeFixtures.minimal()));
      assertThat(writer.lines()).isEqualTo(3);
    }
    assertThat(out.toString()).isEqualTo(mapper.writeValueAsString(ParoleeFixtures.full()) + "\n"
        + "{\"tombstone\":{\"cdcNumber\":\"AB1234\",\"recordVersion\":8,\"sourceTimestamp\":\"2026-01-02T03:04:05Z\"}}\n"
        + mapper.writeValueAsString(ParoleeFixtures.minimal()) + "\n");
  }

  @Test
  void writesWhatTheReaderReadsBack() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<FeedEntry> written = List.of(new Upsert(ParoleeFixtures.full()), TOMBSTONE, new Upsert(ParoleeFixtures.minimal()));
    try (NdjsonFeedWriter writer = NdjsonFeedWriter.to(bytes)) {
      for (FeedEntry e : written) {
        writer.write(e);
      }
    }
    List<FeedEntry> read = new ArrayList<>();
    FeedReport report = NdjsonFeedReader.create().read(new ByteArrayInputStream(bytes.toByteArray()), (e, n) -> read.add(e));
    assertThat(report.rejects()).isEmpty();
    assertThat(read).isEqualTo(written);
  }

  @Test
  void flushPushesLinesToTheTargetAndCloseClosesIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.ndjson");
    NdjsonFeedWriter writer = NdjsonFeedWriter.to(file);
    writer.write(TOMBSTONE);
    writer.flush();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).endsWith("}}\n");
    writer.close();
    writer.close();
    assertThatThrownBy(() -> writer.write(TOMBSTONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("NdjsonFeedWriter is closed");
  }

  @Test
  void writesUtf8() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (NdjsonFeedWriter writer = NdjsonFeedWriter.to(bytes)) {
      writer.write(ParoleeFixtures.minimal().toBuilder()
          .name(new org.leadssdk.core.PersonName("ZOË", null, "ÑANDÚ", null)).build());
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"first\":\"ZOË\",\"last\":\"ÑANDÚ\"");
  }

  /** A stream whose target is gone: every write and flush fails. */
  private static final class BrokenStream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("no space left on device");
    }
  }

  @Test
  void aFailingTargetGivesAFeedIoExceptionNamingTheLinesWritten() {
    NdjsonFeedWriter writer = NdjsonFeedWriter.to(new BrokenStream());
    writer.write(TOMBSTONE); // buffered, not yet at the target
    writer.write(TOMBSTONE);
    assertThatThrownBy(writer::flush)
        .isInstanceOfSatisfying(FeedIoException.class, e -> {
          assertThat(e.operation()).isEqualTo("flush feed stream");
          assertThat(e.linesDone()).isEqualTo(2);
          assertThat(e.getCause()).hasMessage("no space left on device");
        })
        .hasMessage("cannot flush feed stream after 2 lines: IOException no space left on device");
  }

  @Test
  void aTargetFailingToCloseGivesAFeedIoExceptionOnce() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream closeFails = new java.io.FilterOutputStream(bytes) {
      @Override
      public void close() throws IOException {
        super.close();
        throw new IOException("stale file handle");
      }
    };
    NdjsonFeedWriter writer = NdjsonFeedWriter.to(closeFails);
    writer.write(TOMBSTONE);
    assertThatThrownBy(writer::close)
        .isInstanceOf(FeedIoException.class)
        .hasMessage("cannot close feed stream after 1 line: IOException stale file handle");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("}}\n");
    writer.close(); // closing again has no effect
  }

  @Test
  void aFileThatCannotBeCreatedGivesAFeedIoExceptionNamingIt(@TempDir Path dir) {
    Path file = dir.resolve("no-such-dir").resolve("out.ndjson");
    assertThatThrownBy(() -> NdjsonFeedWriter.to(file))
        .isInstanceOf(FeedIoException.class)
        .hasMessageStartingWith("cannot open feed " + file + " for writing after 0 lines: NoSuchFileException");
  }

  @Test
  void aWriteThatFailsNamesTheLine() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buffer, int off, int len) throws IOException {
        throw new IOException("device gone");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    // a Writer target gets no buffer of ours: Jackson pushes its own buffer to it when that fills
    NdjsonFeedWriter writer = NdjsonFeedWriter.to(failing);
    long[] written = new long[1];
    assertThatThrownBy(() -> {
          for (int i = 0; i < 1_000; i++) {
            writer.write(ParoleeFixtures.full());
            written[0]++;
          }
        })
        .isInstanceOfSatisfying(FeedIoException.class, e -> {
          assertThat(e.linesDone()).isEqualTo(written[0]);
          assertThat(e).hasMessage("cannot write line " + (written[0] + 1) + " to feed stream after " + written[0]
              + " lines: IOException device gone");
        });
  }
}
