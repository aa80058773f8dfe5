package org.leadssdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditFailedException;
import org.leadssdk.policy.audit.AuditRecord;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.policy.audit.FileAuditStore;
import org.leadssdk.policy.audit.StoredEntry;

class AlprAuditTest {
  @TempDir Path dir;
  private final Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);

  @Test
  @DisplayName("SB 34 (Civil Code 1798.90.52): the ALPR audit record holds date and time, plate, username, agency, purpose")
  void alprAuditEventHoldsSb34Contents() {
    AlprRequest request = AlprRequest.of(Fixtures.alprUser(), Fixtures.PLATE, "Stolen vehicle recovery DAPO-2025-000123");
    Decision d = AlprPolicy.create(PolicyConfig.DEFAULTS).decide(request, Fixtures.NOW);
    AuditEvent e = AuditEvent.ofAlpr(request, d, Fixtures.NOW).build();
    assertThat(e.at()).isEqualTo(Fixtures.NOW);
    assertThat(e.plate()).isEqualTo("7ABC123");
    assertThat(e.plateState()).isEqualTo("CA");
    assertThat(e.userId()).isEqualTo("agent07");
    assertThat(e.agencyOri()).isEqualTo("CA0349400");
    assertThat(e.purpose()).isEqualTo("Stolen vehicle recovery DAPO-2025-000123");
    assertThat(e.caseNumber()).isEqualTo("DAPO-2025-000123");
    assertThat(e.outcome()).isEqualTo(Outcome.PERMIT);
  }

  @Test
  @DisplayName("DOM 53060.7 purpose contents: a refused purpose's SSN is masked in the audit record")
  void refusedPurposeSsnMasked() {
    AlprRequest request = AlprRequest.of(Fixtures.alprUser(), Fixtures.PLATE, "Smith SSN 123-45-6789 DAPO-2025-000123");
    Decision d = AlprPolicy.create(PolicyConfig.DEFAULTS).decide(request, Fixtures.NOW);
    AuditEvent e = AuditEvent.ofAlpr(request, d, Fixtures.NOW).build();
    assertThat(e.outcome()).isEqualTo(Outcome.DENY);
    assertThat(e.reasonCodes()).contains("IDENTIFYING_INFORMATION");
    assertThat(e.purpose()).doesNotContain("123-45-6789").contains("[REDACTED]");
  }

  @Test
  @DisplayName("DOM 53060.7 invalid matches: reported to the Division Administrator and audited first")
  void invalidMatchIsAuditedThenRouted() {
    List<String> delivered = new ArrayList<>();
    try (FileAuditStore store = FileAuditStore.open(dir.resolve("audit.jsonl"))) {
      AuditTrail trail = AuditTrail.builder(store).build();
      InvalidMatchReporter reporter = InvalidMatchReporter.create(
          (division, user, report) -> delivered.add(division.name() + ":" + user.id() + ":" + report.disposition()),
          trail, clock);
      AuditRecord r = reporter.report(Fixtures.alprUser(), new InvalidMatchReport(Fixtures.PLATE,
          Fixtures.NOW.minusSeconds(600), InvalidMatchReport.Disposition.WRONG_STATE, null));
      assertThat(delivered).containsExactly("DAPO:agent07:WRONG_STATE");
      assertThat(r.event().action()).isEqualTo(Action.ALPR_INVALID_MATCH_REPORT);
      assertThat(r.event().detail()).contains("disposition=WRONG_STATE").contains("DAPO Division Administrator");
      assertThat(store.entries()).singleElement().isInstanceOf(StoredEntry.Readable.class);
    }
  }

  @Test
  @DisplayName("DOM 53060.7 invalid matches: not delivered when the audit write fails (fail closed)")
  void invalidMatchNotRoutedWhenAuditFails() {
    List<String> delivered = new ArrayList<>();
    FileAuditStore store = FileAuditStore.open(dir.resolve("closed.jsonl"));
    AuditTrail trail = AuditTrail.builder(store).build();
    store.close();
    InvalidMatchReporter reporter = InvalidMatchReporter.create((d, u, r) -> delivered.add("x"), trail, clock);
    assertThatThrownBy(() -> reporter.report(Fixtures.alprUser(), new InvalidMatchReport(Fixtures.PLATE,
        Fixtures.NOW, InvalidMatchReport.Disposition.MISREAD, null))).isInstanceOf(AuditFailedException.class);
    assertThat(delivered).isEmpty();
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview: access: every decision is audited, and a denial throws after it is recorded")
  void gateAuditsEveryDecision() {
    User user = Fixtures.leadsUser().build();
    try (FileAuditStore store = FileAuditStore.open(dir.resolve("gate.jsonl"))) {
      AuditTrail trail = AuditTrail.builder(store).build();
      PolicyGate gate = PolicyGate.create(
          LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, AccountRegistry.of(List.of(user))),
          AlprPolicy.create(PolicyConfig.DEFAULTS), trail, clock);
      assertThat(gate.authorize(AccessContext.of(user, Fixtures.agency(), Action.SEARCH)).permitted()).isTrue();
      assertThatThrownBy(() -> gate.authorize(AccessContext.of(user.toBuilder().active(false).build(),
          Fixtures.agency(), Action.VIEW)))
          .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ACCOUNT_DISABLED");
      assertThatThrownBy(() -> gate.authorizeAlpr(AlprRequest.of(Fixtures.alprUser(), Fixtures.PLATE, "investigation")))
          .isInstanceOf(AccessDeniedException.class)
          .satisfies(e -> assertThat(((AccessDeniedException) e).decision().reasonCodes())
              .contains("PURPOSE_NOT_SPECIFIC"));
      assertThat(trail.lastSequence()).isEqualTo(3);
      assertThat(trail.verify().intact()).isTrue();
    }
  }
}
