package org.leadssdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leadssdk.core.Plate;
import org.leadssdk.core.UsState;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccountRegistry;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.Agency;
import org.leadssdk.policy.AlprPolicy;
import org.leadssdk.policy.AlprProfile;
import org.leadssdk.policy.AlprRequest;
import org.leadssdk.policy.AlprRoleGroup;
import org.leadssdk.policy.Decision;
import org.leadssdk.policy.Division;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.Role;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditRecord;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.policy.audit.FileAuditStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Policy decisions: a LEADS access decision and an ALPR decision (with the full purpose analysis)
 * without audit I/O (target under 20 µs each), and the same decisions appended to a file audit trail
 * (each append forces the record and the head to the device).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PolicyBenchmark {
  private static final Instant NOW = Instant.parse("2026-03-15T18:00:00Z");

  private LeadsAccessPolicy leads;
  private AlprPolicy alpr;
  private AccessContext context;
  private AlprRequest alprRequest;
  private AlprRequest alprRequestRefused;
  private Path dir;
  private FileAuditStore store;
  private AuditTrail trail;

  /** Builds synthetic users, agency and requests. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    User user = User.builder().id("deputy01").agencyOri("CA0340000").roles(List.of(Role.LEADS_USER))
        .trainingCompleted(LocalDate.of(2025, 6, 1)).endUserAgreementSigned(LocalDate.of(2025, 6, 1)).active(true)
        .lastActivity(NOW.minusSeconds(3600)).build();
    leads = LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, AccountRegistry.of(List.of(user)));
    context = AccessContext.of(user, Agency.withAllAgreements("CA0340000", "Synthetic PD", LocalDate.of(2024, 1, 1)),
        Action.SEARCH).withPurpose("Burglary series follow-up", null);
    User agent = User.builder().id("agent07").agencyOri("CA0349400").addRole(Role.LEADS_USER).active(true)
        .alpr(new AlprProfile(AlprRoleGroup.SPECIAL_AGENT, false, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2),
            null, Division.of("DAPO", "DAPO-\\d{4}-\\d{6}")))
        .build();
    alpr = AlprPolicy.create(PolicyConfig.DEFAULTS);
    alprRequest = AlprRequest.of(agent, Plate.of("7ABC123", UsState.CA),
        "Absconder apprehension, vehicle of suspect Smith DAPO-2025-000123");
    alprRequestRefused = AlprRequest.of(agent, Plate.of("7ABC123", UsState.CA),
        "Stolen vehicle John Smith DOB 01/02/1980 per DMV returns, priors PC 211, 1200 K Street DAPO-2025-000123");
    dir = Files.createTempDirectory("leads-policy-bench");
    store = FileAuditStore.open(dir.resolve("audit.jsonl"));
    trail = AuditTrail.builder(store).build();
  }

  /** Closes and deletes the audit files. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    store.close();
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  /** A LEADS access decision, no audit. */
  @Benchmark
  public Decision leadsDecision() {
    return leads.decide(context, NOW);
  }

  /** An ALPR decision with the purpose analysis, no audit. */
  @Benchmark
  public Decision alprDecision() {
    return alpr.decide(alprRequest, NOW);
  }

  /** An ALPR decision whose purpose trips every content check (the slowest path), no audit. */
  @Benchmark
  public Decision alprDecisionRefusedPurpose() {
    return alpr.decide(alprRequestRefused, NOW);
  }

  /** A LEADS decision appended to the file audit trail (fsync of record and head). */
  @Benchmark
  public AuditRecord leadsDecisionAudited() {
    Decision d = leads.decide(context, NOW);
    return trail.append(AuditEvent.of(context, d, NOW).build());
  }

  /** An ALPR decision appended to the file audit trail with the SB 34 contents. */
  @Benchmark
  public AuditRecord alprDecisionAudited() {
    Decision d = alpr.decide(alprRequest, NOW);
    return trail.append(AuditEvent.ofAlpr(alprRequest, d, NOW).build());
  }
}
