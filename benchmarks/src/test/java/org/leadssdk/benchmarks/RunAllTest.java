package org.leadssdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunAllTest {
  @Test
  void defaultsToAQuickRunOfEveryBenchmarkOnBothRecordCounts() {
    RunAll.Settings s = RunAll.parse(new String[0]);
    assertThat(s.full()).isFalse();
    assertThat(s.records()).containsExactly("100000", "1000000");
    assertThat(s.includes()).containsExactly("org\\.leadssdk\\.benchmarks\\..*");
    assertThat(s.heap()).isEqualTo("4g");
    assertThat(s.out()).isEqualTo(Path.of("benchmarks", "target", "results.md"));
    assertThat(s.json()).isEqualTo(Path.of("benchmarks", "target", "results.json"));
  }

  @Test
  void readsEveryOption() {
    RunAll.Settings s = RunAll.parse(new String[] {"--full", "--records", "1_000, 20000", "--include", "County",
        "--include", "Policy", "--heap", "512m", "--out", "/tmp/r.md"});
    assertThat(s.full()).isTrue();
    assertThat(s.records()).containsExactly("1000", "20000");
    assertThat(s.includes()).containsExactly("County", "Policy");
    assertThat(s.heap()).isEqualTo("512m");
    assertThat(s.json()).isEqualTo(Path.of("/tmp/r.json"));
  }

  @Test
  void rejectsUnknownOptionsMissingValuesAndBadCounts() {
    assertThatThrownBy(() -> RunAll.parse(new String[] {"--fast"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("option --fast is unknown; use --quick, --full");
    assertThatThrownBy(() -> RunAll.parse(new String[] {"--records"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option --records needs a value");
    assertThatThrownBy(() -> RunAll.parse(new String[] {"--records", "100000,-5"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--records: -5 is not a record count");
    assertThatThrownBy(() -> RunAll.parse(new String[] {"--heap", "lots"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--heap: lots is not a heap size; give e.g. 512m or 4g");
  }

  @Test
  void writesTheMachineAndOneSortedRowPerResult() {
    RunAll.Machine machine = new RunAll.Machine(2, "Synthetic CPU | 3 GHz", "OpenJDK 64-Bit Server VM 25", "Linux",
        "4g", Instant.parse("2026-11-01T17:00:00Z"));
    List<RunAll.Row> rows = List.of(
        new RunAll.Row("SearchBenchmark.termTop20", "records=100000", "sample", 0.8123, 0.0456, "ms/op",
            Optional.of(0.75)),
        new RunAll.Row("CountyLookupBenchmark.locate", "", "avgt", 612.3456, Double.NaN, "ns/op", Optional.empty()));
    String md = RunAll.markdown(rows, machine, RunAll.parse(new String[] {"--records", "100000"}));

    assertThat(md).contains("| cores | 2 |", "| CPU | Synthetic CPU \\| 3 GHz |", "| max heap (-Xmx) | 4g |",
        "| run at | 2026-11-01T17:00:00Z |", "records 100000 |");
    List<String> table = md.lines().filter(l -> l.startsWith("| ") && l.contains("Benchmark.")).toList();
    assertThat(table).containsExactly(
        "| CountyLookupBenchmark.locate |  | avgt | 612.3 | – | ns/op |  |",
        "| SearchBenchmark.termTop20 | records=100000 | sample | 0.812 | ± 0.046 | ms/op | 0.750 |");
  }

  @Test
  void formatsNumbersWithFourSignificantDigitsInTheRootLocale() {
    assertThat(RunAll.number(1234567.8)).isEqualTo("1234568");
    assertThat(RunAll.number(12.3456)).isEqualTo("12.35");
    assertThat(RunAll.number(0.0001234)).isEqualTo("1.234e-04");
    assertThat(RunAll.number(0)).isEqualTo("0.000");
  }

  @Test
  void describesThisMachine() {
    RunAll.Machine m = RunAll.machine("2g", Clock.fixed(Instant.parse("2026-11-01T17:00:00.123Z"), ZoneOffset.UTC));
    assertThat(m.cores()).isPositive();
    assertThat(m.cpu()).isNotBlank();
    assertThat(m.jvm()).contains(System.getProperty("java.runtime.version"));
    assertThat(m.when()).isEqualTo(Instant.parse("2026-11-01T17:00:00Z"));
  }
}
