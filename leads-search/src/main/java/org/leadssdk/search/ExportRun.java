package org.leadssdk.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.feed.CsvCountyDownload;
import org.leadssdk.core.feed.NdjsonFeedWriter;
import org.leadssdk.core.feed.Tombstone;
import org.leadssdk.geo.GeoJsonWriter;
import org.leadssdk.geo.KmlWriter;
import org.leadssdk.geo.MapFeature;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.Role;
import org.leadssdk.search.internal.DocumentMapper;
import org.leadssdk.search.internal.Fields;
import org.leadssdk.search.internal.KeepOpenOutputStream;

/**
 * One data download: pages through all visible matches of a request with search-after (pages of
 * {@value #PAGE_SIZE}, one searcher and one instant throughout, so the pages form one consistent snapshot),
 * redacts each record and streams it in the format, counting and hashing as it goes. Memory stays bounded
 * by one page plus the CDC numbers of the index file (and, for a since download, of the removals). Not
 * thread-safe; one instance per export.
 */
final class ExportRun {
  /** Records fetched per page. */
  static final int PAGE_SIZE = 1000;

  private final QueryEngine engine;
  private final Redactor redactor;
  private final Set<Role> roles;
  private final ExportFormat format;
  private final Instant now;
  private final ZoneId zone;

  private final List<String> cdcNumbers = new ArrayList<>();
  private final List<String> removed = new ArrayList<>();
  private long withoutLocation;

  ExportRun(QueryEngine engine, Redactor redactor, Set<Role> roles, ExportFormat format, Instant now,
      ZoneId zone) {
    this.engine = engine;
    this.redactor = redactor;
    this.roles = roles;
    this.format = format;
    this.now = now;
    this.zone = zone;
  }

  /** How many records (and removals, in a since download) were written so far. */
  long written() {
    return cdcNumbers.size() + removed.size();
  }

  /**
   * Streams every visible match of {@code request} to {@code out}, which is flushed, not closed.
   *
   * @throws IOException if the index cannot be read
   * @throws UncheckedIOException or {@link org.leadssdk.core.feed.FeedIoException} if {@code out} fails
   */
  ExportManifest run(IndexSearcher searcher, SearchRequest request, OutputStream out) throws IOException {
    MessageDigest sha256 = sha256();
    DigestOutputStream digest = new DigestOutputStream(out, sha256);
    RecordSink sink = open(new KeepOpenOutputStream(digest));
    long omitted = writeMatches(searcher, request, null, sink);
    finish(sink, digest);
    return new ExportManifest(format, request.describe(), now, cdcNumbers.size(), withoutLocation, omitted,
        HexFormat.of().formatHex(sha256.digest()), cdcNumbers);
  }

  /**
   * Streams the changes of the results of {@code request} since {@code since} to {@code out} (CSV or
   * NDJSON), which is flushed, not closed: the records in the results now that changed at the source
   * after {@code since} or entered the results without a change, then (NDJSON only) a tombstone line for
   * each removal, sorted by CDC number. See {@link RemovalReason} for what is listed as a removal.
   *
   * @throws IOException if the index cannot be read
   * @throws UncheckedIOException or {@link org.leadssdk.core.feed.FeedIoException} if {@code out} fails
   */
  ChangeManifest runSince(IndexSearcher searcher, SearchRequest request, Instant since, OutputStream out)
      throws IOException {
    long sinceKey = DocumentMapper.sourceTimeKey(since);
    Query changed = sinceKey == Long.MAX_VALUE
        ? new MatchNoDocsQuery("no source timestamp is after the largest one")
        : LongPoint.newRangeQuery(Fields.SOURCE_TIME, sinceKey + 1, Long.MAX_VALUE);
    Query unchanged = LongPoint.newRangeQuery(Fields.SOURCE_TIME, Long.MIN_VALUE, sinceKey);
    Query tombstone = new TermQuery(new Term(Fields.TOMBSTONE, "1"));
    Query held;
    Query removals;
    try {
      Query inNow = engine.resultsAt(request, now, zone);
      Query inThen = engine.resultsAt(request, since, zone);
      // Unchanged and already in the results at `since`: the county holds it as it is.
      held = new BooleanQuery.Builder()
          .add(unchanged, BooleanClause.Occur.FILTER)
          .add(inThen, BooleanClause.Occur.FILTER)
          .build();
      removals = new BooleanQuery.Builder()
          .add(new BooleanQuery.Builder()
              .add(tombstone, BooleanClause.Occur.FILTER)
              .add(changed, BooleanClause.Occur.FILTER)
              .build(), BooleanClause.Occur.SHOULD)
          .add(new BooleanQuery.Builder()
              .add(changed, BooleanClause.Occur.FILTER)
              .add(tombstone, BooleanClause.Occur.MUST_NOT)
              .add(inNow, BooleanClause.Occur.MUST_NOT)
              .build(), BooleanClause.Occur.SHOULD)
          .add(new BooleanQuery.Builder()
              .add(held, BooleanClause.Occur.FILTER)
              .add(inNow, BooleanClause.Occur.MUST_NOT)
              .build(), BooleanClause.Occur.SHOULD)
          .build();

      // Expanded once, before the first byte: the criteria appear three times here, and a request that
      // expands past Lucene's clause limit is refused with the reason rather than with Lucene's exception.
      held = QueryEngine.rewrite(searcher, held);
      removals = QueryEngine.rewrite(searcher, removals);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryEngine.tooManyClauses(e);
    }

    MessageDigest sha256 = sha256();
    DigestOutputStream digest = new DigestOutputStream(out, sha256);
    RecordSink sink = open(new KeepOpenOutputStream(digest));
    writeMatches(searcher, request, held, sink);
    Map<RemovalReason, Long> reasons = new EnumMap<>(RemovalReason.class);
    for (RemovalReason r : RemovalReason.values()) {
      reasons.put(r, 0L);
    }
    Sort byCdc = new Sort(new SortField(Fields.CDC, SortField.Type.STRING));
    FieldDoc after = null;
    while (true) {
      TopDocs page = after == null
          ? searcher.search(removals, PAGE_SIZE, byCdc)
          : searcher.searchAfter(after, removals, PAGE_SIZE, byCdc);
      ScoreDoc[] hits = page.scoreDocs;
      for (Removal removal : removalsOf(searcher, hits, sinceKey)) {
        reasons.merge(removal.reason(), 1L, Long::sum);
        sink.remove(removal.entry());
        removed.add(removal.entry().cdcNumber().value());
      }
      if (hits.length < PAGE_SIZE) {
        break;
      }
      after = (FieldDoc) hits[hits.length - 1];
    }
    finish(sink, digest);
    return new ChangeManifest(format, request.describe(), since, now, cdcNumbers.size(), removed.size(), reasons,
        HexFormat.of().formatHex(sha256.digest()), cdcNumbers, removed);
  }

  /** Writes the visible matches of {@code request} not matched by {@code exclude}; returns the retention count. */
  private long writeMatches(IndexSearcher searcher, SearchRequest request, @Nullable Query exclude, RecordSink sink)
      throws IOException {
    SearchRequest page = pageOf(request, null);
    long omitted = -1;
    while (true) {
      QueryEngine.Page result = engine.run(searcher, page, now, zone, exclude);
      if (omitted < 0) {
        omitted = result.omitted();
      }
      for (QueryEngine.RawHit hit : result.hits()) {
        Parolee shown = redactor.redact(hit.record(), roles);
        if (sink.write(shown)) {
          cdcNumbers.add(shown.cdcNumber().value());
        } else {
          withoutLocation++;
        }
      }
      PageCursor next = result.next();
      if (next == null) {
        return omitted;
      }
      page = pageOf(request, next);
    }
  }

  private static void finish(RecordSink sink, DigestOutputStream digest) {
    sink.finish();
    try {
      digest.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flush the export's output", e);
    }
  }

  /**
   * The removal entries of a page of hits sorted by CDC number: read from doc values (no record is
   * decoded), visiting the documents in id order per segment, returned in hit order. A live record's
   * entry carries its own version and source timestamp; a tombstone's, the removal's.
   */
  private static Removal[] removalsOf(IndexSearcher searcher, ScoreDoc[] hits, long sinceKey) throws IOException {
    Integer[] order = QueryEngine.docOrder(hits);
    Removal[] out = new Removal[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    NumericDocValues version = null;
    NumericDocValues sourceTime = null;
    NumericDocValues tomb = null;
    for (int i : order) {
      int doc = hits[i].doc;
      int target = ReaderUtil.subIndex(doc, leaves);
      if (target != leafIndex) {
        leafIndex = target;
        leaf = leaves.get(target);
        version = leaf.reader().getNumericDocValues(Fields.VERSION);
        sourceTime = leaf.reader().getNumericDocValues(Fields.SOURCE_TIME);
        tomb = leaf.reader().getNumericDocValues(Fields.TOMBSTONE);
      }
      int local = doc - leaf.docBase;
      if (version == null || sourceTime == null || !version.advanceExact(local) || !sourceTime.advanceExact(local)) {
        throw new IllegalStateException("a document has no version or source timestamp; the index may be damaged");
      }
      String cdc = ((BytesRef) ((FieldDoc) hits[i]).fields[0]).utf8ToString();
      long time = sourceTime.longValue();
      RemovalReason reason = tomb != null && tomb.advanceExact(local) ? RemovalReason.DELETED_AT_SOURCE
          : time > sinceKey ? RemovalReason.CHANGED_OUT_OF_RESULTS
          : RemovalReason.LEFT_RESULTS;
      out[i] = new Removal(new Tombstone(new CdcNumber(cdc), version.longValue(), DocumentMapper.sourceTime(time)),
          reason);
    }
    return out;
  }


  /** The request's criteria and order with a page of {@value #PAGE_SIZE} after {@code after}, no facets. */
  static SearchRequest pageOf(SearchRequest r, @Nullable PageCursor after) {
    return new SearchRequest(r.term(), r.lastName(), r.firstName(), r.cdcNumber(), r.dateOfBirthFrom(),
        r.dateOfBirthTo(), r.ageMin(), r.ageMax(), r.heightMinInches(), r.heightMaxInches(), r.weightMinPounds(),
        r.weightMaxPounds(), r.sexes(), r.races(), r.hairColors(), r.eyeColors(), r.smtText(), r.smtCode(),
        r.plate(), r.offense(), r.registrations(), r.statuses(), r.levels(), r.agent(), r.paroleUnit(),
        r.countyUnit(), r.county(), r.zip(), r.geo(), r.sort(), PAGE_SIZE, after, Set.of(), false, false);
  }

  private RecordSink open(OutputStream target) {
    return switch (format) {
      case CSV -> {
        CsvCountyDownload csv = CsvCountyDownload.to(target);
        yield new RecordSink() {
          @Override public boolean write(Parolee p) {
            csv.write(p);
            return true;
          }

          @Override public void finish() {
            csv.close();
          }
        };
      }
      case NDJSON -> {
        NdjsonFeedWriter ndjson = NdjsonFeedWriter.to(target);
        yield new RecordSink() {
          @Override public boolean write(Parolee p) {
            ndjson.write(p);
            return true;
          }

          @Override public void remove(Tombstone removal) {
            ndjson.write(removal);
          }

          @Override public void finish() {
            ndjson.close();
          }
        };
      }
      case GEOJSON -> {
        GeoJsonWriter json = GeoJsonWriter.create(target);
        yield located(json::write, json::close);
      }
      case KML -> {
        KmlWriter kml = KmlWriter.create(target, "LEADS data download " + now);
        yield located(kml::write, kml::close);
      }
    };
  }

  private static RecordSink located(java.util.function.Consumer<MapFeature> write, Runnable close) {
    return new RecordSink() {
      @Override public boolean write(Parolee p) {
        Optional<MapFeature> feature = MapFeature.fromParolee(p);
        feature.ifPresent(write);
        return feature.isPresent();
      }

      @Override public void finish() {
        close.run();
      }
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the Java platform must provide SHA-256", e);
    }
  }

  /** A removal of a since download: the tombstone line to write and why. */
  private record Removal(Tombstone entry, RemovalReason reason) {}

  /** Writes one record; false if the format cannot carry it (no location). */
  private interface RecordSink {
    boolean write(Parolee p);

    /** Writes a removal, if the format carries removals in the stream (NDJSON only). */
    default void remove(Tombstone removal) {}

    void finish();
  }
}
