package org.leadssdk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Parolee;

/** Seeded properties of the NDJSON feed: what the writer writes, the reader reads back unchanged. */
class NdjsonRoundTripProperties {
  private static final int RECORDS = 20;

  static LongStream seeds() {
    return LongStream.range(0, 50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomRecordsAndTombstonesRoundTripUnchanged(long seed) {
    RandomParolees gen = new RandomParolees(seed);
    SplittableRandom random = new SplittableRandom(~seed);
    List<FeedEntry> written = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      Parolee p = gen.next((int) (seed * RECORDS + i));
      written.add(random.nextInt(10) == 0
          ? new Tombstone(p.cdcNumber(), p.recordVersion(), Instant.ofEpochSecond(random.nextLong(4_000_000_000L)))
          : new Upsert(p));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (NdjsonFeedWriter writer = NdjsonFeedWriter.to(bytes)) {
      for (FeedEntry e : written) {
        writer.write(e);
      }
    }
    List<FeedEntry> read = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    FeedReport report = NdjsonFeedReader.create().read(new ByteArrayInputStream(bytes.toByteArray()), (e, n) -> {
      read.add(e);
      lines.add(n);
    });
    assertThat(report.rejects()).as("seed %d", seed).isEmpty();
    assertThat(report.accepted()).as("seed %d", seed).isEqualTo(RECORDS);
    assertThat(read).as("seed %d", seed).isEqualTo(written);
    assertThat(lines).as("seed %d", seed).containsExactlyElementsOf(LongStream.rangeClosed(1, RECORDS).boxed().toList());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void injectedBadLinesAreRejectedExactlyAndTheRestAccepted(long seed) {
    // oracle: the lines we corrupted are exactly the rejected ones, every other line is accepted as written
    RandomParolees gen = new RandomParolees(seed);
    SplittableRandom random = new SplittableRandom(seed * 31 + 7);
    ByteArrayOutputStream good = new ByteArrayOutputStream();
    List<Parolee> records = new ArrayList<>();
    try (NdjsonFeedWriter writer = NdjsonFeedWriter.to(good)) {
      for (int i = 0; i < RECORDS; i++) {
        Parolee p = gen.next(i);
        records.add(p);
        writer.write(p);
      }
    }
    String[] lines = good.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
    List<Long> corrupted = new ArrayList<>();
    List<FeedEntry> expected = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (random.nextInt(4) == 0) {
        lines[i] = corrupt(lines[i], random.nextInt(6));
        corrupted.add(i + 1L);
      } else {
        expected.add(new Upsert(records.get(i)));
      }
    }
    byte[] feed = (String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<FeedEntry> read = new ArrayList<>();
    FeedReport report = NdjsonFeedReader.create().read(new ByteArrayInputStream(feed), (e, n) -> read.add(e));
    assertThat(report.rejected()).as("seed %d: %s", seed, report.rejects()).isEqualTo(corrupted.size());
    assertThat(report.rejects()).extracting(Reject::lineNumber).as("seed %d", seed).isSubsetOf(corrupted);
    assertThat(report.rejects().stream().map(Reject::lineNumber).distinct().toList()).as("seed %d", seed)
        .isEqualTo(corrupted);
    assertThat(read).as("seed %d", seed).isEqualTo(expected);
  }

  private static String corrupt(String line, int kind) {
    return switch (kind) {
      case 0 -> line.replaceFirst("\"cdcNumber\":\"K", "\"cdcNumber\":\"9");
      case 1 -> line.substring(0, line.length() / 2);
      case 2 -> line.replaceFirst("\"sex\":\"[A-Z]\"", "\"sex\":\"Q\"");
      case 3 -> line.replaceFirst("\"dateOfBirth\":\"(\\d{4})-\\d\\d-\\d\\d\"", "\"dateOfBirth\":\"$1-02-30\"");
      case 4 -> line.replaceFirst("\\{\"cdcNumber\"", "{\"unknownField\":1,\"cdcNumber\"");
      default -> "   ";
    };
  }

}
