package org.leadssdk.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.InvalidRecordException;
import org.leadssdk.core.feed.FeedIoException;
import org.leadssdk.policy.AccessDeniedException;
import org.leadssdk.policy.audit.AuditFailedException;
import org.leadssdk.search.IndexUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code leads} command line over the SDK's exported API. Run {@code leads --help} or
 * {@code leads COMMAND --help}:
 *
 * <pre>
 * java -jar examples/target/leads-cli.jar config init --out work/leads-config.json
 * java -jar examples/target/leads-cli.jar generate --records 10000 --seed 7 --out work/feed.ndjson
 * java -jar examples/target/leads-cli.jar ingest --index work/index --feed work/feed.ndjson
 * java -jar examples/target/leads-cli.jar search --index work/index --config work/leads-config.json \
 *     --user deputy01 --near 38.5767,-121.4934 --radius 2mi --format table
 * </pre>
 *
 * <p>Exit codes: {@value #EXIT_OK} done; {@value #EXIT_FAILURE} an unexpected failure (a bug; one line
 * names the exception); {@value #EXIT_USAGE} bad usage (unknown option, missing or malformed value);
 * {@value #EXIT_DENIED} denied by policy (LEADS access or ALPR); {@value #EXIT_INPUT} an input file is
 * missing or invalid (configuration, feed, source list, audit file); {@value #EXIT_CHECK_FAILED} a check
 * found a difference (the audit trail is altered, the index and the source are out of sync);
 * {@value #EXIT_UNAVAILABLE} the index, the audit trail or an output file could not be read or written.
 * Every error is one line on the error stream, {@code leads COMMAND: message}; no stack trace.
 */
@Command(name = "leads", mixinStandardHelpOptions = true, version = "leads (LEADS SDK examples) 0.1.0",
    description = "The LEADS SDK command line: generate, ingest, search, export, reconcile, check ALPR requests"
        + " and verify the audit trail. All generated data is synthetic.",
    subcommands = {ConfigCommand.class, GenerateCommand.class, IngestCommand.class, SearchCommand.class,
        ExportCommand.class, ReconcileCommand.class, AlprCheckCommand.class, AuditCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:unexpected failure (a bug)", "2:bad usage", "3:denied by policy",
        "4:input file missing or invalid", "5:check failed (audit altered, index out of sync)",
        "6:index, audit trail or output unavailable"})
public final class LeadsCli implements Runnable {
  /** The command did what was asked. */
  public static final int EXIT_OK = 0;
  /** An unexpected failure: a bug, reported in one line naming the exception. */
  public static final int EXIT_FAILURE = 1;
  /** Bad usage: an unknown option, a missing or malformed value. */
  public static final int EXIT_USAGE = 2;
  /** Policy denied the request (LEADS access or DOM 53060.7 ALPR rules). */
  public static final int EXIT_DENIED = 3;
  /** An input file is missing or invalid: configuration, feed, source list, audit file. */
  public static final int EXIT_INPUT = 4;
  /** A check found a difference: the audit trail is altered, or the index and the source differ. */
  public static final int EXIT_CHECK_FAILED = 5;
  /** The index, the audit trail or an output file could not be read or written. */
  public static final int EXIT_UNAVAILABLE = 6;

  /**
   * Lucene warns on the console when the JVM runs without the vector incubator module; the command line's
   * error stream carries only its own one-line errors, so that warning is raised to SEVERE. Held here: the
   * logging system keeps loggers only weakly.
   */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @Spec CommandSpec spec;

  /** Picocli creates the command. */
  public LeadsCli() {}

  /** Without a command: a usage error that lists the commands. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed: "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /**
   * Runs the command line on the console and exits with its exit code.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the command line in process, printing to the writers given: what a test or a host calls.
   *
   * @param args the command and its options
   * @param out the command's output (tables, JSON, reports)
   * @param err where errors go, one line each
   * @return the exit code (see the class description)
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The configured picocli command line: writers, case-insensitive enums, one-line errors. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new LeadsCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine failed = e.getCommandLine();
      failed.getErr().println(prefix(failed) + oneLine(e.getMessage()) + " (see '"
          + failed.getCommandSpec().qualifiedName() + " --help')");
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((e, failed, parsed) -> {
      PrintWriter w = failed.getErr();
      int code = exitCode(e);
      String message = code == EXIT_FAILURE
          ? "unexpected failure: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage())
          : oneLine(e.getMessage());
      if (e instanceof AccessDeniedException denied) {
        message = "denied: " + denied.decision().reasons().stream().map(Object::toString)
            .collect(Collectors.joining("; "));
      }
      w.println(prefix(failed) + message);
      return code;
    });
    return cli;
  }

  private static String prefix(CommandLine command) {
    return command.getCommandSpec().qualifiedName() + ": ";
  }

  private static int exitCode(Exception e) {
    return switch (e) {
      case CliException c -> c.exitCode();
      case AccessDeniedException d -> EXIT_DENIED;
      case InvalidRecordException r -> EXIT_INPUT;
      case IndexUnavailableException i -> EXIT_UNAVAILABLE;
      case AuditFailedException a -> EXIT_UNAVAILABLE;
      case FeedIoException f -> EXIT_UNAVAILABLE;
      case UncheckedIOException u -> EXIT_UNAVAILABLE;
      default -> EXIT_FAILURE;
    };
  }

  /** A message on one line: line breaks (of multi-problem messages) become "; ". */
  static String oneLine(@Nullable String message) {
    return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*-?\\s*", "; ");
  }
}
