package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Ssn;
import org.leadssdk.core.feed.FeedEntry;
import org.leadssdk.core.feed.Tombstone;
import org.leadssdk.core.feed.Upsert;
import org.leadssdk.geo.Distance;
import org.leadssdk.policy.AccountRegistry;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.Outcome;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditRecord;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.search.saved.DeltaAlertReport;
import org.leadssdk.search.saved.InMemorySavedSearchStore;
import org.leadssdk.search.saved.SavedSearch;
import org.leadssdk.search.saved.SavedSearchAlert;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.TestAccess;

class SavedSearchAlertsTest {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final GeoPoint CAPITOL = GeoPoint.of(38.5767, -121.4934);
  private static final GeoPoint LOS_ANGELES = GeoPoint.of(34.0522, -118.2437);

  private final MutableClock clock = MutableClock.at(NOW);
  private final InMemoryAuditSink sink = new InMemoryAuditSink();
  private final InMemorySavedSearchStore store = InMemorySavedSearchStore.create();
  private final List<SavedSearchAlert> received = new ArrayList<>();
  private LeadsIndex index;
  private AccountRegistry registry;
  private SavedSearchAlerts alerts;

  @BeforeEach
  void open() {
    index = LeadsIndex.builder().inMemory().clock(clock).build();
    index.upsert(Records.active("AB1234", "JOHN", "GARCIA", LOS_ANGELES).build());
    index.upsert(Records.active("AB1235", "MARIA", "LOPEZ", CAPITOL).build());
    index.refresh();
    registry = TestAccess.registry(TestAccess.deputy(NOW).build(),
        TestAccess.deputy(NOW).id("untrained01").trainingCompleted(null).build());
    alerts = SavedSearchAlerts.builder().index(index).store(store)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, registry)).accounts(registry)
        .agencies(List.of(TestAccess.agency())).redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(sink).build()).listener(received::add).clock(clock).build();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private SavedSearch save(String id, String owner, SearchRequest criteria) {
    return store.save(new SavedSearch(id, "search " + id, owner, TestAccess.ORI, criteria, NOW, NOW, 0));
  }

  private static FeedEntry upsert(Parolee.Builder record, long version) {
    return new Upsert(record.recordVersion(version).build());
  }

  private static SearchRequest nearCapitol() {
    return SearchRequest.builder().within(CAPITOL, Distance.ofMiles(2)).build();
  }

  @Test
  void aRecordMovedIntoAndOutOfASavedRadiusIsReportedEnteringThenLeaving() {
    save("beat", "deputy01", nearCapitol());
    DeltaAlertReport in = alerts.applyDelta(List.of(upsert(Records.active("AB1234", "JOHN", "GARCIA", CAPITOL), 2)));
    assertThat(received).singleElement().satisfies(a -> {
      assertThat(a.savedSearchId()).isEqualTo("beat");
      assertThat(a.enteredCdcNumbers()).containsExactly(CdcNumber.parse("AB1234"));
      assertThat(a.left()).isEmpty();
    });
    assertThat(in.delivered()).isEqualTo(1);
    received.clear();
    alerts.applyDelta(List.of(upsert(Records.active("AB1234", "JOHN", "GARCIA", LOS_ANGELES), 3)));
    assertThat(received).singleElement().satisfies(a -> {
      assertThat(a.entered()).isEmpty();
      assertThat(a.left()).containsExactly(CdcNumber.parse("AB1234"));
    });
  }

  @Test
  void aStatusTurningSuspendedEntersAStatusSearch() {
    save("wanted", "deputy01", SearchRequest.builder().statuses(ParoleStatus.SUSPENDED).build());
    alerts.applyDelta(List.of(upsert(Records.active("AB1235", "MARIA", "LOPEZ", CAPITOL)
        .supervision(Records.supervision(ParoleStatus.SUSPENDED, null)), 2)));
    assertThat(received).singleElement()
        .satisfies(a -> assertThat(a.enteredCdcNumbers()).containsExactly(CdcNumber.parse("AB1235")));
  }

  @Test
  void aNewPrcsReleaseInTheCountyEntersACountyUnitSearch() {
    save("prcs-sac", "deputy01", SearchRequest.builder().countyUnit(CountyUnit.of(County.SACRAMENTO)).build());
    alerts.applyDelta(List.of(new Upsert(Records.prcs("AB2000", "LUIS", "REYES", County.SACRAMENTO)),
        new Upsert(Records.prcs("AB2001", "ANA", "CRUZ", County.FRESNO))));
    assertThat(received).singleElement()
        .satisfies(a -> assertThat(a.enteredCdcNumbers()).containsExactly(CdcNumber.parse("AB2000")));
  }

  @Test
  void aTombstoneMakesTheRecordLeave() {
    save("beat", "deputy01", nearCapitol());
    alerts.applyDelta(List.of(new Tombstone(CdcNumber.parse("AB1235"), 2, NOW)));
    assertThat(received).singleElement()
        .satisfies(a -> assertThat(a.left()).containsExactly(CdcNumber.parse("AB1235")));
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview, status list: a Discharged record past its year is never alerted;"
      + " a shown record that retention now hides leaves")
  void retentionHiddenRecordsAreNeverAlerted() {
    save("beat", "deputy01", nearCapitol());
    alerts.applyDelta(List.of(
        upsert(Records.active("AB3000", "OLD", "CASE", CAPITOL).supervision(Records.discharged(LocalDate.of(2024, 6, 1))), 1),
        upsert(Records.active("AB1235", "MARIA", "LOPEZ", CAPITOL).supervision(Records.discharged(LocalDate.of(2025, 1, 15))), 2)));
    assertThat(received).singleElement().satisfies(a -> {
      assertThat(a.entered()).isEmpty();
      assertThat(a.left()).containsExactly(CdcNumber.parse("AB1235"));
    });
    assertThat(sink.records()).flatExtracting(r -> r.event().recordIds()).doesNotContain("AB3000");
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview, access: user training — an owner refused now gets no alert, and the"
      + " refusal is audited")
  void anOwnerWithoutRightsGetsNothingAndTheRefusalIsAudited() {
    save("beat", "untrained01", nearCapitol());
    DeltaAlertReport report = alerts.applyDelta(List.of(upsert(Records.active("AB1234", "JOHN", "GARCIA", CAPITOL), 2)));
    assertThat(received).isEmpty();
    assertThat(report.withheld()).isEqualTo(1);
    AuditEvent refusal = sink.records().get(sink.records().size() - 1).event();
    assertThat(refusal.action()).isEqualTo(Action.SAVED_SEARCH_ALERT);
    assertThat(refusal.outcome()).isEqualTo(Outcome.DENY);
    assertThat(refusal.userId()).isEqualTo("untrained01");
    assertThat(refusal.reasonCodes()).contains("TRAINING_MISSING");
    assertThat(refusal.recordIds()).isEmpty();
  }

  @Test
  void anUnregisteredOwnerGetsNothingAndTheRefusalIsAudited() {
    save("beat", "gone01", nearCapitol());
    alerts.applyDelta(List.of(upsert(Records.active("AB1234", "JOHN", "GARCIA", CAPITOL), 2)));
    assertThat(received).isEmpty();
    assertThat(sink.records().get(sink.records().size() - 1).event().reasonCodes()).containsExactly("ACCOUNT_NOT_REGISTERED");
  }

  @Test
  void eachAlertIsAuditedWithTheRecordsAndEnteredRecordsAreRedacted() {
    save("beat", "deputy01", nearCapitol());
    alerts.applyDelta(List.of(upsert(Records.active("AB1234", "JOHN", "GARCIA", CAPITOL)
        .identifiers(new Identifiers(null, null, Ssn.parse("123-45-6789"), null)), 2)));
    assertThat(received).singleElement()
        .satisfies(a -> assertThat(a.entered().get(0).identifiers().ssn()).as("SSN hidden from the owner's roles").isNull());
    AuditRecord last = sink.records().get(sink.records().size() - 1);
    assertThat(last.event().action()).isEqualTo(Action.SAVED_SEARCH_ALERT);
    assertThat(last.event().outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(last.event().recordIds()).containsExactly("AB1234");
    assertThat(last.event().detail()).isEqualTo("entered 1, left 0");
  }

  @Test
  void aSavedSearchRefusedUnderTodaysRulesGetsNoAlertAndTheOthersDo() {
    // saved before the term allowed at most 6 typo words: the store holds it, a search would refuse it
    save("typos", "deputy01", SearchRequest.builder()
        .term("garcia~ lopez~ smith~ jones~ brown~ davis~ miller~").build());
    save("beat", "deputy01", nearCapitol());
    DeltaAlertReport report = alerts.applyDelta(List.of(upsert(Records.active("AB1234", "JOHN", "GARCIA", CAPITOL), 2)));
    assertThat(received).singleElement().satisfies(a -> assertThat(a.savedSearchId()).isEqualTo("beat"));
    assertThat(report.delivered()).isEqualTo(1);
    assertThat(report.undelivered()).containsExactly("typos");
  }

  @Test
  void anAlertWhoseAuditFailsIsNotDelivered() {
    save("beat", "deputy01", nearCapitol());
    sink.failing(true);
    DeltaAlertReport report = alerts.applyDelta(List.of(upsert(Records.active("AB1234", "JOHN", "GARCIA", CAPITOL), 2)));
    assertThat(received).isEmpty();
    assertThat(report.undelivered()).containsExactly("beat");
    assertThat(report.applied()).isEqualTo(1);
  }

  @Test
  void staleEntriesChangeNothingAndAreCounted() {
    save("beat", "deputy01", nearCapitol());
    DeltaAlertReport report = alerts.applyDelta(List.of(upsert(Records.active("AB1234", "JOHN", "GARCIA", CAPITOL), 1)));
    assertThat(received).isEmpty();
    assertThat(report.stale()).isEqualTo(1);
    assertThat(report.entries()).isEqualTo(1);
  }
}
