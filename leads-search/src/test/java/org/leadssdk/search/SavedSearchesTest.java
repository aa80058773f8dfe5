package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.geo.Distance;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccessDeniedException;
import org.leadssdk.policy.AccountRegistry;
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
import org.leadssdk.search.saved.InMemorySavedSearchStore;
import org.leadssdk.search.saved.SavedSearch;
import org.leadssdk.search.saved.SavedSearches;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.TestAccess;

class SavedSearchesTest {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final GeoPoint CAPITOL = GeoPoint.of(38.5767, -121.4934);

  private final MutableClock clock = MutableClock.at(NOW);
  private final InMemoryAuditSink sink = new InMemoryAuditSink();
  private LeadsIndex index;
  private SavedSearches saved;
  private User owner;
  private User other;
  private final InMemorySavedSearchStore store = InMemorySavedSearchStore.create();

  @BeforeEach
  void open() {
    index = LeadsIndex.builder().inMemory().clock(clock).build();
    index.upsert(Records.active("AB1234", "JOHN", "GARCIA", CAPITOL).build());
    index.upsert(Records.active("AB1235", "MARIA", "LOPEZ", GeoPoint.of(34.05, -118.24)).build());
    index.refresh();
    // Trained 2024-11-15: the two-year training validity ends 2026-11-15, two weeks after NOW.
    owner = TestAccess.deputy(NOW).trainingCompleted(LocalDate.of(2024, 11, 15)).build();
    other = TestAccess.deputy(NOW).id("deputy02").build();
    AccountRegistry registry = TestAccess.registry(owner, other);
    LeadsAccessPolicy policy = LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, registry);
    AuditTrail trail = AuditTrail.builder(sink).build();
    LeadsSearch search = LeadsSearch.builder().index(index).accessPolicy(policy)
        .redactor(Redactor.create(RedactionProfile.defaults())).auditTrail(trail).clock(clock).build();
    saved = SavedSearches.builder().store(store).search(search).accessPolicy(policy).auditTrail(trail).clock(clock)
        .ids(new java.util.function.Supplier<>() {
          private int n;

          @Override
          public String get() {
            return "s" + ++n;
          }
        })
        .build();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static AccessContext ctx(User user) {
    return AccessContext.of(user, TestAccess.agency(), Action.SAVED_SEARCH);
  }

  private static SearchRequest nearCapitol() {
    return SearchRequest.builder().within(CAPITOL, Distance.ofMiles(2)).build();
  }

  @Test
  void criteriaASearchWouldRefuseAreNotSavedNorChangedTo() {
    SearchRequest sevenTypos = SearchRequest.builder().term("garcia~ lopez~ smith~ jones~ brown~ davis~ miller~").build();
    int before = store.all().size();
    assertThatThrownBy(() -> saved.create(ctx(owner), "Too many typos", sevenTypos))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term: has 7 words with ~; at most 6 are searched with typos");
    assertThat(store.all()).hasSize(before);
    SavedSearch s = saved.create(ctx(owner), "Near the capitol", nearCapitol());
    assertThatThrownBy(() -> saved.update(ctx(owner), s.withCriteria(sevenTypos)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.find(s.id()).orElseThrow().criteria()).isEqualTo(nearCapitol());
  }

  @Test
  void savesAndRunsWithTheOwnersRightsAuditingBothSteps() {
    SavedSearch s = saved.create(ctx(owner), "Near the capitol", nearCapitol());
    assertThat(s.version()).isEqualTo(1);
    assertThat(s.ownerUserId()).isEqualTo("deputy01");
    SearchResult result = saved.run(ctx(owner), s.id());
    assertThat(result.hits()).extracting(h -> h.record().cdcNumber().value()).containsExactly("AB1234");
    var events = sink.records().stream().map(AuditRecord::event).toList();
    assertThat(events).extracting(e -> e.action()).containsSubsequence(Action.SAVED_SEARCH, Action.SAVED_SEARCH,
        Action.SEARCH);
    assertThat(events.get(events.size() - 2).query()).startsWith("run saved search s1 \"Near the capitol\"");
    assertThat(events.get(events.size() - 1).recordIds()).containsExactly("AB1234");
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview, access: user training — a saved search runs with the owner's current"
      + " rights, so an owner whose training lapsed after saving is refused")
  void anOwnerWhoseTrainingLapsedAfterSavingIsRefused() {
    SavedSearch s = saved.create(ctx(owner), "Near the capitol", nearCapitol());
    clock.advance(Duration.ofDays(20));
    assertThatThrownBy(() -> saved.run(ctx(owner), s.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("TRAINING_EXPIRED");
    AuditRecord last = sink.records().get(sink.records().size() - 1);
    assertThat(last.event().outcome()).isEqualTo(Outcome.DENY);
    assertThat(last.event().action()).isEqualTo(Action.SAVED_SEARCH);
    assertThat(last.event().recordIds()).isEmpty();
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview, Save Search: another user may not run, read or delete a saved search")
  void anotherUserCannotRunReadOrDeleteIt() {
    SavedSearch s = saved.create(ctx(owner), "Near the capitol", nearCapitol());
    assertThatThrownBy(() -> saved.run(ctx(other), s.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("SAVED_SEARCH_NOT_OWNER");
    assertThat(saved.find(ctx(other), s.id())).isEmpty();
    assertThatThrownBy(() -> saved.delete(ctx(other), s.id(), 1)).isInstanceOf(AccessDeniedException.class);
    assertThat(saved.list(ctx(other))).isEmpty();
    assertThat(sink.records().stream().filter(r -> r.event().outcome() == Outcome.DENY).count()).isEqualTo(3);
    assertThat(saved.list(ctx(owner))).containsExactly(s);
  }

  @Test
  void updatesWithOptimisticConcurrency() {
    SavedSearch s = saved.create(ctx(owner), "Near the capitol", nearCapitol());
    SavedSearch renamed = saved.update(ctx(owner), s.withName("Capitol beat"));
    assertThat(renamed.version()).isEqualTo(2);
    assertThatThrownBy(() -> saved.update(ctx(owner), s.withName("From a stale copy")))
        .isInstanceOf(org.leadssdk.search.saved.SavedSearchConflictException.class);
    saved.delete(ctx(owner), s.id(), 2);
    assertThat(saved.find(ctx(owner), s.id())).isEmpty();
  }

  @Test
  void nothingIsSavedWhenTheAuditTrailFails() {
    sink.failing(true);
    assertThatThrownBy(() -> saved.create(ctx(owner), "Near the capitol", nearCapitol()))
        .isInstanceOf(AuditFailedException.class);
    sink.failing(false);
    assertThat(store.all()).isEmpty();
  }

  @Test
  void refusesAContextForAnotherAction() {
    assertThatThrownBy(() -> saved.create(AccessContext.of(owner, TestAccess.agency(), Action.SEARCH), "x", nearCapitol()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("context.action must be SAVED_SEARCH");
  }
}
