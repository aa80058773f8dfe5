package org.leadssdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.leadssdk.search.IngestReport;
import org.leadssdk.search.LeadsIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Ingest: a full load of a generated NDJSON feed into an empty index, ready to search (strict reading,
 * parallel indexing, commits). The 1,000-record delta is {@link DeltaBenchmark}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Ingest -p records=1000000}. A full load is one
 * shot; in a fresh JVM it also pays for compiling the indexing code (the JIT compilers took about 40 s of
 * CPU in a 1,000,000-record load on two cores), so measure it both in a fresh JVM ({@code -f 0 -wi 0 -i 1})
 * and warm, after one full load in the same JVM ({@code -f 1 -wi 1 -i 3}).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IngestBenchmark {
  private static final long SEED = 2026;

  /** How many records the feed holds. */
  @Param({"100000", "1000000"})
  public int records;

  /**
   * Lines between the full load's commits (each commit writes and syncs what was buffered, and leaves small
   * segments to merge); 100,000 is the figure reported against issue 5's target.
   */
  @Param({"100000"})
  public long commitEvery;

  /**
   * The index's buffer for changes before they are written as a segment, in MB (the builder's default, 64,
   * is the figure reported against issue 5's target; 16 and 32 loaded 1,000,000 records no faster, and the
   * runs of 128 and 256 met a slowing host: see docs/BENCHMARKS.md, tenth session).
   */
  @Param({"64"})
  public double ramBufferMegabytes;

  private Path feed;
  private Path dir;

  /** Writes the feed once per size. */
  @Setup(Level.Trial)
  public void feed() throws IOException {
    feed = BenchFixtures.feed(records, SEED);
  }

  /** An empty directory for each full load. */
  @Setup(Level.Invocation)
  public void emptyDirectory() throws IOException {
    dir = Files.createTempDirectory("leads-ingest-bench");
  }

  /** Removes the directory of the load. */
  @TearDown(Level.Invocation)
  public void removeDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Full ingest of the feed, committed and searchable. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public IngestReport fullIngest() {
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).ramBufferMegabytes(ramBufferMegabytes).build()) {
      return index.ingest(feed, "bench", commitEvery);
    }
  }
}
