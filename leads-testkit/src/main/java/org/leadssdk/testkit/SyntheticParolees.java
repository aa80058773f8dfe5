package org.leadssdk.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.County;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.SupervisionEvent;
import org.leadssdk.core.Suspension;
import org.leadssdk.core.internal.Check;
import org.leadssdk.testkit.internal.RecordGenerator;

/**
 * A seeded generator of a synthetic statewide parolee population. The same seed and options give the same
 * records, in the same order, and so the same NDJSON bytes. Not thread-safe: use one generator per thread
 * (give each its own seed).
 *
 * <pre>{@code
 * SyntheticParolees gen = new SyntheticParolees(42);
 * List<Parolee> population = gen.parolees(10_000);
 * GeoPoint center = gen.point();
 * }</pre>
 *
 * <p><b>All data is synthetic.</b> Names are drawn from public frequency tables (SSA first names by sex,
 * Census surnames), places from the bundled gazetteer; CDC, CII, FBI, Social Security and licence numbers
 * are random numbers of the right format; phone numbers are in the 555-01xx range reserved for fiction.
 *
 * <p>What a record looks like (approximate, synthetic figures chosen to resemble California's parole
 * population, not measured from any data):
 * <ul>
 *   <li>status: Active 70%, PRCS 12%, Suspended 6%, Discharged 4%, Pre-Parole 3%, Revoked 3%, Deported 1%,
 *       NRP 0.6%, Monitored NRP 0.4% ({@link #defaultStatusMix()}, overridable);
 *   <li>about 90% male; ages 18 to 75 at the as-of date, mean about 39; race/ethnicity about 45%
 *       Hispanic, 28% Black, 20% White, 7% other; height, weight, hair and eyes plausible for sex, group
 *       and age; birthplace mostly CA, some other states, Mexico and other countries;
 *   <li>a current residence at a real ZIP code of the bundled gazetteer, counties weighted by population,
 *       geocoded within 1.5 km of the ZIP point (most USPS-validated), about 3% TRANSIENT; earlier
 *       residences with dates; PRCS records have a self-disclosed address and their county unit; Revoked
 *       records' residence ended on the custody date; Pre-Parole and Deported records have a last legal
 *       address;
 *   <li>1–3 commitment offenses from a table of real California code sections, with the registrations
 *       they bring (PC 290, PC 457.1, PC 3058.6, and H&amp;S 11590 for about half the drug sales);
 *       PC 290 registrants on active supervision are HRSO;
 *   <li>Pre-Parole release dates within the next 120 days; Discharged dates within the last year for
 *       about 85% of them and 366–400 days back for the rest; Suspended records are at large with an open
 *       suspension, Revoked records in custody on an open revocation;
 *   <li>0–3 aliases, some monikers, 0–4 scars, marks and tattoos (about 1.5% of records have a dragon
 *       tattoo), 0–2 vehicles with California-style plates, a mugshot reference for most records.
 * </ul>
 * Record versions are {@code >= 1} and source timestamps fall before the as-of date (midnight UTC).
 */
public final class SyntheticParolees {
  /** The default as-of date: the day the population is seen on. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);

  /** The default share of records with a mugshot reference. */
  public static final double DEFAULT_PHOTO_FRACTION = 0.92;

  /** The default share of current residences that read TRANSIENT. */
  public static final double DEFAULT_TRANSIENT_FRACTION = 0.03;

  private static final Map<ParoleStatus, Double> DEFAULT_MIX = defaultMix();

  private final long seed;
  private final LocalDate asOf;
  private final RecordGenerator generator;

  /** A generator with the default options (as of {@link #DEFAULT_AS_OF}). */
  public SyntheticParolees(long seed) {
    this(builder(seed));
  }

  private SyntheticParolees(Builder b) {
    this.seed = b.seed;
    this.asOf = b.asOf;
    double[] weights = new double[ParoleStatus.values().length];
    for (Map.Entry<ParoleStatus, Double> e : b.statusMix.entrySet()) {
      weights[e.getKey().ordinal()] = e.getValue();
    }
    this.generator = new RecordGenerator(seed, asOf, weights, b.photoFraction, b.transientFraction);
  }

  /** A builder for a generator with options other than the defaults. */
  public static Builder builder(long seed) {
    return new Builder(seed);
  }

  /** The default status mix: approximate, synthetic shares summing to 1. */
  public static Map<ParoleStatus, Double> defaultStatusMix() {
    return DEFAULT_MIX;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The day the population is seen on. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The next record; each has a CDC number not given before by this generator.
   *
   * @throws IllegalStateException after 9,360,000 records (every CDC number is used)
   */
  public Parolee next() {
    return generator.next();
  }

  /**
   * The next record, with the given status.
   *
   * @throws IllegalStateException after 9,360,000 records
   */
  public Parolee next(ParoleStatus status) {
    Check.notNull("status", status);
    return generator.next(status, null);
  }

  /**
   * The next {@code n} records.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<Parolee> parolees(int n) {
    Check.inRange("n", n, 0, Integer.MAX_VALUE);
    List<Parolee> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(generator.next());
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * The next {@code n} records, made as the stream is read. The stream is sequential; do not make it
   * parallel (the generator is not thread-safe and the order would change).
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public Stream<Parolee> stream(long n) {
    Check.inRange("n", n, 0, Long.MAX_VALUE);
    return LongStream.range(0, n).mapToObj(i -> generator.next());
  }

  /** A point in California: within 1.5 km of a ZIP point of a county drawn by population. */
  public GeoPoint point() {
    return generator.point();
  }

  /**
   * {@code n} points as {@link #point()} makes them.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<GeoPoint> points(int n) {
    Check.inRange("n", n, 0, Integer.MAX_VALUE);
    List<GeoPoint> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      points.add(generator.point());
    }
    return Collections.unmodifiableList(points);
  }

  /**
   * A number drawn uniformly from {@code [lo, hi)} ({@code lo} when they are equal).
   *
   * @throws IllegalArgumentException if a bound is not finite or {@code hi < lo}
   */
  public double uniform(double lo, double hi) {
    Check.argument(Double.isFinite(lo) && Double.isFinite(hi) && lo <= hi,
        () -> "bounds must be finite with lo <= hi, got lo=" + lo + ", hi=" + hi);
    return lo == hi ? lo : lo + random().nextDouble() * (hi - lo);
  }

  /**
   * A whole number drawn uniformly from {@code [0, bound)}.
   *
   * @throws IllegalArgumentException if {@code bound < 1}
   */
  public int nextInt(int bound) {
    Check.argument(bound >= 1, () -> "bound must be >= 1, got " + bound);
    return random().nextInt(bound);
  }

  /**
   * The random source behind the records, for test data of one's own. Drawing from it changes the records
   * that follow, deterministically.
   */
  public SplittableRandom random() {
    return generator.random();
  }

  /**
   * Changes to {@code current} records, as a delta feed: a residence move (about 45%), a change to
   * SUSPENDED of an Active record (25%), a new PRCS release on the as-of date (15%) and a removal
   * (15%). Each change raises the record's version by one and carries a source timestamp on the as-of
   * date, after every earlier one; a removed record gets no later change. Records that fit no change
   * of the kind drawn make a new PRCS release instead.
   *
   * @param current the records the deltas apply to, usually made earlier by this generator (new records
   *     get CDC numbers this generator has not given yet)
   * @param count how many lines to make
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public List<FeedLine> deltas(Collection<Parolee> current, int count) {
    Check.notNull("current", current);
    Check.inRange("count", count, 0, Integer.MAX_VALUE);
    Map<CdcNumber, Parolee> alive = new LinkedHashMap<>();
    for (Parolee p : current) {
      alive.put(p.cdcNumber(), p);
    }
    List<CdcNumber> keys = new ArrayList<>(alive.keySet());
    Set<CdcNumber> removed = new HashSet<>();
    SplittableRandom random = random();
    long clock = asOf.atStartOfDay(ZoneOffset.UTC).toEpochSecond() + 3_600;
    List<FeedLine> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      clock += 1 + random.nextInt(30);
      Instant timestamp = Instant.ofEpochSecond(clock);
      double kind = random.nextDouble();
      boolean newRelease = kind >= 0.70 && kind < 0.85;
      FeedLine line = null;
      for (int attempt = 0; line == null && !newRelease && attempt < 20 && !keys.isEmpty(); attempt++) {
        CdcNumber key = keys.get(random.nextInt(keys.size()));
        if (removed.contains(key)) {
          continue;
        }
        Parolee p = alive.get(key);
        if (kind < 0.45) {
          line = moved(p, timestamp);
        } else if (kind < 0.70) {
          line = suspended(p, timestamp);
        } else {
          line = new FeedLine.Tombstone(key, p.recordVersion() + 1, timestamp);
          removed.add(key);
        }
      }
      if (line == null) {
        Parolee released = generator.next(ParoleStatus.PRCS, asOf).toBuilder()
            .recordVersion(1)
            .sourceTimestamp(timestamp)
            .build();
        keys.add(released.cdcNumber());
        line = new FeedLine.Upsert(released);
      }
      if (line instanceof FeedLine.Upsert u) {
        alive.put(u.cdcNumber(), u.parolee());
      }
      lines.add(line);
    }
    return Collections.unmodifiableList(lines);
  }

  private FeedLine.@org.jspecify.annotations.Nullable Upsert moved(Parolee p, Instant timestamp) {
    ParoleStatus s = p.status();
    if (s != ParoleStatus.ACTIVE && s != ParoleStatus.PRCS && s != ParoleStatus.NRP
        && s != ParoleStatus.MONITORED_NRP) {
      return null;
    }
    Address old = p.currentResidence().orElse(null);
    if (old == null || (old.from() != null && !old.from().isBefore(asOf))) {
      return null;
    }
    County county = old.county() != null && random().nextDouble() < 0.7 ? old.county() : generator.county();
    List<Address> addresses = new ArrayList<>(p.addresses().size() + 1);
    addresses.add(generator.residence(county, asOf));
    for (Address a : p.addresses()) {
      addresses.add(a == old
          ? new Address(AddressType.RESIDENCE, a.street(), a.unit(), a.city(), a.state(), a.zip(), a.county(),
              a.geocode(), a.validated(), a.from(), asOf.minusDays(1))
          : a);
    }
    return new FeedLine.Upsert(p.toBuilder()
        .addresses(addresses)
        .recordVersion(p.recordVersion() + 1)
        .sourceTimestamp(timestamp)
        .build());
  }

  private FeedLine.@org.jspecify.annotations.Nullable Upsert suspended(Parolee p, Instant timestamp) {
    Supervision s = p.supervision();
    if (s.status() != ParoleStatus.ACTIVE) {
      return null;
    }
    List<SupervisionEvent> events = new ArrayList<>(s.events());
    events.add(new Suspension(Suspension.Authority.BPH, asOf, null));
    Supervision next = new Supervision(ParoleStatus.SUSPENDED, s.level(), s.agent(), s.paroleUnit(), null,
        s.specialConditions(), s.releaseDate(), null, s.controllingDischargeDate(), events,
        s.countyOfLastLegalResidence());
    return new FeedLine.Upsert(p.toBuilder()
        .supervision(next)
        .recordVersion(p.recordVersion() + 1)
        .sourceTimestamp(timestamp)
        .build());
  }

  private static Map<ParoleStatus, Double> defaultMix() {
    Map<ParoleStatus, Double> m = new EnumMap<>(ParoleStatus.class);
    m.put(ParoleStatus.ACTIVE, 0.70);
    m.put(ParoleStatus.PRCS, 0.12);
    m.put(ParoleStatus.PRE_PAROLE, 0.03);
    m.put(ParoleStatus.SUSPENDED, 0.06);
    m.put(ParoleStatus.REVOKED, 0.03);
    m.put(ParoleStatus.DISCHARGED, 0.04);
    m.put(ParoleStatus.DEPORTED, 0.01);
    m.put(ParoleStatus.NRP, 0.006);
    m.put(ParoleStatus.MONITORED_NRP, 0.004);
    return Collections.unmodifiableMap(m);
  }

  /**
   * Options of a {@link SyntheticParolees}. Not thread-safe.
   *
   * <pre>{@code
   * SyntheticParolees gen = SyntheticParolees.builder(7)
   *     .asOf(LocalDate.of(2027, 1, 1))
   *     .statusMix(Map.of(ParoleStatus.PRCS, 1.0))
   *     .photoFraction(0.5)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final long seed;
    private LocalDate asOf = DEFAULT_AS_OF;
    private Map<ParoleStatus, Double> statusMix = DEFAULT_MIX;
    private double photoFraction = DEFAULT_PHOTO_FRACTION;
    private double transientFraction = DEFAULT_TRANSIENT_FRACTION;

    private Builder(long seed) {
      this.seed = seed;
    }

    /**
     * The day the population is seen on (default {@link #DEFAULT_AS_OF}).
     *
     * @throws IllegalArgumentException if it is before 1990-01-01 or after 2200-12-31
     */
    public Builder asOf(LocalDate value) {
      Check.notNull("asOf", value);
      Check.argument(!value.isBefore(LocalDate.of(1990, 1, 1)) && !value.isAfter(LocalDate.of(2200, 12, 31)),
          () -> "asOf must be between 1990-01-01 and 2200-12-31, got " + value);
      this.asOf = value;
      return this;
    }

    /**
     * Relative weights of the statuses (need not sum to 1); a status left out does not occur.
     *
     * @throws IllegalArgumentException if a weight is negative, NaN or infinite, or none is positive
     */
    public Builder statusMix(Map<ParoleStatus, ? extends Number> weights) {
      Check.notNull("statusMix", weights);
      Map<ParoleStatus, Double> copy = new EnumMap<>(ParoleStatus.class);
      double sum = 0;
      for (Map.Entry<ParoleStatus, ? extends Number> e : weights.entrySet()) {
        ParoleStatus status = Check.notNull("statusMix key", e.getKey());
        double w = Check.notNull("statusMix[" + status.code() + "]", e.getValue()).doubleValue();
        Check.argument(w >= 0 && Double.isFinite(w),
            () -> "statusMix[" + status.code() + "] must be finite and >= 0, got " + w);
        copy.put(status, w);
        sum += w;
      }
      double total = sum;
      Check.argument(total > 0, () -> "statusMix must give at least one status a positive weight, got " + weights);
      this.statusMix = Collections.unmodifiableMap(copy);
      return this;
    }

    /**
     * The share of records with a mugshot reference (default {@value #DEFAULT_PHOTO_FRACTION}).
     *
     * @throws IllegalArgumentException if it is not between 0 and 1
     */
    public Builder photoFraction(double value) {
      Check.inRange("photoFraction", value, 0.0, 1.0);
      this.photoFraction = value;
      return this;
    }

    /**
     * The share of current residences that read TRANSIENT (default {@value #DEFAULT_TRANSIENT_FRACTION}).
     *
     * @throws IllegalArgumentException if it is not between 0 and 1
     */
    public Builder transientFraction(double value) {
      Check.inRange("transientFraction", value, 0.0, 1.0);
      this.transientFraction = value;
      return this;
    }

    /** The generator. */
    public SyntheticParolees build() {
      return new SyntheticParolees(this);
    }
  }
}
