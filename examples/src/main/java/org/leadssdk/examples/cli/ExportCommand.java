package org.leadssdk.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leadssdk.policy.Action;
import org.leadssdk.search.ExportFormat;
import org.leadssdk.search.ExportManifest;
import org.leadssdk.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leads export}: every match as a data download, with its manifest. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes every visible match (not a page) as CSV, NDJSON, GeoJSON or KML, redacted, and its"
        + " manifest (FILE.manifest.json) as a configured user with the DATA_DOWNLOAD role.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Common.IndexOption index = new Common.IndexOption();
  @Mixin Common.AccessOptions access = new Common.AccessOptions();
  @Mixin Common.Criteria criteria = new Common.Criteria();
  @Mixin Common.ClockOption clock = new Common.ClockOption();

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "Download format: ${COMPLETION-CANDIDATES}.")
  ExportFormat format = ExportFormat.CSV;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
  Path out = Path.of("");

  @Override
  public Integer call() {
    SearchRequest request = Common.build(criteria.request());
    Path target = out.toAbsolutePath().normalize();
    Path manifestFile = manifestOf(target);
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    ExportManifest manifest;
    try (Session session = Session.open(index, access, clock.clock())) {
      Path parent = target.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      // Written to a side file first: a denied or failed export leaves no file that looks complete.
      try (OutputStream file = Files.newOutputStream(partial)) {
        manifest = session.search.export(session.context(Action.EXPORT), request, format, file);
      } catch (RuntimeException | IOException e) {
        Files.deleteIfExists(partial);
        if (e instanceof IllegalArgumentException refused) {
          throw CliException.usage(refused.getMessage());
        }
        throw e;
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      ConfigCommand.write(manifestFile, manifest.toJson() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "exported %,d records to %s (%,d matches without a location left out, %,d hidden by"
        + " retention)%n", manifest.recordCount(), out, manifest.withoutLocation(), manifest.omittedByPolicy());
    w.printf(Locale.ROOT, "manifest %s: sha256 %s, at %s%n", manifestFile, manifest.sha256(), manifest.exportedAt());
    return LeadsCli.EXIT_OK;
  }

  /** The manifest file written next to an export: {@code FILE.manifest.json}. */
  static Path manifestOf(Path export) {
    return export.resolveSibling(export.getFileName() + ".manifest.json");
  }
}
