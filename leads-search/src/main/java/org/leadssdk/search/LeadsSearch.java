package org.leadssdk.search;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.internal.Check;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccessDeniedException;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.Decision;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.Retention;
import org.leadssdk.policy.Visibility;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditFailedException;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.search.internal.Fields;
import org.leadssdk.search.internal.SearchInternals;

/**
 * The search entry points of the SDK, each with the caller's access context: policy decides first,
 * records that retention hides at the query instant never appear, fields are redacted for the user's
 * roles, and the audit event is written before any data is returned (fail closed). Thread-safe; it owns
 * nothing, so there is nothing to close (the host closes the {@link LeadsIndex}).
 *
 * <pre>{@code
 * LeadsSearch search = LeadsSearch.builder()
 *     .index(index).accessPolicy(policy).redactor(Redactor.create(RedactionProfile.defaults()))
 *     .auditTrail(trail).clock(clock).build();
 * SearchResult page = search.search(AccessContext.of(user, agency, Action.SEARCH),
 *     SearchRequest.builder().term("dragon tattoo").build());
 * }</pre>
 */
public final class LeadsSearch {
  private final LeadsIndex index;
  private final LeadsAccessPolicy accessPolicy;
  private final Redactor redactor;
  private final AuditTrail audit;
  private final Clock clock;
  private final @Nullable String sourceApplication;
  private final QueryEngine engine;

  private LeadsSearch(Builder b) {
    this.index = Check.notNull("index", b.index);
    this.accessPolicy = Check.notNull("accessPolicy", b.accessPolicy);
    this.redactor = Check.notNull("redactor", b.redactor);
    this.audit = Check.notNull("auditTrail", b.audit);
    this.clock = b.clock;
    this.sourceApplication = b.sourceApplication;
    this.engine = new QueryEngine(index.recordCache());
  }

  /** A builder; index, access policy, redactor and audit trail are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs a search for the user in {@code context}.
   *
   * @param context who asks; its action must be {@link Action#SEARCH}
   * @return one page of visible, redacted matches with the total, facets and what retention left out
   * @throws IllegalArgumentException if the context's action is not SEARCH, or a criterion is refused
   *     (a runaway pattern, text without a searchable word)
   * @throws AccessDeniedException if policy denies the user (the denial is audited)
   * @throws AuditFailedException if the audit event cannot be written (no data is returned)
   * @throws IndexUnavailableException if the index cannot be read
   */
  public SearchResult search(AccessContext context, SearchRequest request) {
    Check.notNull("request", request);
    Instant now = clock.instant();
    Decision decision = decide(context, Action.SEARCH, now, request.describe());
    return audit.releaseAfterRecording(
        () -> run(context, request, now),
        result -> event(context, decision, now)
            .query(request.describe())
            .recordIds(result.hits().stream().map(h -> h.record().cdcNumber().value()).toList())
            .resultCount(result.total().lowerBound())
            .build());
  }

  /**
   * Shows one record to the user in {@code context}, redacted for the user's roles.
   *
   * @param context who asks; its action must be {@link Action#VIEW}
   * @return the record, or empty if the index does not hold it or retention hides it now
   * @throws AccessDeniedException if policy denies the user (the denial is audited)
   * @throws AuditFailedException if the audit event cannot be written (no data is returned)
   */
  public Optional<Parolee> view(AccessContext context, CdcNumber cdcNumber) {
    Check.notNull("cdcNumber", cdcNumber);
    Instant now = clock.instant();
    Decision decision = decide(context, Action.VIEW, now, "view " + cdcNumber.value());
    return audit.releaseAfterRecording(
        () -> find(cdcNumber).filter(p -> index.retention().visibility(p, now).visible())
            .map(p -> redactor.redact(p, context.user().roles())),
        found -> event(context, decision, now)
            .query("view " + cdcNumber.value())
            .recordIds(found.map(p -> List.of(p.cdcNumber().value())).orElse(List.of()))
            .resultCount((long) (found.isPresent() ? 1 : 0))
            .build());
  }

  /**
   * Streams every visible match of a request (a data download, not a page) to {@code out}, redacted for
   * the user's roles, and returns the manifest a county reconciles its copy with.
   *
   * <p>The whole export is evaluated at one instant, read from the clock once, so retention is the same
   * for every page; it reads pages of 1,000 with search-after from one snapshot of the index and holds
   * one page at a time (memory grows only with the manifest's CDC numbers, about 7 MB for a million
   * records). The request's page size is not used, and facets and match explanations are not computed.
   * In {@link ExportFormat#GEOJSON} and {@link ExportFormat#KML}, a record without a geocoded current
   * residence is not written and is counted in {@link ExportManifest#withoutLocation()}.
   *
   * <p><b>Audit (fail closed for a stream):</b> an export cannot be computed first and released after
   * its audit event, as {@link #search} does, without holding all of it. So the event (action EXPORT,
   * the query, the decision) is written <em>before</em> the first byte; if it cannot be written, nothing
   * is written to {@code out}. If the export then fails midway (index or output failure), a second event
   * with the same decision records the failure, the records written so far and the cause in its detail,
   * and the original exception is thrown: the output is then incomplete and must be discarded. A failure
   * to write that second event is attached to the thrown exception as suppressed.
   *
   * <pre>{@code
   * try (OutputStream out = Files.newOutputStream(Path.of("county.csv"))) {
   *   ExportManifest manifest = search.export(AccessContext.of(user, agency, Action.EXPORT),
   *       SearchRequest.builder().county(County.SACRAMENTO).build(), ExportFormat.CSV, out);
   * }
   * }</pre>
   *
   * @param context who asks; its action must be {@link Action#EXPORT} (policy requires the DATA_DOWNLOAD
   *     role)
   * @param request the criteria and order; it must not carry a page cursor
   * @param format the format to write
   * @param out where to write; flushed, not closed (it belongs to the caller)
   * @return the manifest: counts, query, instant, SHA-256 of the bytes written and the sorted CDC numbers
   * @throws IllegalArgumentException if the context's action is not EXPORT, or the request carries a page
   *     cursor, or a criterion is refused
   * @throws AccessDeniedException if policy denies the user (the denial is audited, nothing is written)
   * @throws AuditFailedException if the audit event cannot be written (nothing is written)
   * @throws IndexUnavailableException if the index cannot be read (the failure is audited)
   * @throws org.leadssdk.core.feed.FeedIoException or {@link java.io.UncheckedIOException} if {@code out}
   *     fails (the failure is audited)
   */
  public ExportManifest export(AccessContext context, SearchRequest request, ExportFormat format, OutputStream out) {
    Check.notNull("request", request);
    Check.notNull("format", format);
    Check.notNull("out", out);
    Check.argument(request.after() == null,
        () -> "request.after: an export covers all matches; build the request without a page cursor");
    Instant now = clock.instant();
    return streamAudited(context, request, format, now, "export " + format,
        (export, searcher) -> export.run(searcher, request, out));
  }

  /**
   * A "since" download for a county that keeps its own copy of a query's results: streams to {@code out}
   * only what changed in those results after {@code since}, and lists what the county must remove, so
   * that a copy of the results at {@code since} becomes the results now. Redaction, retention, policy and
   * the fail-closed audit are those of {@link #export}; the audit event's detail names the instant.
   *
   * <p><b>What "changed" means.</b> Changes are judged by the source timestamp the feed gave each record
   * and each removal ({@link Parolee#sourceTimestamp()}, {@link org.leadssdk.core.feed.Tombstone}), which a
   * county can reason about, not by when this index applied them. A record is <em>written</em> if it is in
   * the results now (matches, visible under retention) and either its source timestamp is after
   * {@code since} or it was not in the results at {@code since} (retention showed it since, or an age
   * criterion now holds). So a county should pass a {@code since} no later than the newest source
   * timestamp its copy reflects, less the feed's delivery delay: a change that reaches the index late with
   * an older source timestamp is otherwise missed. Writing a record twice is harmless (upserts by version).
   *
   * <p><b>What is listed as removed</b> (see {@link RemovalReason}): a removal by the source after
   * {@code since}; a record changed after {@code since} that is not in the results now; and a record
   * unchanged since then that was in the results at {@code since} and is not now (retention hid it). The
   * index keeps only each record's latest version, so it cannot tell whether a changed record or a removed
   * one was in the results before: those are listed whatever the query and may name records the county
   * never held (their CDC number, version and source timestamp only; no other field), which it ignores.
   * Nothing that left the results is missed, under the condition on {@code since} above. Removals of
   * records the index never held, and removals by the source at or before {@code since}, are not listed.
   *
   * <p><b>The stream.</b> In {@link ExportFormat#NDJSON}: the changed records as upsert lines (in the
   * request's order), then one tombstone line per removal, sorted by CDC number, in the feed format
   * ({@code {"tombstone":{"cdcNumber":"AB1234","recordVersion":8,"sourceTimestamp":"…"}}}); for a record
   * that is still live but left the results, the version and timestamp are the record's own (so an index
   * that holds that same version treats the line as stale; it applies the same retention itself). In
   * {@link ExportFormat#CSV}: the changed rows only; the removals are in the manifest
   * ({@link ChangeManifest#removedCdcNumbers()}). GeoJSON and KML cannot carry removals and are refused.
   * Memory grows only with the two CDC lists of the manifest.
   *
   * @param context who asks; its action must be {@link Action#EXPORT}
   * @param request the criteria and order; it must not carry a page cursor
   * @param since changes strictly after this instant are reported; not after the clock's now
   * @param format {@link ExportFormat#CSV} or {@link ExportFormat#NDJSON}
   * @param out where to write; flushed, not closed
   * @return the manifest: changed and removed CDC numbers, counts by removal reason, SHA-256 of the bytes
   * @throws IllegalArgumentException if the action is not EXPORT, the request carries a page cursor, the
   *     format is GeoJSON or KML, {@code since} is after now, or a criterion is refused (nothing is audited
   *     or written for these)
   * @throws AccessDeniedException if policy denies the user (the denial is audited, nothing is written)
   * @throws AuditFailedException if the audit event cannot be written (nothing is written)
   * @throws IndexUnavailableException if the index cannot be read (the failure is audited)
   */
  public ChangeManifest exportSince(AccessContext context, SearchRequest request, Instant since, ExportFormat format,
      OutputStream out) {
    Check.notNull("request", request);
    Check.notNull("since", since);
    Check.notNull("format", format);
    Check.notNull("out", out);
    Check.argument(request.after() == null,
        () -> "request.after: a since download covers all matches; build the request without a page cursor");
    Check.argument(!format.needsLocation(),
        () -> "format: " + format + " cannot carry removals; a since download is CSV or NDJSON");
    Instant now = clock.instant();
    Check.argument(!since.isAfter(now),
        () -> "since: " + since + " is after now (" + now + "); a since download reports changes up to now");
    return streamAudited(context, request, format, now, "export " + format + " since " + since,
        (export, searcher) -> export.runSince(searcher, request, since, out));
  }

  /** One streamed download: policy, the start event, the run on one searcher, a failure event if it fails. */
  private <T> T streamAudited(AccessContext context, SearchRequest request, ExportFormat format, Instant now,
      String what, ExportBody<T> body) {
    String query = request.describe();
    Decision decision = decide(context, Action.EXPORT, now, query);
    audit.append(event(context, decision, now).query(query).detail(what + " started").build());
    ExportRun export = new ExportRun(engine, redactor, context.user().roles(), format, now,
        index.policyConfig().zone());
    IndexSearcher searcher;
    try {
      searcher = index.acquire();
    } catch (RuntimeException e) {
      auditFailure(context, decision, now, query, what, 0, e);
      throw e;
    }
    try {
      return body.run(export, searcher);
    } catch (IOException e) {
      IndexUnavailableException failure = new IndexUnavailableException("cannot read the index for the export", e);
      auditFailure(context, decision, now, query, what, export.written(), failure);
      throw failure;
    } catch (RuntimeException e) {
      auditFailure(context, decision, now, query, what, export.written(), e);
      throw e;
    } finally {
      index.release(searcher);
    }
  }

  /** The part of a download that reads the index and writes the stream. */
  private interface ExportBody<T> {
    T run(ExportRun export, IndexSearcher searcher) throws IOException;
  }

  /**
   * Whether the record may be shown now, until when and why (the retention verdict), without showing it.
   * The verdict tells that the index holds the CDC number and, for a discharged record, when it was
   * discharged, so it is asked as a view: policy decides first and the answer is audited (query
   * {@code "visibility <CDC>"}, the CDC number as the record shown when the index holds it).
   *
   * @param context who asks; its action must be {@link Action#VIEW}
   * @return the verdict, or empty if the index does not hold the CDC number (or holds its removal)
   * @throws AccessDeniedException if policy denies the user (the denial is audited)
   * @throws AuditFailedException if the audit event cannot be written (no verdict is returned)
   */
  public Optional<Visibility> visibility(AccessContext context, CdcNumber cdcNumber) {
    Check.notNull("cdcNumber", cdcNumber);
    Instant now = clock.instant();
    String what = "visibility " + cdcNumber.value();
    Decision decision = decide(context, Action.VIEW, now, what);
    return audit.releaseAfterRecording(
        () -> find(cdcNumber).map(p -> index.retention().visibility(p, now)),
        found -> event(context, decision, now)
            .query(what)
            .recordIds(found.isPresent() ? List.of(cdcNumber.value()) : List.of())
            .resultCount((long) (found.isPresent() ? 1 : 0))
            .build());
  }

  // --- internals ---

  private Decision decide(AccessContext context, Action expected, Instant now, String what) {
    Check.notNull("context", context);
    Check.argument(context.action() == expected,
        () -> "context.action must be " + expected + " for this call, got " + context.action());
    Decision decision = accessPolicy.decide(context, now);
    if (!decision.permitted()) {
      audit.append(event(context, decision, now).query(what).build());
      throw new AccessDeniedException(decision);
    }
    return decision;
  }

  private void auditFailure(AccessContext context, Decision decision, Instant now, String query,
      String what, long written, RuntimeException cause) {
    String detail = what + " failed after " + written + " records: " + cause.getClass().getSimpleName()
        + ": " + cause.getMessage();
    try {
      audit.append(event(context, decision, now).query(query).resultCount(written)
          .detail(detail.length() > 2000 ? detail.substring(0, 2000) : detail).build());
    } catch (RuntimeException auditFailure) {
      cause.addSuppressed(auditFailure);
    }
  }

  private AuditEvent.Builder event(AccessContext context, Decision decision, Instant now) {
    return AuditEvent.of(context, decision, now).sourceApplication(sourceApplication);
  }

  private SearchResult run(AccessContext context, SearchRequest request, Instant now) {
    IndexSearcher searcher = index.acquire();
    try {
      QueryEngine.Page page = engine.run(searcher, request, now, index.policyConfig().zone());
      LocalDate today = LocalDate.ofInstant(now, index.policyConfig().zone());
      List<Parolee> shown = new ArrayList<>(page.hits().size());
      for (QueryEngine.RawHit raw : page.hits()) {
        shown.add(redactor.redact(raw.record(), context.user().roles()));
      }
      List<List<MatchedField>> matched = request.explain() ? MatchExplainer.explainAll(request, shown, today) : null;
      List<Hit> hits = new ArrayList<>(shown.size());
      for (int i = 0; i < shown.size(); i++) {
        QueryEngine.RawHit raw = page.hits().get(i);
        hits.add(new Hit(shown.get(i), raw.score(), raw.distanceMeters(), matched == null ? List.of() : matched.get(i)));
      }
      return new SearchResult(hits, page.total(), page.facets(), page.omitted(), page.next(), now);
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot search the index", e);
    } finally {
      index.release(searcher);
    }
  }

  private Optional<Parolee> find(CdcNumber cdc) {
    IndexSearcher searcher = index.acquire();
    try {
      Query live = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.CDC, cdc.value())), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Fields.TOMBSTONE, "1")), BooleanClause.Occur.MUST_NOT)
          .build();
      TopDocs docs = searcher.search(live, 1);
      for (ScoreDoc sd : docs.scoreDocs) {
        Parolee[] records = engine.records(searcher, new ScoreDoc[] {sd});
        if (records[0] != null) {
          return Optional.of(records[0]);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot read record " + cdc + " from the index", e);
    } finally {
      index.release(searcher);
    }
  }

  static {
    SearchInternals.install(new Internals());
  }

  /**
   * This search's machinery for the composed operations of the module (photo line-ups), which decide,
   * read and audit as one operation; not reachable from outside the module.
   */
  private static final class Internals implements SearchInternals {
    @Override
    public Instant now(LeadsSearch search) {
      return search.clock.instant();
    }

    @Override
    public ZoneId zone(LeadsSearch search) {
      return search.index.policyConfig().zone();
    }

    @Override
    public Decision decide(LeadsSearch search, AccessContext context, Action expected, Instant now, String what) {
      return search.decide(context, expected, now, what);
    }

    @Override
    public Optional<Parolee> visible(LeadsSearch search, CdcNumber cdcNumber, Instant now) {
      return search.find(cdcNumber).filter(p -> search.index.retention().visibility(p, now).visible());
    }

    @Override
    public long forEachVisible(LeadsSearch search, SearchRequest request, Instant now, Consumer<Parolee> each) {
      IndexSearcher searcher = search.index.acquire();
      try {
        long passed = 0;
        @Nullable PageCursor after = null;
        do {
          QueryEngine.Page page = search.engine.run(searcher, ExportRun.pageOf(request, after), now, zone(search));
          for (QueryEngine.RawHit hit : page.hits()) {
            each.accept(hit.record());
            passed++;
          }
          after = page.next();
        } while (after != null);
        return passed;
      } catch (IOException e) {
        throw new IndexUnavailableException("cannot read the index", e);
      } finally {
        search.index.release(searcher);
      }
    }

    @Override
    public Redactor redactor(LeadsSearch search) {
      return search.redactor;
    }

    @Override
    public AuditTrail auditTrail(LeadsSearch search) {
      return search.audit;
    }

    @Override
    public AuditEvent.Builder event(LeadsSearch search, AccessContext context, Decision decision, Instant at) {
      return search.event(context, decision, at);
    }
  }

  /** Configures a {@link LeadsSearch}. Not thread-safe. */
  public static final class Builder {
    private @Nullable LeadsIndex index;
    private @Nullable LeadsAccessPolicy accessPolicy;
    private @Nullable Redactor redactor;
    private @Nullable AuditTrail audit;
    private Clock clock = Clock.systemUTC();
    private @Nullable String sourceApplication;

    private Builder() {}

    /** The index to search (required); the host opens and closes it. */
    public Builder index(LeadsIndex value) {
      this.index = Check.notNull("index", value);
      return this;
    }

    /** Who may search and view (required). */
    public Builder accessPolicy(LeadsAccessPolicy value) {
      this.accessPolicy = Check.notNull("accessPolicy", value);
      return this;
    }

    /** Which fields each role sees (required). */
    public Builder redactor(Redactor value) {
      this.redactor = Check.notNull("redactor", value);
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

    /** The host application's name, recorded as the source of each audit event (CJIS "source"). */
    public Builder sourceApplication(String value) {
      this.sourceApplication = Check.text("sourceApplication", value, 100);
      return this;
    }

    /**
     * Builds the service.
     *
     * @throws NullPointerException naming the first required part that is missing
     */
    public LeadsSearch build() {
      return new LeadsSearch(this);
    }
  }
}
