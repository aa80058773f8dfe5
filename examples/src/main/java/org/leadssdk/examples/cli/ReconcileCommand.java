package org.leadssdk.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.Reconciliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leads reconcile}: the index against a source's list of CDC numbers. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = "Compares the index with a source's list of CDC numbers (one a line) and prints what is missing"
        + " and what is extra; exit code 5 when they differ.")
final class ReconcileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Common.IndexOption index = new Common.IndexOption();

  @Option(names = "--source", required = true, paramLabel = "FILE",
      description = "The source's CDC numbers, one a line; blank lines and lines starting with # are ignored.")
  Path source = Path.of("");

  @Override
  public Integer call() {
    List<CdcNumber> numbers = read(source);
    Reconciliation r;
    try (LeadsIndex idx = LeadsIndex.builder().directory(index.existing()).build()) {
      r = idx.reconcile(numbers);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "source %,d CDC numbers, index %,d records: missing from the index %,d, not in the"
        + " source %,d%n", r.sourceCount(), r.indexCount(), r.missingFromIndex().size(), r.notInSource().size());
    r.missingFromIndex().forEach(c -> out.println("missing " + c.value()));
    r.notInSource().forEach(c -> out.println("extra   " + c.value()));
    out.println(r.inSync() ? "in sync" : "out of sync");
    return r.inSync() ? LeadsCli.EXIT_OK : LeadsCli.EXIT_CHECK_FAILED;
  }

  /** Reads the source list; a malformed line is an input error naming its line. */
  static List<CdcNumber> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw CliException.input("source: no such file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the source list " + file + ": " + e.getMessage(), e);
    }
    List<CdcNumber> numbers = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        numbers.add(CdcNumber.parse(line));
      } catch (IllegalArgumentException e) {
        throw CliException.input("source " + file + " line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return numbers;
  }
}
