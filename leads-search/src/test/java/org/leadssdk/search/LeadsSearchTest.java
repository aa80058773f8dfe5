package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.Ssn;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccessDeniedException;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.Outcome;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditFailedException;
import org.leadssdk.policy.audit.AuditRecord;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.TestAccess;

class LeadsSearchTest {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final GeoPoint CAPITOL = GeoPoint.of(38.5767, -121.4934);

  private final MutableClock clock = MutableClock.at(NOW);
  private final InMemoryAuditSink sink = new InMemoryAuditSink();
  private LeadsIndex index;
  private LeadsSearch search;
  private User deputy;

  @BeforeEach
  void open() {
    index = LeadsIndex.builder().inMemory().clock(clock).build();
    index.upsert(Records.active("AB1234", "JOHN", "GARCIA", CAPITOL)
        .identifiers(new Identifiers(null, null, Ssn.parse("123-45-6789"), null))
        .addSmt(Records.tattoo("TAT L ARM", "DRAGON"))
        .build());
    // Discharged 2025-11-01: day 365 of its year is 2026-11-01, the search day (Parole LEADS 2.0 overview).
    index.upsert(Records.active("AB1235", "JANE", "GARCIA", CAPITOL)
        .supervision(Records.discharged(LocalDate.of(2025, 11, 1)))
        .build());
    index.refresh();
    deputy = TestAccess.deputy(NOW).build();
    search = LeadsSearch.builder()
        .index(index)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, TestAccess.registry(deputy)))
        .redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(sink).build())
        .clock(clock)
        .sourceApplication("synthetic-rms")
        .build();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private AccessContext context(User user, Action action) {
    return AccessContext.of(user, TestAccess.agency(), action);
  }

  @Test
  void aPermittedSearchIsRedactedAndAuditedWithItsRecords() {
    SearchResult result = search.search(context(deputy, Action.SEARCH), SearchRequest.builder().term("dragon").build());
    assertThat(result.hits()).singleElement().satisfies(hit -> {
      assertThat(hit.record().cdcNumber().value()).isEqualTo("AB1234");
      assertThat(hit.record().identifiers().ssn()).as("SSN hidden from a role without the grant").isNull();
      assertThat(hit.matched()).extracting(MatchedField::path).contains("smts[0].description");
    });
    AuditRecord audit = sink.records().get(sink.records().size() - 1);
    assertThat(audit.event().outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(audit.event().userId()).isEqualTo("deputy01");
    assertThat(audit.event().agencyOri()).isEqualTo(TestAccess.ORI);
    assertThat(audit.event().query()).isEqualTo("term=\"dragon\"");
    assertThat(audit.event().recordIds()).containsExactly("AB1234");
    assertThat(audit.event().resultCount()).isEqualTo(1L);
    assertThat(audit.event().sourceApplication()).isEqualTo("synthetic-rms");
  }

  @Test
  void aDeniedUserGetsNoDataAndTheDenialIsAudited() {
    User untrained = TestAccess.deputy(NOW).trainingCompleted(null).build();
    LeadsSearch strict = LeadsSearch.builder().index(index)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, TestAccess.registry(untrained)))
        .redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(sink).build()).clock(clock).build();
    assertThatThrownBy(() -> strict.search(context(untrained, Action.SEARCH), SearchRequest.builder().term("dragon").build()))
        .isInstanceOf(AccessDeniedException.class)
        .satisfies(e -> assertThat(((AccessDeniedException) e).decision().permitted()).isFalse());
    AuditRecord audit = sink.records().get(sink.records().size() - 1);
    assertThat(audit.event().outcome()).isEqualTo(Outcome.DENY);
    assertThat(audit.event().recordIds()).isEmpty();
  }

  @Test
  void noDataLeavesWhenTheAuditCannotBeWritten() {
    sink.failing(true);
    assertThatThrownBy(() -> search.search(context(deputy, Action.SEARCH), SearchRequest.builder().term("dragon").build()))
        .isInstanceOf(AuditFailedException.class);
    assertThatThrownBy(() -> search.view(context(deputy, Action.VIEW), CdcNumber.parse("AB1234")))
        .isInstanceOf(AuditFailedException.class);
  }

  @Test
  void aDischargedRecordIsShownThroughDay365AndGoneOnDay366() {
    SearchRequest garcia = SearchRequest.builder().lastName("GARCIA").build();
    SearchResult day365 = search.search(context(deputy, Action.SEARCH), garcia);
    assertThat(day365.hits()).extracting(h -> h.record().cdcNumber().value()).contains("AB1235");
    assertThat(day365.omittedByPolicy()).isZero();
    clock.advance(java.time.Duration.ofDays(1));
    deputy = deputy.toBuilder().lastActivity(clock.instant().minusSeconds(60)).build();
    SearchResult day366 = search.search(context(deputy, Action.SEARCH), garcia);
    assertThat(day366.hits()).extracting(h -> h.record().cdcNumber().value()).containsExactly("AB1234");
    assertThat(day366.omittedByPolicy()).isEqualTo(1);
    assertThat(search.view(context(deputy, Action.VIEW), CdcNumber.parse("AB1235"))).isEmpty();
    assertThat(search.visibility(context(deputy, Action.VIEW), CdcNumber.parse("AB1235")).orElseThrow().visible())
        .isFalse();
  }

  @Test
  void theRetentionVerdictIsAskedAsAViewDecidedFirstAndAudited() {
    int before = sink.records().size();
    assertThat(search.visibility(context(deputy, Action.VIEW), CdcNumber.parse("AB1234")).orElseThrow().visible())
        .isTrue();
    assertThat(sink.records()).hasSize(before + 1);
    var event = sink.records().get(sink.records().size() - 1).event();
    assertThat(event.query()).isEqualTo("visibility AB1234");
    assertThat(event.recordIds()).containsExactly("AB1234");
    // a CDC number the index does not hold: empty, and the question is still recorded
    assertThat(search.visibility(context(deputy, Action.VIEW), CdcNumber.parse("ZZ9999"))).isEmpty();
    assertThat(sink.records()).hasSize(before + 2);
    assertThat(sink.records().get(sink.records().size() - 1).event().recordIds()).isEmpty();
    // the context's action must be VIEW
    assertThatThrownBy(() -> search.visibility(context(deputy, Action.SEARCH), CdcNumber.parse("AB1234")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("context.action must be VIEW");
    // a denied user learns nothing, and the denial is audited
    User untrained = TestAccess.deputy(NOW).trainingCompleted(null).build();
    LeadsSearch strict = LeadsSearch.builder().index(index)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, TestAccess.registry(untrained)))
        .redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(sink).build()).clock(clock).build();
    assertThatThrownBy(() -> strict.visibility(context(untrained, Action.VIEW), CdcNumber.parse("AB1234")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(sink.records().get(sink.records().size() - 1).event().outcome()).isEqualTo(Outcome.DENY);
    // fail closed: no verdict without its audit event
    sink.failing(true);
    assertThatThrownBy(() -> search.visibility(context(deputy, Action.VIEW), CdcNumber.parse("AB1234")))
        .isInstanceOf(AuditFailedException.class);
  }

  @Test
  void viewShowsARedactedRecordAndAuditsIt() {
    var shown = search.view(context(deputy, Action.VIEW), CdcNumber.parse("AB1234")).orElseThrow();
    assertThat(shown.identifiers().ssn()).isNull();
    assertThat(sink.records().get(sink.records().size() - 1).event().recordIds()).containsExactly("AB1234");
    assertThat(search.view(context(deputy, Action.VIEW), CdcNumber.parse("Z99999"))).isEmpty();
  }

  @Test
  void theContextMustNameTheActionOfTheCall() {
    assertThatThrownBy(() -> search.search(context(deputy, Action.VIEW), SearchRequest.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("context.action must be SEARCH");
  }

  @Test
  void theAuditTrailVerifiesAfterUse() {
    search.search(context(deputy, Action.SEARCH), SearchRequest.builder().term("dragon").build());
    search.view(context(deputy, Action.VIEW), CdcNumber.parse("AB1234"));
    assertThat(AuditTrail.verify(sink, null).problems()).isEmpty();
    assertThat(sink.records()).hasSize(2);
    assertThat(List.of(sink.records().get(0).event().action(), sink.records().get(1).event().action()))
        .containsExactly(Action.SEARCH, Action.VIEW);
  }
}
