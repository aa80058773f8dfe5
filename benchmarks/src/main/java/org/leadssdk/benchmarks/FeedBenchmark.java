package org.leadssdk.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.AgentOfRecord;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.CiiNumber;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.Ethnicity;
import org.leadssdk.core.EyeColor;
import org.leadssdk.core.FbiNumber;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Geocode;
import org.leadssdk.core.GeocodePrecision;
import org.leadssdk.core.GeocodeSource;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.Offense;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.ParoleUnit;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PersonName;
import org.leadssdk.core.PhoneNumber;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.Plate;
import org.leadssdk.core.Race;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Sex;
import org.leadssdk.core.Smt;
import org.leadssdk.core.SmtCode;
import org.leadssdk.core.Ssn;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.UsState;
import org.leadssdk.core.Vehicle;
import org.leadssdk.core.VehicleColor;
import org.leadssdk.core.VehicleStyle;
import org.leadssdk.core.ZipCode;
import org.leadssdk.core.feed.CsvCountyDownload;
import org.leadssdk.core.feed.FeedReport;
import org.leadssdk.core.feed.NdjsonFeedReader;
import org.leadssdk.core.feed.NdjsonFeedWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing the NDJSON feed and the county CSV download of {@code records} typical records (an
 * alias, two addresses with geocodes, identifiers, a vehicle, an SMT, two offenses, supervision with agent
 * and unit). The feed to read is written once per size to a temporary file (read back through the page
 * cache); the writes cycle over {@value #POOL} distinct records held in memory, so that memory stays the
 * same at 1,000,000 records and only binding, validation and formatting are timed.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FeedBenchmark -p records=100000,1000000}. The
 * score is the time for the whole feed, in milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class FeedBenchmark {
  /** Distinct records held in memory for the writes. */
  static final int POOL = 10_000;

  /** The number of records in the feed. */
  @Param({"100000", "1000000"})
  public int records;

  private List<Parolee> pool;
  private Path feed;

  /** Generates the records and writes them as a feed file once per size. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    pool = new ArrayList<>(Math.min(records, POOL));
    feed = Files.createTempFile("leads-feed-benchmark", ".ndjson");
    try (NdjsonFeedWriter writer = NdjsonFeedWriter.to(feed)) {
      for (int i = 0; i < records; i++) {
        Parolee p = typical(i, random);
        writer.write(p);
        if (i < POOL) {
          pool.add(p);
        }
      }
    }
    FeedReport check = NdjsonFeedReader.create().read(feed, (e, n) -> {});
    if (check.accepted() != records) {
      throw new IllegalStateException("the generated feed does not read back: " + check.summary());
    }
  }

  /** Deletes the feed file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(feed);
  }

  /** Reads the whole feed; the result is the report (counts) so that nothing is optimized away. */
  @Benchmark
  public FeedReport readNdjson() {
    long[] versions = new long[1];
    FeedReport report = NdjsonFeedReader.create()
        .read(feed, (entry, line) -> versions[0] += entry.recordVersion());
    if (versions[0] == 0) {
      throw new IllegalStateException("no entries");
    }
    return report;
  }

  /** Writes the whole feed to a stream that discards the bytes. */
  @Benchmark
  public long writeNdjson() {
    try (NdjsonFeedWriter writer = NdjsonFeedWriter.to(OutputStream.nullOutputStream())) {
      for (int i = 0; i < records; i++) {
        writer.write(pool.get(i % pool.size()));
      }
      return writer.lines();
    }
  }

  /** Writes the county download of all records to a stream that discards the bytes. */
  @Benchmark
  public long writeCsv() {
    try (CsvCountyDownload csv = CsvCountyDownload.to(OutputStream.nullOutputStream())) {
      for (int i = 0; i < records; i++) {
        csv.write(pool.get(i % pool.size()));
      }
      return csv.rows();
    }
  }

  private static Parolee typical(int i, SplittableRandom random) {
    boolean prcs = random.nextInt(5) == 0;
    County county = County.values()[random.nextInt(County.values().length)];
    return Parolee.builder()
        .cdcNumber(CdcNumber.parse(String.format(Locale.ROOT, "%s%05d", (char) ('A' + i / 100_000 % 26), i % 100_000)))
        .name(new PersonName("FIRST" + (char) ('A' + random.nextInt(26)), "M", "LAST" + (char) ('A' + random.nextInt(26)), null))
        .addAlias(new Alias("ALIAS", "OTHER"))
        .addMoniker("NICK")
        .identifiers(new Identifiers(
            CiiNumber.parse(String.format(Locale.ROOT, "A%08d", random.nextInt(100_000_000))),
            FbiNumber.parse(String.format(Locale.ROOT, "%07dA", random.nextInt(10_000_000))),
            Ssn.parse(String.format(Locale.ROOT, "%03d%02d%04d", 100 + random.nextInt(500), 10 + random.nextInt(89),
                1000 + random.nextInt(8999))),
            null))
        .description(new PhysicalDescription(LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12),
            1 + random.nextInt(28)), Sex.MALE, Race.values()[random.nextInt(Race.values().length)], Ethnicity.UNKNOWN,
            60 + random.nextInt(20), 120 + random.nextInt(150), HairColor.BROWN, EyeColor.BROWN, null, "CALIFORNIA"))
        .addAddress(new Address(AddressType.RESIDENCE, (100 + i % 9000) + " SAMPLE ST", null, "SACRAMENTO", UsState.CA,
            ZipCode.parse("95814"), county, new Geocode(GeoPoint.of(33 + random.nextDouble() * 8,
                -123 + random.nextDouble() * 8), GeocodeSource.ADDRESS_POINT, GeocodePrecision.ROOFTOP),
            true, LocalDate.of(2024, 1, 1), null))
        .addAddress(new Address(AddressType.MAILING, "PO BOX " + i, null, "SACRAMENTO", UsState.CA,
            ZipCode.parse("95812"), county, null, false, null, null))
        .addSmt(new Smt(SmtCode.parse("TAT L ARM"), "EAGLE"))
        .addVehicle(new Vehicle(Plate.of(String.format(Locale.ROOT, "7ABC%03d", i % 1000), UsState.CA), "TOYOTA",
            "CAMRY", 2015, VehicleColor.SILVER, VehicleStyle.FOUR_DOOR))
        .addOffense(new Offense(CodeSection.parse("PC 211"), "Robbery", LocalDate.of(2015, 5, 5), county))
        .addOffense(new Offense(CodeSection.parse("HS 11352(a)"), "Transport", LocalDate.of(2012, 5, 5), county))
        .addRegistration(RegistrationStatute.HS_11590)
        .supervision(new Supervision(prcs ? ParoleStatus.PRCS : ParoleStatus.ACTIVE, SupervisionLevel.CONTROL_SERVICE,
            new AgentOfRecord("J. AGENT", PhoneNumber.parse("9165550100")), new ParoleUnit("SAC 1", null),
            prcs ? CountyUnit.of(county) : null, List.of("NO WEAPONS"), LocalDate.of(2023, 6, 1), null, null,
            List.of(), county))
        .recordVersion(1 + random.nextInt(100))
        .sourceTimestamp(Instant.parse("2026-01-02T03:04:05Z"))
        .build();
  }
}
