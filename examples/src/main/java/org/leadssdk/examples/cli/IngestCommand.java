package org.leadssdk.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.feed.FeedReport;
import org.leadssdk.core.feed.Reject;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.search.Checkpoint;
import org.leadssdk.search.IngestReport;
import org.leadssdk.search.LeadsIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leads ingest}: a feed into the index, with a reject report and checkpoint resume. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Applies an NDJSON feed (full load or delta) to the index; resumes after the index's checkpoint"
        + " when the same feed name is ingested again.")
final class IngestCommand implements Callable<Integer> {
  static final String REJECTS_HEADER = "line,path,maskedValue,rule";

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder (created if absent).")
  Path index = Path.of("");

  @Option(names = "--feed", required = true, paramLabel = "FILE", description = "The NDJSON feed file.")
  Path feed = Path.of("");

  @Option(names = "--feed-name", paramLabel = "NAME",
      description = "The feed's name in the checkpoint; default: the feed file's name.")
  @Nullable String feedName;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "50000",
      description = "Lines between commits (each commit stores the checkpoint); default ${DEFAULT-VALUE}.")
  long commitEvery;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "The reject report (CSV: line, path, masked value, rule); default: FEED.rejects.csv, written"
          + " when lines are rejected. Appended to when the ingest resumes.")
  @Nullable Path rejects;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A configuration file whose policy figures (retention, time zone) the index uses; default:"
          + " the SDK's defaults.")
  @Nullable Path config;

  @Mixin Common.ClockOption clock = new Common.ClockOption();

  @Override
  public Integer call() {
    if (!Files.isRegularFile(feed)) {
      throw CliException.input("feed: no such file " + feed);
    }
    if (commitEvery < 1) {
      throw CliException.usage("--commit-every must be >= 1, got " + commitEvery);
    }
    String name = feedName != null ? feedName : String.valueOf(feed.getFileName());
    PolicyConfig policy = config == null ? PolicyConfig.DEFAULTS : Session.loadConfig(config).policy();
    PrintWriter out = spec.commandLine().getOut();
    IngestReport report;
    try (LeadsIndex idx = LeadsIndex.builder().directory(index).policyConfig(policy)
        .clock(clock.clock()).build()) {
      Optional<Checkpoint> before = idx.checkpoint();
      if (before.isPresent() && before.get().feed().equals(name)) {
        out.printf(Locale.ROOT, "resuming feed %s after line %,d (the index's checkpoint)%n", name,
            before.get().position());
      }
      report = idx.ingest(feed, name, commitEvery);
      idx.refresh();
      FeedReport f = report.feed();
      out.printf(Locale.ROOT, "read %,d lines (skipped %,d before the checkpoint): accepted %,d (applied %,d,"
              + " stale %,d), rejected %,d%n", f.read(), f.skipped(), f.accepted(), report.applied(), report.stale(),
          f.rejected());
      out.printf(Locale.ROOT, "committed at %s:%d; the index holds %,d records%n", report.checkpoint().feed(),
          report.checkpoint().position(), idx.size());
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
    writeRejects(report.feed(), out);
    return LeadsCli.EXIT_OK;
  }

  private void writeRejects(FeedReport report, PrintWriter out) {
    Path file = rejects != null ? rejects : feed.resolveSibling(feed.getFileName() + ".rejects.csv");
    if (report.rejects().isEmpty() && rejects == null) {
      return;
    }
    boolean append = report.skipped() > 0 && Files.exists(file);
    try (BufferedWriter w = append
        ? Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)
        : Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (!append) {
        w.write(REJECTS_HEADER);
        w.write('\n');
      }
      for (Reject r : report.rejects()) {
        w.write(r.lineNumber() + "," + csv(r.path()) + "," + csv(r.maskedValue()) + "," + csv(r.rule()));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reject report " + file + ": " + e.getMessage(), e);
    }
    out.printf(Locale.ROOT, "%s %,d problems of %,d rejected lines to %s%s%n", append ? "appended" : "wrote",
        report.rejects().size(), report.rejected(), file,
        report.rejectsTruncated() ? " (truncated: more problems were found than kept)" : "");
  }

  /** One CSV cell, quoted, inner quotes doubled, line breaks as spaces. */
  static String csv(String value) {
    return "\"" + value.replace("\"", "\"\"").replace('\n', ' ').replace('\r', ' ') + "\"";
  }
}
