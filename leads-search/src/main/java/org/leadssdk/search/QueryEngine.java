package org.leadssdk.search;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.geo.Polygon;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SloppyMath;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.Coded;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.geo.Area;
import org.leadssdk.geo.BoundingBox;
import org.leadssdk.geo.Circle;
import org.leadssdk.geo.Counties;
import org.leadssdk.geo.Shape;
import org.leadssdk.search.internal.CircleDocValuesQuery;
import org.leadssdk.search.internal.DocumentMapper;
import org.leadssdk.search.internal.FacetCounter;
import org.leadssdk.search.internal.Fields;
import org.leadssdk.search.internal.LocationGrid;
import org.leadssdk.search.internal.NamePageCollectorManager;
import org.leadssdk.search.internal.NearestPoints;
import org.leadssdk.search.internal.PlatePatterns;
import org.leadssdk.search.internal.RecordCache;
import org.leadssdk.search.internal.RelevancePageCollectorManager;
import org.leadssdk.search.internal.SharedWeightQuery;
import org.leadssdk.search.internal.TextQueries;
import org.leadssdk.search.internal.VisibilityFilter;
import org.leadssdk.search.internal.VisibleOnlyCollectorManager;

/**
 * Runs a {@link SearchRequest} against a searcher at an instant: builds the Lucene query, applies the
 * retention filter, sorts, pages, counts facets and decodes the page's records. Policy checks, redaction
 * and audit are the caller's ({@link LeadsSearch}). Thread-safe.
 */
final class QueryEngine {
  /**
   * Counting of a relevance-sorted search stops here when its criteria are broad (see
   * {@link #BROAD_FRACTION}), unless the request asks for an exact total or facets; the total is then a
   * lower bound.
   */
  static final int TOTAL_HITS_THRESHOLD = 1_000;
  /**
   * A relevance-sorted search whose criteria Lucene's cost estimates put above this fraction of the index
   * (1 / 8) is broad: its page is found by skipping on scores and what retention hides is counted apart.
   * The estimate is taken in the largest segment and scaled to the index
   * ({@link SharedWeightQuery#estimatedMatches}). The estimates overstate or-ed words, names (exact,
   * sounds-alike and typo tiers are summed) and prefixes, so some searches below the fraction take that
   * path too; they understate criteria whose matches sit mostly in the smaller, newer segments (records
   * changed since the last large merge), which are then counted whole however broad. Other searches are
   * counted whole.
   */
  static final int BROAD_FRACTION = 8;

  private final VisibilityFilter visibility = new VisibilityFilter();
  private final LocationGrid.Cache locations = new LocationGrid.Cache(Fields.LOCATION);
  private final int broadFraction;
  private final int totalHitsThreshold;
  private final RecordCache recordCache;

  /** An engine that decodes every record it shows (keeps none between searches). */
  QueryEngine() {
    this(new RecordCache(0));
  }

  /** An engine that keeps decoded records in {@code recordCache} (the index's). */
  QueryEngine(RecordCache recordCache) {
    this(BROAD_FRACTION, TOTAL_HITS_THRESHOLD, recordCache);
  }

  /**
   * For tests: {@code broadFraction} {@code Integer.MAX_VALUE} makes every relevance search broad (so does
   * an index of fewer than {@code broadFraction} documents), and a small {@code totalHitsThreshold} makes a
   * small index's broad searches skip by score.
   */
  QueryEngine(int broadFraction, int totalHitsThreshold) {
    this(broadFraction, totalHitsThreshold, new RecordCache(0));
  }

  private QueryEngine(int broadFraction, int totalHitsThreshold, RecordCache recordCache) {
    this.broadFraction = Math.max(1, broadFraction);
    this.totalHitsThreshold = totalHitsThreshold;
    this.recordCache = recordCache;
  }

  /** One decoded hit before redaction. */
  record RawHit(Parolee record, float score, OptionalDouble distanceMeters) {}

  /** A page before redaction. */
  record Page(List<RawHit> hits, Total total, Map<FacetDimension, List<FacetCount>> facets, long omitted,
      @Nullable PageCursor next) {}

  Page run(IndexSearcher searcher, SearchRequest request, Instant now, ZoneId zone) throws IOException {
    return run(searcher, request, now, zone, null);
  }

  /**
   * Runs the request; if {@code exclude} is given, documents it matches are left out of the hits and the
   * total (not out of the retention count).
   */
  Page run(IndexSearcher searcher, SearchRequest request, Instant now, ZoneId zone, @Nullable Query exclude)
      throws IOException {
    LocalDate today = LocalDate.ofInstant(now, zone);
    Query unrewritten = criteria(request, today);
    long nowMillis = now.toEpochMilli();
    SortOrder order = request.effectiveSort();
    FieldDoc after = request.after() == null ? null : after(order, request.after());
    if (exclude == null && isNearestPage(request, unrewritten)) {
      GeoFilter.Within within = (GeoFilter.Within) java.util.Objects.requireNonNull(request.geo());
      NearestPoints.Result nearest = NearestPoints.nearest(searcher, locations, within.center().latitude(),
          within.center().longitude(), within.radius().meters(), request.pageSize(), after, visibility, nowMillis);
      return page(searcher, request, order, nearest.hits(), new Total(nearest.matches(), nearest.exact()), Map.of(),
          nearest.hidden());
    }
    // Rewritten once: fuzzy and prefix expansion is the costly part of a name query.
    Query criteria = rewrite(searcher, unrewritten);

    CollectorManager<? extends Collector, ? extends TopDocs> top;
    if (order == SortOrder.NAME) {
      // Compares the segments' name ordinals and looks up only the names of the page (same page as the sort).
      top = new NamePageCollectorManager(request.pageSize(), after);
    } else {
      Sort sort = sort(order, request);
      // A distance order visits every match whatever the threshold (nothing to skip by): count them all.
      boolean exact = request.exactTotal() || !request.facets().isEmpty() || order == SortOrder.DISTANCE;
      if (!exact && exclude == null) {
        // Criteria that match few documents are counted whole, in the one pass that filters by retention
        // and counts what it hides: cheaper than skipping by score and then checking every hidden record
        // against the criteria. Broad criteria (a common word) skip by score. The weight built to tell
        // them apart serves the search.
        SharedWeightQuery shared = new SharedWeightQuery(searcher, criteria, ScoreMode.COMPLETE);
        long broad = searcher.getIndexReader().maxDoc() / broadFraction;
        if (broad > 0 && shared.estimatedMatches(searcher.getIndexReader()) <= broad) {
          exact = true;
          criteria = shared;
        }
      }
      if (exact && order == SortOrder.RELEVANCE) {
        // Same page as the sort; reads the CDC keys of the many matches that tie on score in batches.
        top = new RelevancePageCollectorManager(request.pageSize(), after);
      } else {
        top = new TopFieldCollectorManager(sort, request.pageSize(), after, exact ? Integer.MAX_VALUE : totalHitsThreshold);
      }
    }

    // Where the collectors see every match (no score-based skipping), one pass filters by retention and
    // counts what it hides; otherwise the filter goes into the query and the hidden matches are counted
    // by a second, cheap conjunction.
    boolean onePass = exclude == null
        && VisibleOnlyCollectorManager.wraps(top.newCollector().scoreMode());
    TopDocs docs;
    Map<FacetDimension, List<FacetCount>> facets = Map.of();
    long omitted;
    if (request.facets().isEmpty()) {
      Collected<? extends TopDocs> collected = collect(searcher, criteria, exclude, top, onePass, nowMillis);
      docs = collected.result();
      omitted = collected.hidden();
    } else {
      List<String> fields = request.facets().stream().map(QueryEngine::facetField).toList();
      Collected<Object[]> collected = collect(searcher, criteria, exclude,
          new MultiCollectorManager(top, new FacetCounter(fields)), onePass, nowMillis);
      docs = (TopDocs) collected.result()[0];
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Long>> counted = (Map<String, Map<String, Long>>) collected.result()[1];
      facets = facets(counted, request.facets());
      omitted = collected.hidden();
    }
    Total total = new Total(docs.totalHits.value(), docs.totalHits.relation() == TotalHits.Relation.EQUAL_TO);
    return page(searcher, request, order, docs.scoreDocs, total, facets, omitted);
  }

  /**
   * The criteria rewritten (prefix and typo words expanded). Expansion within the search term's bounds
   * stays far below Lucene's limit of clauses; should a host have lowered that limit (it is one setting
   * for the whole JVM), the request is refused with the reason rather than with Lucene's exception.
   */
  static Query rewrite(IndexSearcher searcher, Query criteria) throws IOException {
    try {
      return searcher.rewrite(criteria);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(e);
    }
  }

  static IllegalArgumentException tooManyClauses(IndexSearcher.TooManyClauses e) {
    return new IllegalArgumentException("criteria: expand to more than " + IndexSearcher.getMaxClauseCount()
        + " clauses, the limit of this JVM; use fewer words, * or ~", e);
  }

  /**
   * Whether the request is a page of the nearest records within a radius and nothing else (no other
   * criterion, no facets, no exact total): then the location grids give it without visiting every match.
   */
  private static boolean isNearestPage(SearchRequest request, Query criteria) {
    if (request.effectiveSort() != SortOrder.DISTANCE || request.exactTotal() || !request.facets().isEmpty()
        || !(request.geo() instanceof GeoFilter.Within)) {
      return false;
    }
    // Decided on the query itself, so that a criterion added to requests later can never be skipped here.
    return criteria instanceof BooleanQuery b && b.clauses().size() == 1
        && b.clauses().get(0).occur() == BooleanClause.Occur.FILTER
        && b.clauses().get(0).query().equals(geoQuery(request.geo()));
  }

  /** Decodes the page's records and makes the cursor of the next page. */
  private Page page(IndexSearcher searcher, SearchRequest request, SortOrder order, ScoreDoc[] scoreDocs,
      Total total, Map<FacetDimension, List<FacetCount>> facets, long omitted) throws IOException {
    List<RawHit> hits = new ArrayList<>(scoreDocs.length);
    Parolee[] records = records(searcher, scoreDocs);
    GeoPoint origin = request.geo() instanceof GeoFilter.Within w ? w.center() : null;
    for (int i = 0; i < scoreDocs.length; i++) {
      FieldDoc fd = (FieldDoc) scoreDocs[i];
      Parolee record = records[i];
      OptionalDouble distance = OptionalDouble.empty();
      if (order == SortOrder.DISTANCE) {
        distance = OptionalDouble.of((Double) fd.fields[0]);
      } else if (origin != null) {
        distance = distanceTo(origin, record);
      }
      float score = order == SortOrder.RELEVANCE ? (Float) fd.fields[0] : 0f;
      hits.add(new RawHit(record, score, distance));
    }

    PageCursor next = null;
    if (scoreDocs.length == request.pageSize()) {
      FieldDoc last = (FieldDoc) scoreDocs[scoreDocs.length - 1];
      next = cursor(order, last);
    }
    return new Page(hits, total, facets, omitted, next);
  }

  /**
   * The documents in the results of {@code request} at {@code instant}: its criteria with that instant's
   * date (ages), live and visible under retention at that instant. Without scores.
   */
  Query resultsAt(SearchRequest request, Instant instant, ZoneId zone) {
    return new BooleanQuery.Builder()
        .add(criteria(request, LocalDate.ofInstant(instant, zone)), BooleanClause.Occur.FILTER)
        .add(visibility.excludedAt(instant.toEpochMilli()), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /** What a search collected, and how many matches retention hid. */
  private record Collected<T>(T result, long hidden) {}

  /**
   * Runs {@code manager} over the visible matches: filtering in the collector and counting the hidden
   * matches in the same pass if {@code onePass}, else through {@link #collectScored}.
   */
  private <C extends Collector, T> Collected<T> collect(IndexSearcher searcher, Query criteria,
      @Nullable Query exclude, CollectorManager<C, T> manager, boolean onePass, long nowMillis) throws IOException {
    if (onePass) {
      VisibleOnlyCollectorManager<C, T> filtered = new VisibleOnlyCollectorManager<>(manager, visibility, nowMillis);
      return new Collected<>(searcher.search(criteria, filtered), filtered.hidden());
    }
    return collectScored(searcher, criteria, exclude, manager, manager.newCollector().scoreMode(), nowMillis);
  }

  /**
   * The scored search where the collector may skip matches by score: the criteria's weight is built once
   * and serves both the page (criteria without what may not be shown) and the count of the matches
   * retention hides, checked document by document among the hidden ones.
   */
  private <C extends Collector, T> Collected<T> collectScored(IndexSearcher searcher, Query criteria,
      @Nullable Query exclude, CollectorManager<C, T> manager, ScoreMode mode, long nowMillis) throws IOException {
    SharedWeightQuery shared = new SharedWeightQuery(searcher, criteria, mode);
    BooleanQuery.Builder visible = new BooleanQuery.Builder()
        .add(shared, BooleanClause.Occur.MUST)
        .add(visibility.excludedAt(nowMillis), BooleanClause.Occur.MUST_NOT);
    if (exclude != null) {
      visible.add(exclude, BooleanClause.Occur.MUST_NOT);
    }
    T result = searcher.search(visible.build(), manager);
    long hidden = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FixedBitSet bits = visibility.viewAt(leaf.reader(), nowMillis).hidden();
      if (bits != null) {
        hidden += shared.countAmong(leaf, bits);
      }
    }
    return new Collected<>(result, hidden);
  }

  /**
   * The positions of {@code hits} sorted by document id: doc values iterate forward only, so a page is
   * read in this order and its values put back at the hits' positions.
   */
  static Integer[] docOrder(ScoreDoc[] hits) {
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
    return order;
  }

  /**
   * The records of the hits, decoded or kept from an earlier search: visited in doc id order per segment
   * (doc values iterate forward), returned in hit order.
   */
  Parolee[] records(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    Integer[] order = docOrder(hits);
    Parolee[] out = new Parolee[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    BinaryDocValues values = null;
    LeafReaderContext leaf = null;
    for (int i : order) {
      int doc = hits[i].doc;
      int target = ReaderUtil.subIndex(doc, leaves);
      if (target != leafIndex) {
        leafIndex = target;
        leaf = leaves.get(target);
        values = null;
      }
      int local = doc - leaf.docBase;
      Parolee kept = recordCache.kept(leaf.reader(), local);
      if (kept != null) {
        out[i] = kept;
        continue;
      }
      // The record column is opened only for a segment with a record to decode.
      if (values == null) {
        values = leaf.reader().getBinaryDocValues(Fields.RECORD);
      }
      if (values == null || !values.advanceExact(local)) {
        throw new IllegalStateException("a matching document has no stored record; the index may be damaged");
      }
      out[i] = recordCache.decode(leaf.reader(), local, values.binaryValue());
    }
    return out;
  }

  /** The query of every criterion of the request (without the retention filter). */
  Query criteria(SearchRequest r, LocalDate today) {
    return criteria(r, today, false);
  }

  /**
   * For alerts: what the request shows at {@code now} among the documents {@code candidates} matches —
   * its criteria, restricted to the candidates, without tombstones and records retention hides. The
   * candidates lead the conjunction, and the area is checked on doc values when the candidates are few,
   * so the cost follows the candidates rather than the index.
   */
  Query alertQuery(SearchRequest r, Instant now, ZoneId zone, Query candidates) {
    return new BooleanQuery.Builder()
        .add(candidates, BooleanClause.Occur.FILTER)
        .add(criteria(r, LocalDate.ofInstant(now, zone), true), BooleanClause.Occur.FILTER)
        .add(visibility.excludedAt(now.toEpochMilli()), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /**
   * The criteria; {@code selective}: the area may be checked per document on doc values (same matches).
   * Should a host have lowered Lucene's limit of clauses below what the request's bounds allow, the request
   * is refused with the reason.
   */
  private Query criteria(SearchRequest r, LocalDate today, boolean selective) {
    try {
      return build(r, today, selective);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(e);
    }
  }

  private Query build(SearchRequest r, LocalDate today, boolean selective) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (r.term() != null) {
      b.add(termQuery(r.term()), BooleanClause.Occur.MUST);
      any = true;
    }
    if (r.lastName() != null) {
      b.add(TextQueries.name(Fields.LAST, Fields.LAST_PHONETIC, r.lastName()), BooleanClause.Occur.MUST);
      any = true;
    }
    if (r.firstName() != null) {
      b.add(TextQueries.name(Fields.FIRST, Fields.FIRST_PHONETIC, r.firstName()), BooleanClause.Occur.MUST);
      any = true;
    }
    if (r.smtText() != null) {
      b.add(TextQueries.words(Fields.SMT_TEXT, r.smtText()), BooleanClause.Occur.MUST);
      any = true;
    }
    if (r.offense() != null) {
      b.add(offenseQuery(r.offense()), BooleanClause.Occur.MUST);
      any = true;
    }
    if (r.agent() != null) {
      b.add(TextQueries.words(Fields.AGENT, r.agent()), BooleanClause.Occur.MUST);
      any = true;
    }
    List<Query> filters = new ArrayList<>();
    if (r.cdcNumber() != null) {
      filters.add(new TermQuery(new Term(Fields.CDC, r.cdcNumber().value())));
    }
    LocalDate dobFrom = r.dateOfBirthFrom();
    LocalDate dobTo = r.dateOfBirthTo();
    if (r.ageMin() != null) {
      dobTo = min(dobTo, today.minusYears(r.ageMin()));
    }
    if (r.ageMax() != null) {
      dobFrom = max(dobFrom, today.minusYears(r.ageMax() + 1L).plusDays(1));
    }
    if (dobFrom != null || dobTo != null) {
      filters.add(LongPoint.newRangeQuery(Fields.DOB,
          dobFrom == null ? Long.MIN_VALUE : dobFrom.toEpochDay(),
          dobTo == null ? Long.MAX_VALUE : dobTo.toEpochDay()));
    }
    if (r.heightMinInches() != null || r.heightMaxInches() != null) {
      filters.add(IntPoint.newRangeQuery(Fields.HEIGHT, orMin(r.heightMinInches()), orMax(r.heightMaxInches())));
    }
    if (r.weightMinPounds() != null || r.weightMaxPounds() != null) {
      filters.add(IntPoint.newRangeQuery(Fields.WEIGHT, orMin(r.weightMinPounds()), orMax(r.weightMaxPounds())));
    }
    codes(filters, Fields.SEX, r.sexes());
    codes(filters, Fields.RACE, r.races());
    codes(filters, Fields.HAIR, r.hairColors());
    codes(filters, Fields.EYES, r.eyeColors());
    codes(filters, Fields.STATUS, r.statuses());
    codes(filters, Fields.LEVEL, r.levels());
    if (r.smtCode() != null) {
      filters.add(new TermQuery(new Term(Fields.SMT_CODE,
          r.smtCode().strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT))));
    }
    if (r.plate() != null) {
      filters.add(PlatePatterns.query(r.plate()));
    }
    for (RegistrationStatute reg : r.registrations()) {
      filters.add(new TermQuery(new Term(Fields.REGISTRATION, reg.code())));
    }
    if (r.paroleUnit() != null) {
      filters.add(new TermQuery(new Term(Fields.PAROLE_UNIT, r.paroleUnit().toUpperCase(java.util.Locale.ROOT))));
    }
    if (r.countyUnit() != null) {
      filters.add(new TermQuery(new Term(Fields.COUNTY_UNIT, r.countyUnit().code())));
    }
    if (r.county() != null) {
      filters.add(new TermQuery(new Term(Fields.COUNTY, r.county().code())));
    }
    if (r.zip() != null) {
      filters.add(new TermQuery(new Term(Fields.ZIP, r.zip().zip5())));
    }
    if (r.geo() != null) {
      filters.add(selective ? selectiveGeoQuery(r.geo()) : geoQuery(r.geo()));
    }
    for (Query f : filters) {
      b.add(f, BooleanClause.Occur.FILTER);
    }
    if (!any && filters.isEmpty()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    return b.build();
  }

  private static Query termQuery(String term) {
    Query all = TextQueries.allFields(term);
    String compact = term.strip();
    if (!CdcNumber.isWellFormed(compact)) {
      return all;
    }
    // A CDC number typed as the term should put that record first.
    return new BooleanQuery.Builder()
        .add(all, BooleanClause.Occur.MUST)
        .add(new BoostQuery(new TermQuery(new Term(Fields.CDC, CdcNumber.parse(compact).value())), 100f),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  private static Query offenseQuery(String offense) {
    try {
      CodeSection cs = CodeSection.parse(offense);
      return new TermQuery(new Term(Fields.OFFENSE_CODE, cs.toString()));
    } catch (IllegalArgumentException notACodeSection) {
      return TextQueries.words(Fields.OFFENSE_TEXT, offense);
    }
  }

  static Query geoQuery(GeoFilter geo) {
    return switch (geo) {
      case GeoFilter.Within w -> LatLonPoint.newDistanceQuery(
          Fields.LOCATION, w.center().latitude(), w.center().longitude(), w.radius().meters());
      case GeoFilter.Inside i -> shapeQuery(i.shape());
      case GeoFilter.InCounty c -> shapeQuery(Counties.bundled().shape(c.county()));
    };
  }

  /**
   * The same area as {@link #geoQuery} for few candidate documents: a circle checked on doc values only (it
   * costs nothing to create), other shapes on points or doc values as the candidates' number says.
   */
  private static Query selectiveGeoQuery(GeoFilter geo) {
    GeoPoint center = null;
    double meters = 0;
    if (geo instanceof GeoFilter.Within w) {
      center = w.center();
      meters = w.radius().meters();
    } else if (geo instanceof GeoFilter.Inside i && i.shape() instanceof Circle c) {
      center = c.center();
      meters = c.radius().meters();
    }
    if (center != null) {
      return new CircleDocValuesQuery(Fields.LOCATION, center.latitude(), center.longitude(), meters);
    }
    return new IndexOrDocValuesQuery(geoQuery(geo), geoDocValuesQuery(geo));
  }

  /** The same area as {@link #geoQuery}, checked per document on the location's doc values. */
  private static Query geoDocValuesQuery(GeoFilter geo) {
    Shape shape = switch (geo) {
      case GeoFilter.Within w -> Circle.of(w.center(), w.radius());
      case GeoFilter.Inside i -> i.shape();
      case GeoFilter.InCounty c -> Counties.bundled().shape(c.county());
    };
    return switch (shape) {
      case Circle c -> LatLonDocValuesField.newSlowDistanceQuery(
          Fields.LOCATION, c.center().latitude(), c.center().longitude(), c.radius().meters());
      case BoundingBox b -> LatLonDocValuesField.newSlowBoxQuery(Fields.LOCATION, b.south(), b.north(), b.west(), b.east());
      case Area a -> LatLonDocValuesField.newSlowPolygonQuery(Fields.LOCATION, polygons(a));
    };
  }

  private static Query shapeQuery(Shape shape) {
    return switch (shape) {
      case Circle c -> LatLonPoint.newDistanceQuery(
          Fields.LOCATION, c.center().latitude(), c.center().longitude(), c.radius().meters());
      case BoundingBox b -> LatLonPoint.newBoxQuery(Fields.LOCATION, b.south(), b.north(), b.west(), b.east());
      case Area a -> LatLonPoint.newPolygonQuery(Fields.LOCATION, polygons(a));
    };
  }

  private static Polygon[] polygons(Area area) {
    List<Polygon> out = new ArrayList<>();
    for (Area.Part part : area.parts()) {
      List<Polygon> holes = new ArrayList<>();
      for (List<GeoPoint> hole : part.holes()) {
        holes.add(ring(hole, new Polygon[0]));
      }
      out.add(ring(part.shell(), holes.toArray(new Polygon[0])));
    }
    return out.toArray(new Polygon[0]);
  }

  private static Polygon ring(List<GeoPoint> points, Polygon[] holes) {
    List<GeoPoint> closed = new ArrayList<>(points);
    if (!closed.get(0).equals(closed.get(closed.size() - 1))) {
      closed.add(closed.get(0));
    }
    double[] lats = new double[closed.size()];
    double[] lons = new double[closed.size()];
    for (int i = 0; i < closed.size(); i++) {
      lats[i] = closed.get(i).latitude();
      lons[i] = closed.get(i).longitude();
    }
    return new Polygon(lats, lons, holes);
  }

  private static Sort sort(SortOrder order, SearchRequest r) {
    SortField tie = new SortField(Fields.CDC_KEY, SortField.Type.LONG);
    return switch (order) {
      case RELEVANCE -> RelevancePageCollectorManager.sort();
      case NAME -> NamePageCollectorManager.sort();
      case DISTANCE -> {
        GeoPoint c = ((GeoFilter.Within) java.util.Objects.requireNonNull(r.geo())).center();
        yield new Sort(LatLonDocValuesField.newDistanceSort(Fields.LOCATION, c.latitude(), c.longitude()), tie);
      }
    };
  }

  private static PageCursor cursor(SortOrder order, FieldDoc last) {
    String value = switch (order) {
      case RELEVANCE -> Integer.toHexString(Float.floatToIntBits((Float) last.fields[0]));
      case NAME -> ((BytesRef) last.fields[0]).utf8ToString();
      case DISTANCE -> Long.toHexString(Double.doubleToLongBits((Double) last.fields[0]));
    };
    return PageCursor.of(order, value, DocumentMapper.cdcOfKey((Long) last.fields[1]));
  }

  private static FieldDoc after(SortOrder order, PageCursor cursor) {
    String[] parts = cursor.parts();
    if (!parts[0].equals(order.name())) {
      throw new IllegalArgumentException("after: the cursor belongs to a search sorted by " + parts[0]
          + ", not " + order + "; start again from the first page");
    }
    try {
      Object value = switch (order) {
        case RELEVANCE -> Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16));
        case NAME -> new BytesRef(parts[1]);
        case DISTANCE -> Double.longBitsToDouble(Long.parseUnsignedLong(parts[1], 16));
      };
      if (!CdcNumber.isWellFormed(parts[2])) {
        throw new IllegalArgumentException("after: not a page cursor of the LEADS SDK (bad CDC number)");
      }
      return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {value, DocumentMapper.cdcKey(parts[2])});
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("after: not a page cursor of the LEADS SDK (bad value)", e);
    }
  }

  /** The counts of each requested dimension, largest first, then by value. */
  private static Map<FacetDimension, List<FacetCount>> facets(Map<String, Map<String, Long>> counted,
      Collection<FacetDimension> dims) {
    Map<FacetDimension, List<FacetCount>> out = new EnumMap<>(FacetDimension.class);
    for (FacetDimension dim : dims) {
      List<FacetCount> values = new ArrayList<>();
      counted.getOrDefault(facetField(dim), Map.of()).forEach((value, count) -> values.add(new FacetCount(value, count)));
      values.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
      out.put(dim, List.copyOf(values));
    }
    return out;
  }

  /** The keyword field whose doc values a dimension counts. */
  static String facetField(FacetDimension dim) {
    return switch (dim) {
      case STATUS -> Fields.STATUS;
      case COUNTY_UNIT -> Fields.COUNTY_UNIT;
      case PAROLE_UNIT -> Fields.PAROLE_UNIT;
      case SUPERVISION_LEVEL -> Fields.LEVEL;
      case REGISTRATION -> Fields.REGISTRATION;
      case COUNTY -> Fields.COUNTY;
    };
  }

  static OptionalDouble distanceTo(GeoPoint origin, Parolee record) {
    return record.currentResidence()
        .map(a -> a.geocode())
        .map(g -> OptionalDouble.of(SloppyMath.haversinMeters(
            origin.latitude(), origin.longitude(), g.point().latitude(), g.point().longitude())))
        .orElse(OptionalDouble.empty());
  }

  private static void codes(List<Query> filters, String field, Collection<? extends Coded> values) {
    if (values.isEmpty()) {
      return;
    }
    List<BytesRef> terms = new ArrayList<>(values.size());
    for (Coded c : values) {
      terms.add(new BytesRef(c.code()));
    }
    filters.add(terms.size() == 1 ? new TermQuery(new Term(field, terms.get(0))) : new TermInSetQuery(field, terms));
  }

  private static int orMin(@Nullable Integer v) {
    return v == null ? Integer.MIN_VALUE : v;
  }

  private static int orMax(@Nullable Integer v) {
    return v == null ? Integer.MAX_VALUE : v;
  }

  private static @Nullable LocalDate min(@Nullable LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static @Nullable LocalDate max(@Nullable LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }

}
