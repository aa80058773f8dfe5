package org.leadssdk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leadssdk.policy.audit.AuditProblem;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.policy.audit.FileAuditStore;
import org.leadssdk.policy.audit.VerificationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code leads audit}: the audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Works on the audit trail.",
    subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is needed: verify");
  }

  /** {@code leads audit verify}. */
  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Verifies the hash chain of an audit file; exit code 5 and every problem when it was altered.")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--audit", required = true, paramLabel = "FILE", description = "The audit file to verify.")
    Path audit = Path.of("");

    @Override
    public Integer call() {
      if (!Files.isRegularFile(audit)) {
        throw CliException.input("audit: no such file " + audit);
      }
      PrintWriter out = spec.commandLine().getOut();
      VerificationResult result;
      try (FileAuditStore store = FileAuditStore.open(audit)) {
        if (store.recovery().tornBytes() > 0) {
          out.printf(Locale.ROOT, "note: line %d was an incomplete write (never acknowledged); moved to %s.torn%n",
              store.recovery().tornLine(), audit.getFileName());
        }
        result = AuditTrail.verify(store, null);
      }
      if (result.intact()) {
        out.printf(Locale.ROOT, "ok: %,d records, hash chain intact through sequence %d%n", result.recordsRead(),
            result.lastSequence());
        return LeadsCli.EXIT_OK;
      }
      out.printf(Locale.ROOT, "ALTERED: %d problems in %,d records%n", result.problems().size(), result.recordsRead());
      for (AuditProblem p : result.problems()) {
        out.printf(Locale.ROOT, "  - %s at line %d%s: %s%n", p.kind(), p.position(),
            p.sequence() == null ? "" : " (sequence " + p.sequence() + ")", p.message());
      }
      return LeadsCli.EXIT_CHECK_FAILED;
    }
  }
}
