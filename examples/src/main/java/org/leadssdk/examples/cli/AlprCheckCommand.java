package org.leadssdk.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Plate;
import org.leadssdk.core.UsState;
import org.leadssdk.policy.AlprPolicy;
import org.leadssdk.policy.AlprRequest;
import org.leadssdk.policy.Decision;
import org.leadssdk.policy.Reason;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.policy.audit.FileAuditStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leads alpr-check}: decides an ALPR request under DOM 53060.7 before it is forwarded. */
@Command(name = "alpr-check", mixinStandardHelpOptions = true,
    description = "Decides an ALPR request (DOM 53060.7) for a configured user and prints PERMITTED or DENIED with"
        + " every reason; the decision is audited. Exit code 0 permitted, 3 denied.")
final class AlprCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Common.AccessOptions access = new Common.AccessOptions();
  @Mixin Common.ClockOption clock = new Common.ClockOption();

  @Option(names = "--plate", required = true, paramLabel = "PLATE", description = "The plate to query.")
  String plate = "";

  @Option(names = "--plate-state", paramLabel = "STATE", defaultValue = "CA",
      description = "The plate's state, two letters; default ${DEFAULT-VALUE}.")
  String plateState = "CA";

  @Option(names = "--purpose", required = true, paramLabel = "TEXT",
      description = "The purpose of this access, as the user typed it (it may cite the case number).")
  String purpose = "";

  @Option(names = "--case", paramLabel = "NUMBER",
      description = "The internal case number in the division's format, when not cited in the purpose.")
  @Nullable String caseNumber;

  @Override
  public Integer call() {
    CliConfig config = Session.loadConfig(access.config);
    User user = Session.user(config, access);
    AlprRequest request;
    try {
      request = new AlprRequest(user, user.agencyOri(), Plate.of(plate, UsState.fromCode(plateState)), purpose,
          caseNumber);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
    Clock c = clock.clock();
    Decision decision;
    try (FileAuditStore store = FileAuditStore.open(access.auditFile(access.config))) {
      AuditTrail trail = AuditTrail.builder(store).build();
      Instant at = c.instant();
      decision = AlprPolicy.create(config.policy()).decide(request, at);
      trail.append(AuditEvent.ofAlpr(request, decision, at).sourceApplication(Session.APPLICATION).build());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(decision.permitted() ? "PERMITTED" : "DENIED");
    for (Reason reason : decision.reasons()) {
      out.println("  - " + reason);
    }
    return decision.permitted() ? LeadsCli.EXIT_OK : LeadsCli.EXIT_DENIED;
  }
}
