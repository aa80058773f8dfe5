package org.leadssdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.leadssdk.core.Parolee;
import org.leadssdk.testkit.SyntheticFeeds;
import org.leadssdk.testkit.SyntheticParolees;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the synthetic data generator (all data synthetic): records per second of
 * {@link SyntheticParolees#next()}, and the time to generate and write a feed of {@code records} records
 * as NDJSON to a temporary file.
 *
 * <p>Run with {@code java -jar benchmarks/target/benchmarks.jar Generation -f 1 -wi 1 -i 3}.
 */
public class GenerationBenchmark {
  /** One generator per benchmark thread. */
  @State(Scope.Thread)
  public static class Generator {
    SyntheticParolees parolees;

    /** A fresh generator for each trial. */
    @Setup(Level.Trial)
    public void setUp() {
      parolees = new SyntheticParolees(42);
    }
  }

  /** A temporary file per trial, deleted afterwards, and how many records to write to it. */
  @State(Scope.Thread)
  public static class TempFile {
    /** How many records a whole write generates. */
    @Param({"100000", "1000000"})
    public int records;

    Path file;

    /** Creates the file. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      file = Files.createTempFile("leads-generation", ".ndjson");
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /** One record; the score is records per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1, time = 5)
  @Measurement(iterations = 3, time = 5)
  public Parolee next(Generator g) {
    return g.parolees.next();
  }

  /** {@code records} records generated and written as NDJSON to a file; the score is the time of one whole write. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public long writeNdjson(TempFile t) throws IOException {
    SyntheticFeeds.writeNdjson(t.file, 42, t.records);
    return Files.size(t.file);
  }
}
