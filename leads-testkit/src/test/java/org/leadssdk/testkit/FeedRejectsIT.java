package org.leadssdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.feed.FeedReport;
import org.leadssdk.core.feed.NdjsonFeedReader;
import org.leadssdk.core.feed.Reject;

/**
 * Issue 2's acceptance test: a generated feed with injected bad lines of every {@link FeedFaults.Kind} reads
 * back through the core {@link NdjsonFeedReader} with exactly the clean lines accepted and the injected ones
 * rejected, each reject naming its line and the field at fault. All data is synthetic.
 */
class FeedRejectsIT {
  @Test
  @DisplayName("Issue 2: 100,000 lines with 1,000 bad ones of every kind read back as 99,000 accepted + 1,000 rejected")
  void aHundredThousandLinesWithAThousandBadOnes(@TempDir Path dir) {
    assertRejectsExactly(dir.resolve("feed.ndjson"), 42, 100_000, 1_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void everyInjectedFaultIsRejectedAtItsLineAndPath(long seed, @TempDir Path dir) {
    assertRejectsExactly(dir.resolve("feed.ndjson"), seed, 2_000, 50);
  }

  private static void assertRejectsExactly(Path file, long seed, int total, int faults) {
    List<FeedFaults.Injected> injected = SyntheticFeeds.writeNdjsonWithFaults(file, seed, total, faults);
    long[] sinkCount = new long[1];
    List<Long> acceptedLines = new ArrayList<>(total);
    FeedReport report = NdjsonFeedReader.create().read(file, (entry, line) -> {
      sinkCount[0]++;
      acceptedLines.add(line);
    });

    String context = "seed " + seed + ": " + report.summary();
    assertThat(report.read()).as(context).isEqualTo(total);
    assertThat(report.accepted()).as(context).isEqualTo(total - faults).isEqualTo(sinkCount[0]);
    assertThat(report.rejected()).as(context).isEqualTo(faults);
    assertThat(report.rejectsTruncated()).as(context).isFalse();

    Map<Long, FeedFaults.Injected> byLine = new LinkedHashMap<>();
    Set<FeedFaults.Kind> kinds = EnumSet.noneOf(FeedFaults.Kind.class);
    for (FeedFaults.Injected f : injected) {
      byLine.put(f.lineNumber(), f);
      kinds.add(f.kind());
    }
    assertThat(kinds).as("seed %d: the faults cover every kind", seed)
        .containsExactlyInAnyOrder(FeedFaults.Kind.values());
    assertThat(acceptedLines).as(context).doesNotContainAnyElementsOf(byLine.keySet());

    Map<Long, List<Reject>> rejectsByLine = new LinkedHashMap<>();
    for (Reject r : report.rejects()) {
      rejectsByLine.computeIfAbsent(r.lineNumber(), k -> new ArrayList<>()).add(r);
    }
    assertThat(rejectsByLine.keySet()).as(context).containsExactlyElementsOf(byLine.keySet());
    for (Map.Entry<Long, List<Reject>> e : rejectsByLine.entrySet()) {
      FeedFaults.Injected fault = byLine.get(e.getKey());
      // one fault a line, so each problem the reader reports on it is that fault, at exactly its path
      assertThat(e.getValue())
          .as("seed %d line %d (%s)", seed, e.getKey(), fault.kind())
          .allSatisfy(r -> {
            assertThat(r.path()).isEqualTo(fault.expectedPath());
            assertThat(r.rule()).isNotBlank();
          });
    }
  }
}
