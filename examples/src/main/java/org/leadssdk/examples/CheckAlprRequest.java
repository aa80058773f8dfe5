package org.leadssdk.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.leadssdk.core.Plate;
import org.leadssdk.core.UsState;
import org.leadssdk.policy.AlprPolicy;
import org.leadssdk.policy.AlprRequest;
import org.leadssdk.policy.Decision;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.TestAccess;

/**
 * Checks an ALPR request against DOM 53060.7 before forwarding it to the ALPR system: the decision is
 * audited first (fail closed: if the audit cannot be written, nothing is forwarded), and only a permitted
 * request reaches the forwarder. Thread-safe when the forwarder is.
 */
public final class CheckAlprRequest {
  private final AlprPolicy policy;
  private final AuditTrail audit;
  private final Clock clock;
  private final Consumer<AlprRequest> forwarder;

  /** A gate in front of {@code forwarder}, the host's call to the ALPR system. */
  public CheckAlprRequest(PolicyConfig config, AuditTrail audit, Clock clock, Consumer<AlprRequest> forwarder) {
    this.policy = AlprPolicy.create(config);
    this.audit = audit;
    this.clock = clock;
    this.forwarder = forwarder;
  }

  /** Decides, audits, and forwards the request if permitted; returns the decision with every reason. */
  public Decision submit(AlprRequest request) {
    Instant now = clock.instant();
    Decision decision = policy.decide(request, now);
    audit.append(AuditEvent.ofAlpr(request, decision, now).sourceApplication("example-alpr-gate").build());
    if (decision.permitted()) {
      forwarder.accept(request);
    }
    return decision;
  }

  /** Submits a vague request and a specific one for the synthetic special agent. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Clock clock = Clock.systemUTC();
    CheckAlprRequest gate = new CheckAlprRequest(PolicyConfig.DEFAULTS,
        AuditTrail.builder(new InMemoryAuditSink()).build(), clock, r -> out.println("  forwarded " + r.plate()));
    User agent = TestAccess.specialAgent(clock.instant()).build();
    Plate plate = Plate.of("7ABC123", UsState.CA);
    for (String purpose : new String[] {"investigation", "Stolen vehicle follow-up DAPO-2026-000123"}) {
      Decision d = gate.submit(AlprRequest.of(agent, plate, purpose));
      out.println("\"" + purpose + "\": " + (d.permitted() ? "PERMITTED" : "DENIED"));
      d.reasons().forEach(reason -> out.println("  - " + reason));
    }
  }
}
