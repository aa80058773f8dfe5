package org.leadssdk.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.feed.FeedEntry;
import org.leadssdk.core.internal.Check;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccountRegistry;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.Agency;
import org.leadssdk.policy.Decision;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.Outcome;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditFailedException;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.search.internal.Fields;
import org.leadssdk.search.saved.DeltaAlertReport;
import org.leadssdk.search.saved.SavedSearch;
import org.leadssdk.search.saved.SavedSearchAlert;
import org.leadssdk.search.saved.SavedSearchAlertListener;
import org.leadssdk.search.saved.SavedSearchStore;

/**
 * Applies deltas to a {@link LeadsIndex} and tells the owners of saved searches which records entered and
 * which left their results. Thread-safe; deltas are applied one at a time.
 *
 * <p>How it works and how it scales: before the delta it holds a point-in-time searcher of the index;
 * it applies the entries, refreshes and takes a second searcher. The CDC numbers the delta applied are
 * looked up once in each snapshot (a term lookup per record and segment) into per-segment bit sets of the
 * changed documents. Each saved search's query then runs against both snapshots restricted to those bit
 * sets — the bit set leads the conjunction, segments without changed documents are skipped, and an area
 * is checked on doc values for the few candidates — so entered = after − before and left = before − after
 * cost about (saved searches × changed records), not the index size. Records the delta did not touch are
 * not re-examined: both snapshots are evaluated at the same alert instant, so their visibility is the
 * same in both.
 *
 * <p>Only what the owner may see now is reported: for each owner with an alert, policy decides
 * {@link Action#SAVED_SEARCH_ALERT} at the alert instant for the owner's account as the
 * {@link AccountRegistry} holds it now, in the agency the saved search was made in; a refused owner gets
 * nothing and the refusal is audited. Records retention hides at the alert instant never enter; entered
 * records are redacted for the owner's roles. Each alert is audited (who, the saved search, the CDC
 * numbers entered and left) before it is handed to the listener; if the event cannot be written the
 * alert is not delivered (fail closed) and is named in the report.
 *
 * <p><b>Note:</b> the delta must be the only writer of the index while it is applied (changes made by
 * others in between are not alerted). Alerts are computed before the host commits; a delta replayed from
 * an older checkpoint after a crash applies again and alerts again (at least once). A record that leaves
 * a saved search only because time passed (retention ending without a new version) is not alerted, as no
 * delta changed it.
 *
 * <pre>{@code
 * SavedSearchAlerts alerts = SavedSearchAlerts.builder().index(index).store(store).accessPolicy(policy)
 *     .accounts(registry).agencies(List.of(agency)).redactor(redactor).auditTrail(trail)
 *     .listener(alert -> notices.offer(alert)).clock(clock).build();
 * DeltaAlertReport report = alerts.applyDelta(entries);
 * index.commit(new Checkpoint("dapo-delta", position));
 * }</pre>
 */
public final class SavedSearchAlerts {
  private static final System.Logger LOG = System.getLogger("org.leadssdk.search");

  private final LeadsIndex index;
  private final SavedSearchStore store;
  private final LeadsAccessPolicy accessPolicy;
  private final AccountRegistry accounts;
  private final Function<String, Optional<Agency>> agencies;
  private final Redactor redactor;
  private final AuditTrail audit;
  private final SavedSearchAlertListener listener;
  private final Clock clock;
  private final @Nullable String sourceApplication;
  private final QueryEngine engine;

  private SavedSearchAlerts(Builder b) {
    this.index = Check.notNull("index", b.index);
    this.store = Check.notNull("store", b.store);
    this.accessPolicy = Check.notNull("accessPolicy", b.accessPolicy);
    this.accounts = Check.notNull("accounts", b.accounts);
    this.agencies = Check.notNull("agencies", b.agencies);
    this.redactor = Check.notNull("redactor", b.redactor);
    this.audit = Check.notNull("auditTrail", b.audit);
    this.listener = Check.notNull("listener", b.listener);
    this.engine = new QueryEngine(index.recordCache());
    this.clock = b.clock;
    this.sourceApplication = b.sourceApplication;
  }

  /** A builder; every part but the clock and the source application is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Applies the entries to the index (as {@link LeadsIndex#apply}), makes them searchable, and delivers
   * the alerts of every saved search of the store.
   *
   * @return the counts, and the saved searches whose alert could not be delivered
   * @throws IndexUnavailableException if the index cannot be written or read; entries applied before the
   *     failure stay applied and are not alerted
   */
  public synchronized DeltaAlertReport applyDelta(Collection<? extends FeedEntry> entries) {
    List<FeedEntry> delta = Check.copy("entries", entries);
    Instant now = clock.instant();
    index.refresh();
    IndexSearcher before = index.acquire();
    try {
      Set<String> changed = new LinkedHashSet<>();
      int applied = 0;
      for (FeedEntry e : delta) {
        if (index.apply(e) == ApplyOutcome.APPLIED) {
          applied++;
          changed.add(e.cdcNumber().value());
        }
      }
      index.refresh();
      IndexSearcher after = index.acquire();
      try {
        return alert(before, after, changed, now, delta.size(), applied);
      } catch (IOException e) {
        throw new IndexUnavailableException("cannot read the index to compute saved-search alerts", e);
      } finally {
        index.release(after);
      }
    } finally {
      index.release(before);
    }
  }

  private DeltaAlertReport alert(IndexSearcher before, IndexSearcher after, Set<String> changed, Instant now,
      int entries, int applied) throws IOException {
    List<SavedSearch> searches = store.all();
    if (changed.isEmpty() || searches.isEmpty()) {
      return new DeltaAlertReport(now, entries, applied, entries - applied, searches.size(), 0, 0, List.of());
    }
    ZoneId zone = index.policyConfig().zone();
    Snapshot was = Snapshot.of(before, changed);
    Snapshot is = Snapshot.of(after, changed);
    Map<String, Optional<Owner>> owners = new HashMap<>();
    Map<Integer, Parolee> decoded = new HashMap<>();
    int delivered = 0;
    int withheld = 0;
    List<String> undelivered = new ArrayList<>();
    for (SavedSearch s : searches) {
      Set<String> old;
      Map<String, Integer> found;
      try {
        old = was.matches(engine.alertQuery(s.criteria(), now, zone, was.candidates()));
        found = is.matchDocs(engine.alertQuery(s.criteria(), now, zone, is.candidates()));
      } catch (IllegalArgumentException refused) {
        // Criteria saved under older rules that are refused now: that saved search gets no alert, the others do.
        LOG.log(System.Logger.Level.WARNING, () -> "saved search " + s.id() + " cannot be run now: "
            + refused.getMessage());
        undelivered.add(s.id());
        continue;
      }
      TreeSet<String> entered = new TreeSet<>(found.keySet());
      entered.removeAll(old);
      TreeSet<String> left = new TreeSet<>(old);
      left.removeAll(found.keySet());
      if (entered.isEmpty() && left.isEmpty()) {
        continue;
      }
      Optional<Owner> owner = owners.computeIfAbsent(
          s.ownerUserId().toLowerCase(java.util.Locale.ROOT) + "|" + s.ownerAgencyOri(), k -> decideOwner(s, now));
      if (owner.isEmpty()) {
        withheld++;
        refuse(s, null, now, entered.size() + left.size(), undelivered);
        continue;
      }
      Owner o = owner.get();
      if (!o.decision().permitted()) {
        withheld++;
        refuse(s, o, now, entered.size() + left.size(), undelivered);
        continue;
      }
      List<Parolee> shown = new ArrayList<>(entered.size());
      for (String cdc : entered) {
        int doc = found.get(cdc);
        Parolee p = decoded.get(doc);
        if (p == null) {
          p = engine.records(after, new ScoreDoc[] {new ScoreDoc(doc, 0f)})[0];
          decoded.put(doc, p);
        }
        shown.add(redactor.redact(p, o.context().user().roles()));
      }
      List<CdcNumber> gone = left.stream().map(CdcNumber::new).toList();
      SavedSearchAlert alert = new SavedSearchAlert(s.id(), s.name(), s.ownerUserId(), now, shown, gone);
      List<String> ids = new ArrayList<>(entered);
      ids.addAll(left);
      try {
        audit.append(AuditEvent.of(o.context(), o.decision(), now)
            .query(cut("alert of saved search " + s.id() + ": " + s.criteria().describe()))
            .recordIds(ids)
            .resultCount((long) ids.size())
            .detail("entered " + entered.size() + ", left " + left.size())
            .sourceApplication(sourceApplication)
            .build());
      } catch (AuditFailedException e) {
        LOG.log(System.Logger.Level.WARNING, () -> "alert of saved search " + s.id()
            + " not delivered: its audit event could not be written");
        undelivered.add(s.id());
        continue;
      }
      try {
        listener.onAlert(alert);
        delivered++;
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, () -> "the alert listener failed for saved search " + s.id() + ": "
            + e.getClass().getName());
        undelivered.add(s.id());
      }
    }
    return new DeltaAlertReport(now, entries, applied, entries - applied, searches.size(), delivered, withheld,
        undelivered);
  }

  /** The owner's access now, or empty if the account or its agency is unknown. */
  private Optional<Owner> decideOwner(SavedSearch s, Instant now) {
    Optional<User> user = accounts.find(s.ownerUserId());
    if (user.isEmpty()) {
      return Optional.empty();
    }
    Optional<Agency> agency = agencies.apply(s.ownerAgencyOri());
    if (agency.isEmpty()) {
      return Optional.empty();
    }
    AccessContext context = AccessContext.of(user.get(), agency.get(), Action.SAVED_SEARCH_ALERT);
    return Optional.of(new Owner(context, accessPolicy.decide(context, now)));
  }

  private void refuse(SavedSearch s, @Nullable Owner owner, Instant now, int withheldRecords, List<String> undelivered) {
    String query = cut("alert of saved search " + s.id() + " withheld: the owner may not receive it now");
    AuditEvent event;
    if (owner == null) {
      boolean registered = accounts.find(s.ownerUserId()).isPresent();
      event = AuditEvent.builder(now, s.ownerUserId(), s.ownerAgencyOri(), Action.SAVED_SEARCH_ALERT, Outcome.DENY)
          .reasonCodes(List.of(registered ? "AGENCY_UNKNOWN" : "ACCOUNT_NOT_REGISTERED"))
          .query(query).resultCount((long) withheldRecords).sourceApplication(sourceApplication).build();
    } else {
      // Policy's denial, e.g. AGENCY_MISMATCH when the account moved to another agency since saving.
      event = AuditEvent.of(owner.context(), owner.decision(), now).query(query).resultCount((long) withheldRecords)
          .sourceApplication(sourceApplication).build();
    }
    try {
      audit.append(event);
    } catch (AuditFailedException e) {
      LOG.log(System.Logger.Level.WARNING, () -> "the refusal of the alert of saved search " + s.id()
          + " could not be audited");
      undelivered.add(s.id());
    }
  }

  private static String cut(String text) {
    return text.length() > 4000 ? text.substring(0, 4000) : text;
  }

  private record Owner(AccessContext context, Decision decision) {}

  /** One point-in-time searcher with the changed records' live documents, per segment. */
  private static final class Snapshot {
    private final IndexSearcher searcher;
    private final @Nullable FixedBitSet[] bits;
    private final int[] counts;
    private final Map<Integer, String> cdcByDoc;
    private final Query candidates;

    private Snapshot(IndexSearcher searcher, @Nullable FixedBitSet[] bits, int[] counts, Map<Integer, String> cdcByDoc) {
      this.searcher = searcher;
      this.bits = bits;
      this.counts = counts;
      this.cdcByDoc = cdcByDoc;
      this.candidates = new CandidateQuery(this);
    }

    static Snapshot of(IndexSearcher searcher, Set<String> cdcs) throws IOException {
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      FixedBitSet[] bits = new FixedBitSet[leaves.size()];
      int[] counts = new int[leaves.size()];
      Map<Integer, String> cdcByDoc = new HashMap<>();
      List<BytesRef> terms = new ArrayList<>(cdcs.size());
      for (String c : new TreeSet<>(cdcs)) {
        terms.add(new BytesRef(c));
      }
      for (LeafReaderContext leaf : leaves) {
        Terms t = leaf.reader().terms(Fields.CDC);
        if (t == null) {
          continue;
        }
        TermsEnum te = t.iterator();
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum postings = null;
        for (BytesRef term : terms) {
          if (!te.seekExact(term)) {
            continue;
          }
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            if (live != null && !live.get(d)) {
              continue;
            }
            if (bits[leaf.ord] == null) {
              bits[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
            }
            bits[leaf.ord].set(d);
            counts[leaf.ord]++;
            cdcByDoc.put(leaf.docBase + d, term.utf8ToString());
          }
        }
      }
      return new Snapshot(searcher, bits, counts, cdcByDoc);
    }

    Query candidates() {
      return candidates;
    }

    Set<String> matches(Query query) throws IOException {
      return matchDocs(query).keySet();
    }

    /** The CDC numbers the query matches among the candidates, with their (top-level) documents. */
    Map<String, Integer> matchDocs(Query query) throws IOException {
      Map<String, Integer> out = new HashMap<>();
      Weight weight = searcher.createWeight(QueryEngine.rewrite(searcher, query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        if (bits[leaf.ord] == null) {
          continue;
        }
        ScorerSupplier supplier = weight.scorerSupplier(leaf);
        if (supplier == null) {
          continue;
        }
        Scorer scorer = supplier.get(counts[leaf.ord]);
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          if (twoPhase == null || twoPhase.matches()) {
            int doc = leaf.docBase + d;
            out.put(cdcByDoc.get(doc), doc);
          }
        }
      }
      return out;
    }
  }

  /** Matches the changed records' documents of one snapshot. */
  private static final class CandidateQuery extends Query {
    private final Snapshot snapshot;

    CandidateQuery(Snapshot snapshot) {
      this.snapshot = snapshot;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new ConstantScoreWeight(this, boost) {
        @Override
        public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) {
          FixedBitSet b = context.ord < snapshot.bits.length ? snapshot.bits[context.ord] : null;
          if (b == null || context.reader() != snapshot.searcher.getIndexReader().leaves().get(context.ord).reader()) {
            return null;
          }
          DocIdSetIterator it = new BitSetIterator(b, snapshot.counts[context.ord]);
          return new Weight.DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, it));
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return false;
        }
      };
    }

    @Override
    public String toString(String field) {
      return "changedRecords(" + snapshot.cdcByDoc.size() + ")";
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return sameClassAs(other) && ((CandidateQuery) other).snapshot == snapshot;
    }

    @Override
    public int hashCode() {
      return classHash() ^ System.identityHashCode(snapshot);
    }
  }

  /** Configures {@link SavedSearchAlerts}. Not thread-safe. */
  public static final class Builder {
    private @Nullable LeadsIndex index;
    private @Nullable SavedSearchStore store;
    private @Nullable LeadsAccessPolicy accessPolicy;
    private @Nullable AccountRegistry accounts;
    private @Nullable Function<String, Optional<Agency>> agencies;
    private @Nullable Redactor redactor;
    private @Nullable AuditTrail audit;
    private @Nullable SavedSearchAlertListener listener;
    private Clock clock = Clock.systemUTC();
    private @Nullable String sourceApplication;

    private Builder() {}

    /** The index deltas are applied to (required); the host opens, commits and closes it. */
    public Builder index(LeadsIndex value) {
      this.index = Check.notNull("index", value);
      return this;
    }

    /** The saved searches to alert on (required). */
    public Builder store(SavedSearchStore value) {
      this.store = Check.notNull("store", value);
      return this;
    }

    /** Who may receive alerts (required). */
    public Builder accessPolicy(LeadsAccessPolicy value) {
      this.accessPolicy = Check.notNull("accessPolicy", value);
      return this;
    }

    /** The issued accounts (required): owners are decided as registered at the alert instant. */
    public Builder accounts(AccountRegistry value) {
      this.accounts = Check.notNull("accounts", value);
      return this;
    }

    /** The agencies by ORI (required, or {@link #agencies(Collection)}): an owner's agency as on file now. */
    public Builder agencies(Function<String, Optional<Agency>> lookup) {
      this.agencies = Check.notNull("agencies", lookup);
      return this;
    }

    /** The agencies on file (a fixed list). */
    public Builder agencies(Collection<Agency> values) {
      Map<String, Agency> byOri = new HashMap<>();
      for (Agency a : Check.copy("agencies", values)) {
        byOri.put(a.ori(), a);
      }
      this.agencies = ori -> Optional.ofNullable(byOri.get(ori));
      return this;
    }

    /** Which fields each role sees (required). */
    public Builder redactor(Redactor value) {
      this.redactor = Check.notNull("redactor", value);
      return this;
    }

    /** Where every alert and refusal is recorded (required). */
    public Builder auditTrail(AuditTrail value) {
      this.audit = Check.notNull("auditTrail", value);
      return this;
    }

    /** The host's receiver of alerts (required). */
    public Builder listener(SavedSearchAlertListener value) {
      this.listener = Check.notNull("listener", value);
      return this;
    }

    /** The clock of the alert instant (default: system UTC). */
    public Builder clock(Clock value) {
      this.clock = Check.notNull("clock", value);
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
    public SavedSearchAlerts build() {
      return new SavedSearchAlerts(this);
    }
  }
}
