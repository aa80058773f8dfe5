package org.leadssdk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
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
  void writesWhatTheReaderReadsBack() throws IOException {
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
  void writesUtf8() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (NdjsonFeedWriter writer = NdjsonFeedWriter.to(bytes)) {
      writer.write(ParoleeFixtures.minimal().toBuilder()
          .name(new org.leadssdk.core.PersonName("ZOË", null, "ÑANDÚ", null)).build());
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"first\":\"ZOË\",\"last\":\"ÑANDÚ\"");
  }
}
