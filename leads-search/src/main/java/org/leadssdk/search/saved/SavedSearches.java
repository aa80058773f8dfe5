package org.leadssdk.search.saved;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccessDeniedException;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.Decision;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.Reason;
import org.leadssdk.policy.Rule;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditFailedException;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.search.LeadsSearch;
import org.leadssdk.search.PageCursor;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.SearchResult;
import org.leadssdk.search.internal.TextQueries;

/**
 * Saves, lists, deletes and runs saved searches ("Save Search", Parole LEADS 2.0 overview), each call with
 * the caller's access context: policy decides {@link Action#SAVED_SEARCH} first, with the user's rights
 * <em>now</em> (a saved search never keeps the rights its owner had when saving it), and the call is
 * audited before it takes effect (fail closed). A saved search belongs to its owner: only the owner may
 * read, change, delete or run it; anyone else is denied as if for a missing right, and the denial is
 * audited. Thread-safe.
 *
 * <p>Running a saved search is two audited steps: the {@link Action#SAVED_SEARCH} decision and event
 * ("run saved search ..."), then the search itself through {@link LeadsSearch#search}, which decides
 * {@link Action#SEARCH}, filters by retention, redacts for the caller's roles and audits the records
 * returned.
 *
 * <pre>{@code
 * SavedSearches saved = SavedSearches.builder().store(store).search(search).accessPolicy(policy)
 *     .auditTrail(trail).clock(clock).build();
 * AccessContext ctx = AccessContext.of(user, agency, Action.SAVED_SEARCH);
 * SavedSearch s = saved.create(ctx, "PRCS Sacramento, suspended",
 *     SearchRequest.builder().countyUnit(CountyUnit.of(County.SACRAMENTO)).statuses(ParoleStatus.SUSPENDED).build());
 * SearchResult page = saved.run(ctx, s.id());
 * }</pre>
 */
public final class SavedSearches {
  /** The overview's "Save Search": a user saves criteria to run them again; they are that user's. */
  public static final Rule OVERVIEW_SAVE_SEARCH =
      new Rule("Parole LEADS 2.0 overview", "Save Search: a user's own saved criteria");

  private final SavedSearchStore store;
  private final LeadsSearch search;
  private final LeadsAccessPolicy accessPolicy;
  private final AuditTrail audit;
  private final Clock clock;
  private final Supplier<String> ids;
  private final @Nullable String sourceApplication;

  private SavedSearches(Builder b) {
    this.store = Check.notNull("store", b.store);
    this.search = Check.notNull("search", b.search);
    this.accessPolicy = Check.notNull("accessPolicy", b.accessPolicy);
    this.audit = Check.notNull("auditTrail", b.audit);
    this.clock = b.clock;
    this.ids = b.ids;
    this.sourceApplication = b.sourceApplication;
  }

  /** A builder; store, search, access policy and audit trail are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Saves new criteria under a name for the caller, who becomes the owner.
   *
   * @param context who asks; its action must be {@link Action#SAVED_SEARCH}
   * @param name what the owner calls it, 1-120 characters
   * @param criteria the search; it must not carry a page cursor
   * @return the stored saved search, version 1
   * @throws IllegalArgumentException if the action is not SAVED_SEARCH, the name is blank or too long, the
   *     criteria carry a page cursor, or their search term is refused (as {@link LeadsSearch#search} would)
   * @throws AccessDeniedException if policy denies the caller (the denial is audited)
   * @throws AuditFailedException if the audit event cannot be written (nothing is saved)
   * @throws SavedSearchStoreException if the store cannot be written
   */
  public SavedSearch create(AccessContext context, String name, SearchRequest criteria) {
    checkTerm(criteria);
    Instant now = clock.instant();
    SavedSearch fresh = new SavedSearch(ids.get(), name, context.user().id(), context.agency().ori(), criteria, now,
        now, 0);
    Decision decision = decide(context, now, "save saved search " + fresh.id());
    return audit.recordThen(event(context, decision, now, "save saved search " + fresh.id() + ": "
        + criteria.describe()).build(), () -> store.save(fresh));
  }

  /**
   * Stores a changed name or criteria of the caller's saved search.
   *
   * @param changed the saved search as the caller read it (its version) with the changes made through
   *     {@link SavedSearch#withName} or {@link SavedSearch#withCriteria}
   * @return the stored saved search, one version on
   * @throws IllegalArgumentException if the changed criteria's search term is refused (as
   *     {@link LeadsSearch#search} would)
   * @throws AccessDeniedException if policy denies the caller or the caller does not own it (audited)
   * @throws SavedSearchConflictException if it changed since the caller read it, or no longer exists
   * @throws AuditFailedException if the audit event cannot be written (nothing is changed)
   */
  public SavedSearch update(AccessContext context, SavedSearch changed) {
    Check.notNull("changed", changed);
    checkTerm(changed.criteria());
    Instant now = clock.instant();
    String what = "update saved search " + changed.id();
    Decision decision = decide(context, now, what);
    SavedSearch held = store.find(changed.id())
        .orElseThrow(() -> new SavedSearchConflictException(changed.id(), changed.version(), 0));
    requireOwner(context, held, now, what);
    SavedSearch next = new SavedSearch(held.id(), changed.name(), held.ownerUserId(), held.ownerAgencyOri(),
        changed.criteria(), held.createdAt(), now.isBefore(held.createdAt()) ? held.createdAt() : now,
        changed.version());
    return audit.recordThen(event(context, decision, now, what + ": " + next.criteria().describe()).build(),
        () -> store.save(next));
  }

  /**
   * The caller's saved search with this id; empty if there is none or another user owns it (the caller
   * learns nothing of others' saved searches; an attempt on one is audited as a denial).
   *
   * @throws AccessDeniedException if policy denies the caller (audited)
   * @throws AuditFailedException if the audit event cannot be written (nothing is returned)
   */
  public Optional<SavedSearch> find(AccessContext context, String id) {
    Check.notNull("id", id);
    Instant now = clock.instant();
    String what = "read saved search " + id;
    Decision decision = decide(context, now, what);
    Optional<SavedSearch> held = store.find(id);
    if (held.isPresent() && !held.get().isOwnedBy(context.user().id())) {
      audit.append(event(context, notOwner(), now, what).build());
      return Optional.empty();
    }
    return audit.recordThen(event(context, decision, now, what).build(), () -> held);
  }

  /**
   * The caller's saved searches, by name.
   *
   * @throws AccessDeniedException if policy denies the caller (audited)
   * @throws AuditFailedException if the audit event cannot be written (nothing is returned)
   */
  public List<SavedSearch> list(AccessContext context) {
    Instant now = clock.instant();
    Decision decision = decide(context, now, "list saved searches");
    return audit.releaseAfterRecording(() -> store.listByOwner(context.user().id()),
        found -> event(context, decision, now, "list saved searches").resultCount((long) found.size()).build());
  }

  /**
   * Deletes the caller's saved search.
   *
   * @param expectedVersion the version the caller read
   * @throws AccessDeniedException if policy denies the caller or the caller does not own it (audited)
   * @throws SavedSearchConflictException if it changed since the caller read it, or does not exist
   * @throws AuditFailedException if the audit event cannot be written (nothing is deleted)
   */
  public void delete(AccessContext context, String id, long expectedVersion) {
    Check.notNull("id", id);
    Instant now = clock.instant();
    String what = "delete saved search " + id;
    Decision decision = decide(context, now, what);
    SavedSearch held = store.find(id).orElseThrow(() -> new SavedSearchConflictException(id, expectedVersion, 0));
    requireOwner(context, held, now, what);
    audit.recordThen(event(context, decision, now, what).build(), () -> {
      store.delete(id, expectedVersion);
      return Boolean.TRUE;
    });
  }

  /**
   * Runs the caller's saved search now, first page.
   *
   * @see #run(AccessContext, String, PageCursor)
   */
  public SearchResult run(AccessContext context, String id) {
    return runPage(context, id, null);
  }

  /**
   * Runs the caller's saved search now with the caller's current rights: policy decides
   * {@link Action#SAVED_SEARCH} (audited), then the criteria run through {@link LeadsSearch#search} with
   * the same user, agency, purpose and case number and the action {@link Action#SEARCH} (decided and
   * audited there too, with the records returned).
   *
   * @param context who asks; its action must be {@link Action#SAVED_SEARCH}; the user must own the saved search
   * @param after the cursor of the previous page's last hit
   * @return one page of visible, redacted matches
   * @throws IllegalArgumentException if the action is not SAVED_SEARCH, or no saved search has this id
   * @throws AccessDeniedException if policy denies the caller now (e.g. training lapsed since saving), or
   *     the caller does not own it (audited)
   * @throws AuditFailedException if an audit event cannot be written (no data is returned)
   */
  public SearchResult run(AccessContext context, String id, PageCursor after) {
    return runPage(context, id, Check.notNull("after", after));
  }

  private SearchResult runPage(AccessContext context, String id, @Nullable PageCursor after) {
    Check.notNull("id", id);
    Instant now = clock.instant();
    String what = "run saved search " + id;
    Decision decision = decide(context, now, what);
    SavedSearch held = store.find(id)
        .orElseThrow(() -> new IllegalArgumentException("id: no saved search " + id + " is stored"));
    requireOwner(context, held, now, what);
    SearchRequest request = after == null ? held.criteria() : withCursor(held.criteria(), after);
    audit.append(event(context, decision, now, what + " \"" + held.name() + "\": " + held.criteria().describe()).build());
    AccessContext asSearch = new AccessContext(context.user(), context.agency(), Action.SEARCH, context.purpose(),
        context.caseNumber());
    return search.search(asSearch, request);
  }

  private static SearchRequest withCursor(SearchRequest r, PageCursor after) {
    return new SearchRequest(r.term(), r.lastName(), r.firstName(), r.cdcNumber(), r.dateOfBirthFrom(),
        r.dateOfBirthTo(), r.ageMin(), r.ageMax(), r.heightMinInches(), r.heightMaxInches(), r.weightMinPounds(),
        r.weightMaxPounds(), r.sexes(), r.races(), r.hairColors(), r.eyeColors(), r.smtText(), r.smtCode(), r.plate(),
        r.offense(), r.registrations(), r.statuses(), r.levels(), r.agent(), r.paroleUnit(), r.countyUnit(),
        r.county(), r.zip(), r.geo(), r.sort(), r.pageSize(), after, r.facets(), r.exactTotal(), r.explain());
  }

  private Decision decide(AccessContext context, Instant now, String what) {
    Check.notNull("context", context);
    Check.argument(context.action() == Action.SAVED_SEARCH,
        () -> "context.action must be SAVED_SEARCH for saved searches, got " + context.action());
    Decision decision = accessPolicy.decide(context, now);
    if (!decision.permitted()) {
      audit.append(event(context, decision, now, what).build());
      throw new AccessDeniedException(decision);
    }
    return decision;
  }

  private void requireOwner(AccessContext context, SavedSearch held, Instant now, String what) {
    if (!held.isOwnedBy(context.user().id())) {
      Decision denied = notOwner();
      audit.append(event(context, denied, now, what).build());
      throw new AccessDeniedException(denied);
    }
  }

  private static Decision notOwner() {
    return Decision.deny(List.of(new Reason("SAVED_SEARCH_NOT_OWNER",
        "the saved search belongs to another user; only its owner may use it", OVERVIEW_SAVE_SEARCH)));
  }

  private AuditEvent.Builder event(AccessContext context, Decision decision, Instant now, String what) {
    String query = what.length() > 4000 ? what.substring(0, 4000) : what;
    return AuditEvent.of(context, decision, now).query(query).sourceApplication(sourceApplication);
  }

  /** Configures {@link SavedSearches}. Not thread-safe. */
  public static final class Builder {
    private @Nullable SavedSearchStore store;
    private @Nullable LeadsSearch search;
    private @Nullable LeadsAccessPolicy accessPolicy;
    private @Nullable AuditTrail audit;
    private Clock clock = Clock.systemUTC();
    private Supplier<String> ids = () -> UUID.randomUUID().toString();
    private @Nullable String sourceApplication;

    private Builder() {}

    /** Where saved searches are kept (required). */
    public Builder store(SavedSearchStore value) {
      this.store = Check.notNull("store", value);
      return this;
    }

    /** The search service saved searches run through (required). */
    public Builder search(LeadsSearch value) {
      this.search = Check.notNull("search", value);
      return this;
    }

    /** Who may use saved searches (required); the same policy as the search service's. */
    public Builder accessPolicy(LeadsAccessPolicy value) {
      this.accessPolicy = Check.notNull("accessPolicy", value);
      return this;
    }

    /** Where every decision and access is recorded (required). */
    public Builder auditTrail(AuditTrail value) {
      this.audit = Check.notNull("auditTrail", value);
      return this;
    }

    /** The clock for "now" (default: system UTC). */
    public Builder clock(Clock value) {
      this.clock = Check.notNull("clock", value);
      return this;
    }

    /**
     * Where new ids come from (default: random UUIDs); each must be a valid {@link SavedSearch#id()}.
     */
    public Builder ids(Supplier<String> value) {
      this.ids = Check.notNull("ids", value);
      return this;
    }

    /** The host application's name, recorded as the source of each audit event. */
    public Builder sourceApplication(String value) {
      this.sourceApplication = Check.text("sourceApplication", value, 100);
      return this;
    }

    /**
     * Builds the service.
     *
     * @throws NullPointerException naming the first required part that is missing
     */
    public SavedSearches build() {
      return new SavedSearches(this);
    }
  }

  /** Refuses a search term the search would refuse, so that what is saved can run (and alert) later. */
  private static void checkTerm(SearchRequest criteria) {
    Check.notNull("criteria", criteria);
    if (criteria.term() != null) {
      TextQueries.allFields(criteria.term());
    }
  }
}
