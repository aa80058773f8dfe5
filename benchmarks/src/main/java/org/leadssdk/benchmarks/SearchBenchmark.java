package org.leadssdk.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.geo.Distance;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.User;
import org.leadssdk.search.FacetDimension;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.LeadsSearch;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.SearchResult;
import org.leadssdk.search.SortOrder;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.SyntheticParolees;
import org.leadssdk.testkit.TestAccess;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The searches of issue 5 on a generated statewide index, single-threaded and warm, each through
 * {@link LeadsSearch} with the access decision, the retention filter, redaction and the audit event
 * (to an in-memory sink: the durable file store's fsync is measured by PolicyBenchmark). The index is
 * built once per size and seed in {@code target/bench-index-<records>-<seed>} and reused.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Search -p records=1000000 -bm sample}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final long SEED = 2026;

  /** How many records the index holds. */
  @Param({"100000", "1000000"})
  public int records;

  /**
   * The index's cache of decoded records, in MB: 32 (the SDK's default) or 0 (none). The samples repeat, so
   * with the cache a page's records are kept after their first search; without it every search decodes its
   * records, as the first search of a page does.
   */
  @Param({"32", "0"})
  public int recordCacheMegabytes;

  private LeadsIndex index;
  private LeadsSearch search;
  private AccessContext context;
  private List<Parolee> sample;
  private List<String> plates;
  private final SplittableRandom random = new SplittableRandom(7);

  /** Builds (or reopens) the index and the search service. */
  @Setup
  public void setUp() throws IOException {
    Path dir = Path.of("target", "bench-index-" + records + "-" + SEED);
    Path feed = BenchFixtures.feed(records, SEED);
    MutableClock clock = MutableClock.at(NOW);
    index = LeadsIndex.builder().directory(dir).clock(clock).recordCacheMegabytes(recordCacheMegabytes).build();
    index.ingest(feed, "bench-" + records, 100_000);
    User deputy = TestAccess.deputy(NOW).build();
    search = BenchFixtures.search(index, deputy, clock);
    context = AccessContext.of(deputy, TestAccess.agency(), Action.SEARCH);
    sample = new SyntheticParolees(SEED).parolees(5_000).stream()
        .filter(p -> p.currentResidence().map(a -> a.geocode() != null).orElse(false))
        .toList();
    plates = sample.stream().flatMap(p -> p.vehicles().stream()).map(v -> v.plate().number())
        .filter(p -> p.length() >= 5).toList();
  }

  /** Closes the index. */
  @TearDown
  public void tearDown() {
    index.close();
  }

  private Parolee any() {
    return sample.get(random.nextInt(sample.size()));
  }

  private GeoPoint home(Parolee p) {
    return p.currentResidence().orElseThrow().geocode().point();
  }

  /** All-field term (a surname, or "dragon tattoo"), top 20 with records. */
  @Benchmark
  public SearchResult termTop20() {
    Parolee p = any();
    String term = random.nextBoolean() ? p.name().last() : "dragon tattoo";
    return search.search(context, SearchRequest.builder().term(term).build());
  }

  /** The surname half of {@link #termTop20} alone (one word, a few hundred to thousands of matches). */
  @Benchmark
  public SearchResult termSurnameTop20() {
    return search.search(context, SearchRequest.builder().term(any().name().last()).build());
  }

  /** The "dragon tattoo" half of {@link #termTop20} alone (two common words: a large conjunction). */
  @Benchmark
  public SearchResult termTwoWordsTop20() {
    return search.search(context, SearchRequest.builder().term("dragon tattoo").build());
  }

  /** Last name (exact, phonetic, fuzzy) plus sex and a height band, top 20. */
  @Benchmark
  public SearchResult namePhoneticAndDescription() {
    Parolee p = any();
    return search.search(context, SearchRequest.builder().lastName(p.name().last())
        .sexes(p.description().sex())
        .heightInches(p.description().heightInches() - 3, p.description().heightInches() + 3)
        .build());
  }

  /**
   * A partial plate, four characters from the middle of a record's plate ({@code *BC12*}): the plates'
   * three-character substrings, then the plates themselves checked; top 20 with records.
   */
  @Benchmark
  public SearchResult plateContainsTop20() {
    String plate = plates.get(random.nextInt(plates.size()));
    int start = random.nextInt(plate.length() - 3);
    return search.search(context, SearchRequest.builder().plate("*" + plate.substring(start, start + 4) + "*")
        .build());
  }

  /** Nearest 50 within 1 mile of a residence, with distances. */
  @Benchmark
  public SearchResult nearest50Within1Mile() {
    return search.search(context, SearchRequest.builder().within(home(any()), Distance.ofMiles(1))
        .sort(SortOrder.DISTANCE).pageSize(50).explain(false).build());
  }

  /** Nearest 50 within 5 miles of a residence, with distances. */
  @Benchmark
  public SearchResult nearest50Within5Miles() {
    return search.search(context, SearchRequest.builder().within(home(any()), Distance.ofMiles(5))
        .sort(SortOrder.DISTANCE).pageSize(50).explain(false).build());
  }

  /** Exact count within 5 miles of a residence. */
  @Benchmark
  public long countWithin5Miles() {
    return search.search(context, SearchRequest.builder().within(home(any()), Distance.ofMiles(5))
        .pageSize(1).exactTotal().explain(false).build()).total().count();
  }

  /** A county unit's PRCS list: exact count, first 100 by name, facet counts. */
  @Benchmark
  public SearchResult countyUnitStatusList() {
    County county = any().currentResidence().orElseThrow().county();
    return search.search(context, SearchRequest.builder()
        .countyUnit(CountyUnit.of(county == null ? County.SACRAMENTO : county))
        .statuses(ParoleStatus.PRCS).sort(SortOrder.NAME).pageSize(100).exactTotal().explain(false)
        .facets(FacetDimension.STATUS, FacetDimension.PAROLE_UNIT, FacetDimension.SUPERVISION_LEVEL)
        .build());
  }
}
