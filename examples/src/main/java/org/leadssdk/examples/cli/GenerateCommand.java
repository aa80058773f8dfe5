package org.leadssdk.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leadssdk.testkit.FeedFaults;
import org.leadssdk.testkit.SyntheticFeeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leads generate}: a synthetic NDJSON feed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes a synthetic statewide NDJSON feed (seeded: the same seed gives the same feed).")
final class GenerateCommand implements Callable<Integer> {
  private static final int MAX_RECORDS = 9_000_000;

  @Spec CommandSpec spec;

  @Option(names = "--records", paramLabel = "N", defaultValue = "100000",
      description = "How many records, 1 to 9,000,000; default ${DEFAULT-VALUE}.")
  int records;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2026", description = "The seed; default ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The feed file to write.")
  Path out = Path.of("");

  @Option(names = "--faults", paramLabel = "K", defaultValue = "0",
      description = "How many of the lines are malformed on purpose (to try the reject report); default 0.")
  int faults;

  @Override
  public Integer call() {
    if (records < 1 || records > MAX_RECORDS) {
      throw CliException.usage("--records must be 1 to " + MAX_RECORDS + ", got " + records);
    }
    if (faults < 0 || faults > records) {
      throw CliException.usage("--faults must be 0 to --records (" + records + "), got " + faults);
    }
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + out + ": " + e.getMessage(), e);
    }
    if (faults == 0) {
      SyntheticFeeds.writeNdjson(out, seed, records);
    } else {
      List<FeedFaults.Injected> injected = SyntheticFeeds.writeNdjsonWithFaults(out, seed, records, faults);
      spec.commandLine().getOut().printf(Locale.ROOT, "%d malformed lines at %s%n", injected.size(),
          String.join(", ", injected.stream().limit(10).map(i -> "line " + i.lineNumber()).toList())
              + (injected.size() > 10 ? ", ..." : ""));
    }
    long bytes;
    try {
      bytes = Files.size(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + out, e);
    }
    spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %,d synthetic records, seed %d, %,d bytes%n", out,
        records, seed, bytes);
    return LeadsCli.EXIT_OK;
  }
}
