package org.leadssdk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every JMH benchmark of this module (or a subset) with one command, on generated data of each
 * record count asked for, and writes a Markdown results table with the machine it ran on. The record
 * counts go to every benchmark with a {@code records} parameter ({@code SearchBenchmark},
 * {@code DeltaBenchmark}, {@code IngestBenchmark}, {@code FeedBenchmark}, {@code GenerationBenchmark}); the
 * others have a fixed size and run once.
 *
 * <pre>
 * benchmarks/run.sh                                  # quick: every benchmark, 100,000 and 1,000,000 records
 * benchmarks/run.sh --full                           # the iterations each benchmark declares
 * benchmarks/run.sh --include CountyLookup --records 100000
 * </pre>
 *
 * <p>Options: {@code --quick} (default: one fork, one warm-up and two measurement iterations of one second,
 * for single-shot benchmarks one warm-up and two shots) or {@code --full}; {@code --records N,M}
 * (default {@code 100000,1000000}); {@code --include REGEX} (repeatable; default every benchmark of this
 * package); {@code --heap SIZE} (the benchmark JVMs' {@code -Xmx}, default {@code 4g}); {@code --out FILE}
 * (default {@code benchmarks/target/results.md}; the JMH JSON goes next to it as {@code results.json}).
 */
public final class RunAll {
  private static final System.Logger LOG = System.getLogger("org.leadssdk.benchmarks");
  private static final String PACKAGE = "org.leadssdk.benchmarks.";

  private RunAll() {}

  /** What to run and where to write. */
  record Settings(boolean full, List<String> records, List<String> includes, String heap, Path out) {
    Settings {
      records = List.copyOf(records);
      includes = List.copyOf(includes);
    }

    /** The JSON results next to the Markdown table. */
    Path json() {
      String name = out.getFileName().toString();
      int dot = name.lastIndexOf('.');
      return out.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".json");
    }
  }

  /** One line of the table. */
  record Row(String benchmark, String params, String mode, double score, double error, String unit,
      Optional<Double> median) {}

  /** Where the benchmarks ran. */
  record Machine(int cores, String cpu, String jvm, String os, String heap, Instant when) {}

  /**
   * Runs the benchmarks and writes the table.
   *
   * @throws IllegalArgumentException if an option is unknown or malformed (the message names it)
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    Settings settings = parse(args);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .param("records", settings.records().toArray(String[]::new))
        .jvmArgsAppend("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
            "-Xmx" + settings.heap())
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(settings.json().toString());
    for (String include : settings.includes()) {
      options.include(include);
    }
    if (!settings.full()) {
      options.forks(1)
          .warmupIterations(1).warmupTime(TimeValue.seconds(1))
          .measurementIterations(2).measurementTime(TimeValue.seconds(1));
    }
    try {
      Files.createDirectories(settings.out().toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + settings.out(), e);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    List<Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      rows.add(row(result));
    }
    String table = markdown(rows, machine(settings.heap(), Clock.systemUTC()), settings);
    try {
      Files.writeString(settings.out(), table, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + settings.out(), e);
    }
    LOG.log(System.Logger.Level.INFO, "wrote " + rows.size() + " results to " + settings.out().toAbsolutePath()
        + " (JMH JSON: " + settings.json().toAbsolutePath() + ")");
  }

  /**
   * Reads the options.
   *
   * @throws IllegalArgumentException naming an unknown option, a missing value or a bad record count
   */
  static Settings parse(String[] args) {
    boolean full = false;
    List<String> records = List.of("100000", "1000000");
    List<String> includes = new ArrayList<>();
    String heap = "4g";
    Path out = Path.of("benchmarks", "target", "results.md");
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--quick" -> full = false;
        case "--full" -> full = true;
        case "--records" -> records = recordCounts(value(args, ++i, arg));
        case "--include" -> includes.add(value(args, ++i, arg));
        case "--heap" -> heap = heap(value(args, ++i, arg));
        case "--out" -> out = Path.of(value(args, ++i, arg));
        default -> throw new IllegalArgumentException("option " + arg + " is unknown; use --quick, --full,"
            + " --records N[,M...], --include REGEX, --heap SIZE or --out FILE");
      }
    }
    if (includes.isEmpty()) {
      includes.add(PACKAGE.replace(".", "\\.") + ".*");
    }
    return new Settings(full, records, includes, heap, out);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException("option " + option + " needs a value");
    }
    return args[i];
  }

  private static List<String> recordCounts(String text) {
    List<String> counts = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String count = part.strip().replace("_", "");
      if (!count.matches("[1-9][0-9]{0,8}")) {
        throw new IllegalArgumentException("--records: " + part + " is not a record count; give positive whole"
            + " numbers up to 999,999,999 separated by commas, e.g. 100000,1000000");
      }
      counts.add(count);
    }
    return counts;
  }

  private static String heap(String text) {
    if (!text.matches("[1-9][0-9]*[mMgG]")) {
      throw new IllegalArgumentException("--heap: " + text + " is not a heap size; give e.g. 512m or 4g");
    }
    return text;
  }

  private static Row row(RunResult result) {
    BenchmarkParams p = result.getParams();
    List<String> params = new ArrayList<>();
    for (String key : p.getParamsKeys()) {
      params.add(key + "=" + p.getParam(key));
    }
    Result<?> primary = result.getPrimaryResult();
    Optional<Double> median = p.getMode() == org.openjdk.jmh.annotations.Mode.SampleTime
        ? Optional.of(primary.getStatistics().getPercentile(50)) : Optional.empty();
    String name = p.getBenchmark().startsWith(PACKAGE) ? p.getBenchmark().substring(PACKAGE.length()) : p.getBenchmark();
    return new Row(name, String.join(", ", params), p.getMode().shortLabel(), primary.getScore(),
        primary.getScoreError(), primary.getScoreUnit(), median);
  }

  /** The machine this JVM runs on (the benchmark JVMs are forked from the same {@code java}). */
  static Machine machine(String heap, Clock clock) {
    String cpu = "unknown (no /proc/cpuinfo)";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      try (Stream<String> lines = Files.lines(cpuinfo, StandardCharsets.UTF_8)) {
        cpu = lines.filter(l -> l.startsWith("model name"))
            .map(l -> l.substring(l.indexOf(':') + 1).strip())
            .findFirst().orElse("unknown (no model name in /proc/cpuinfo)");
      } catch (IOException | UncheckedIOException e) {
        cpu = "unknown (/proc/cpuinfo unreadable: " + e.getMessage() + ")";
      }
    }
    String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
    return new Machine(Runtime.getRuntime().availableProcessors(), cpu, jvm, os, heap,
        clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }

  /** The results as a Markdown document: the machine, then one table row per benchmark and parameters. */
  static String markdown(List<Row> rows, Machine machine, Settings settings) {
    StringBuilder md = new StringBuilder(256 + rows.size() * 120);
    md.append("# LEADS SDK benchmark results\n\n");
    md.append("| machine | |\n|---|---|\n");
    md.append("| run at | ").append(machine.when()).append(" |\n");
    md.append("| cores | ").append(machine.cores()).append(" |\n");
    md.append("| CPU | ").append(cell(machine.cpu())).append(" |\n");
    md.append("| JVM | ").append(cell(machine.jvm())).append(" |\n");
    md.append("| OS | ").append(cell(machine.os())).append(" |\n");
    md.append("| max heap (-Xmx) | ").append(machine.heap()).append(" |\n");
    md.append("| settings | ").append(settings.full() ? "full (each benchmark's own iterations)"
        : "quick (1 fork, 1 warm-up and 2 measurement iterations of 1 s)").append(", records ")
        .append(String.join(", ", settings.records())).append(" |\n\n");
    md.append("| benchmark | params | mode | score | error (99.9%) | unit | p50 |\n");
    md.append("|---|---|---|---:|---:|---|---:|\n");
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(java.util.Comparator.comparing(Row::benchmark).thenComparing(Row::params));
    for (Row r : sorted) {
      md.append("| ").append(cell(r.benchmark()))
          .append(" | ").append(cell(r.params()))
          .append(" | ").append(r.mode())
          .append(" | ").append(number(r.score()))
          .append(" | ").append(Double.isNaN(r.error()) ? "–" : "± " + number(r.error()))
          .append(" | ").append(cell(r.unit()))
          .append(" | ").append(r.median().map(RunAll::number).orElse(""))
          .append(" |\n");
    }
    return md.toString();
  }

  /** Four significant digits, without exponent for everyday magnitudes. */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    double abs = Math.abs(v);
    if (abs != 0 && (abs < 0.001 || abs >= 1e9)) {
      return String.format(Locale.ROOT, "%.3e", v);
    }
    int decimals = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 10 ? 2 : 3;
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }
}
