package org.leadssdk.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Geocode;
import org.leadssdk.core.GeocodePrecision;
import org.leadssdk.core.GeocodeSource;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PhotoKind;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.Plate;
import org.leadssdk.core.Race;
import org.leadssdk.core.Sex;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.UsState;
import org.leadssdk.core.ZipCode;
import org.leadssdk.core.feed.FeedEntry;
import org.leadssdk.core.feed.Tombstone;
import org.leadssdk.core.feed.Upsert;
import org.leadssdk.examples.cli.CliConfig;
import org.leadssdk.examples.cli.CliConfigReader;
import org.leadssdk.geo.Distance;
import org.leadssdk.geo.GeoJsonWriter;
import org.leadssdk.geo.GreatCircle;
import org.leadssdk.geo.KmlWriter;
import org.leadssdk.geo.MapFeature;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccountRegistry;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.AlprPolicy;
import org.leadssdk.policy.AlprRequest;
import org.leadssdk.policy.Decision;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.Reason;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.Retention;
import org.leadssdk.policy.User;
import org.leadssdk.policy.Visibility;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditProblem;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.policy.audit.FileAuditStore;
import org.leadssdk.policy.audit.VerificationResult;
import org.leadssdk.search.Checkpoint;
import org.leadssdk.search.ExportFormat;
import org.leadssdk.search.ExportManifest;
import org.leadssdk.search.FacetCount;
import org.leadssdk.search.FacetDimension;
import org.leadssdk.search.Hit;
import org.leadssdk.search.IngestReport;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.LeadsSearch;
import org.leadssdk.search.MatchedField;
import org.leadssdk.search.SavedSearchAlerts;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.SearchResult;
import org.leadssdk.search.SortOrder;
import org.leadssdk.search.lineup.AttributeSpread;
import org.leadssdk.search.lineup.Lineup;
import org.leadssdk.search.lineup.LineupComposer;
import org.leadssdk.search.lineup.LineupPackage;
import org.leadssdk.search.lineup.LineupParcel;
import org.leadssdk.search.lineup.LineupSpec;
import org.leadssdk.search.lineup.LineupSubject;
import org.leadssdk.search.lineup.NotEnoughFillersException;
import org.leadssdk.search.lineup.SubjectDescription;
import org.leadssdk.search.saved.DeltaAlertReport;
import org.leadssdk.search.saved.FileSavedSearchStore;
import org.leadssdk.search.saved.SavedSearch;
import org.leadssdk.search.saved.SavedSearchAlert;
import org.leadssdk.search.saved.SavedSearches;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.SyntheticFeeds;
import org.leadssdk.testkit.SyntheticParolees;
import org.leadssdk.testkit.TestAccess;

/**
 * The LEADS SDK demo: generates a synthetic statewide data set, indexes it in a working folder and walks
 * through the Parole LEADS 2.0 scenarios as a user would see them — an all-field search, a fielded
 * description search, who lives near the State Capitol (with KML and GeoJSON written), the PRCS-SAC
 * county list with facet counts, a discharged record that disappears after its year, ALPR requests
 * refused and permitted, a saved search alert after a delta, a photo line-up package, and the audit trail
 * verified at the end.
 *
 * <p>Arguments: {@code --records N} (default 100,000), {@code --seed S} (default 2026), {@code --work DIR}
 * (default {@code ./demo-output}). The clock stands at {@link #START}, the generator's as-of date, so the
 * output is the same on every run, except the line-up: its fillers, their order and the subject's position
 * are drawn by a secure random generator, as they must be. Running it again on the same folder resumes the
 * ingest from its checkpoint (nothing is applied twice), finds the saved searches of the first run, applies
 * the same delta again (the demo does not commit it) and appends to the same audit trail. Photos are
 * placeholder images generated per photo reference. All data is synthetic.
 */
public final class Demo {
  /** The demo's fixed start instant: the synthetic data set's as-of date, 09:00 in California. */
  public static final Instant START = Instant.parse("2026-11-01T17:00:00Z");
  /** The California State Capitol, the point of the radius search. */
  private static final GeoPoint STATE_CAPITOL = GeoPoint.of(38.5767, -121.4934);

  private static final int DEFAULT_RECORDS = 100_000;
  private static final long DEFAULT_SEED = 2026;
  private static final int MAX_RECORDS = 9_000_000;
  private static final String APPLICATION = "leads-demo";
  private static final String USAGE = "usage: Demo [--records N] [--seed S] [--work DIR]";

  private final PrintStream out;
  private final MutableClock clock = MutableClock.at(START);

  private Demo(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo on {@link System#out}; exits with status 2 on bad arguments and 1 on a failure.
   *
   * @param args {@code --records N}, {@code --seed S}, {@code --work DIR}
   */
  public static void main(String[] args) {
    int status = run(args, System.out);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo, printing to {@code out}.
   *
   * @param args {@code --records N}, {@code --seed S}, {@code --work DIR}, or {@code --help}
   * @param out where the demo prints what a user would see
   * @return 0 when the demo ran, 2 when the arguments are bad (one line saying why is printed)
   * @throws UncheckedIOException if the working folder cannot be written
   */
  public static int run(String[] args, PrintStream out) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      out.println("demo: " + e.getMessage());
      out.println(USAGE);
      return 2;
    }
    if (options == null) {
      out.println(USAGE);
      return 0;
    }
    try {
      new Demo(out).walkThrough(options);
    } catch (IOException e) {
      throw new UncheckedIOException("the demo cannot write its working folder " + options.work(), e);
    }
    return 0;
  }

  private void walkThrough(Options options) throws IOException {
    Path work = options.work().toAbsolutePath().normalize();
    Files.createDirectories(work);
    out.printf(Locale.ROOT, "LEADS SDK demo: %,d synthetic records, seed %d, clock %s, working folder %s%n",
        options.records(), options.seed(), clock.instant(), work);

    PolicyConfig config = PolicyConfig.DEFAULTS;
    User deputy = TestAccess.deputy(clock.instant()).build();
    User agent = TestAccess.specialAgent(clock.instant()).build();
    AccountRegistry accounts = TestAccess.registry(deputy, agent);

    out.println();
    out.println("1. Statewide feed and index");
    Path feed = work.resolve("feed.ndjson");
    Picks picks = generate(feed, options, config);
    Path cliConfig = work.resolve("leads-config.json");
    CliConfig sample = CliConfig.sample();
    Files.writeString(cliConfig, CliConfigReader.toJson(sample), StandardCharsets.UTF_8);
    out.println("   configuration for the leads command line written: " + cliConfig.getFileName() + " (users "
        + sample.users().stream().map(User::id).collect(Collectors.joining(", ")) + ")");
    Path indexDir = work.resolve("index");
    String feedName = "synthetic-statewide-seed" + options.seed() + "-" + options.records();
    try (FileAuditStore store = FileAuditStore.open(work.resolve("audit.jsonl"));
         LeadsIndex index = openIndex(indexDir, feedName, config)) {
      ingest(index, feed, feedName, options.records());
      AuditTrail trail = AuditTrail.builder(store).build();
      long eventsBefore = trail.lastSequence();
      Redactor redactor = Redactor.create(RedactionProfile.defaults());
      LeadsSearch search = LeadsSearch.builder().index(index)
          .accessPolicy(LeadsAccessPolicy.create(config, accounts))
          .redactor(redactor)
          .auditTrail(trail).clock(clock).sourceApplication(APPLICATION).build();

      allFieldSearch(search);
      descriptionSearch(search, picks);
      nearCapitol(search, work);
      countyList(search, work);
      discharged(search, picks, config);
      alpr(trail, picks, config);
      savedSearchAlert(index, search, trail, accounts, redactor, picks, config, work);
      lineup(search, picks, config, work);

      out.println();
      out.println("10. Audit trail");
      VerificationResult verified = trail.verify();
      out.printf(Locale.ROOT, "   %,d events in %s (%,d from this run)%n", verified.recordsRead(),
          store.file().getFileName(), trail.lastSequence() - eventsBefore);
      if (verified.intact()) {
        out.printf(Locale.ROOT, "   verify: ok (hash chain intact through sequence %d)%n", verified.lastSequence());
      } else {
        out.printf(Locale.ROOT, "   verify: %d problems%n", verified.problems().size());
        for (AuditProblem problem : verified.problems()) {
          out.println("   - " + problem.kind() + " at " + problem.position() + ": " + problem.message());
        }
      }
    }
  }

  // --- 1. feed and index ---

  private Picks generate(Path feed, Options options, PolicyConfig config) throws IOException {
    Retention retention = Retention.create(config, clock);
    Instant now = clock.instant();
    Picks picks = new Picks(retention, now);
    SyntheticParolees generator = new SyntheticParolees(options.seed());
    PlaceholderPhotos photos = new PlaceholderPhotos();
    Progress progress = new Progress("generate", options.records());
    try (Writer w = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= options.records(); i++) {
        // The feed records the hash of the placeholder image the demo's photo store serves for each photo.
        Parolee record = photos.withPlaceholderHashes(generator.next());
        w.write(SyntheticFeeds.line(record));
        w.write('\n');
        picks.consider(record);
        progress.at(i);
      }
    }
    out.printf(Locale.ROOT, "   feed written: %s (%,d bytes) in %s%n", feed.getFileName(), Files.size(feed),
        progress.elapsed());
    return picks;
  }

  private LeadsIndex openIndex(Path dir, String feedName, PolicyConfig config) throws IOException {
    LeadsIndex index = LeadsIndex.builder().directory(dir).policyConfig(config).clock(clock).build();
    Optional<Checkpoint> checkpoint = index.checkpoint();
    if (checkpoint.isEmpty() || checkpoint.get().feed().equals(feedName)) {
      return index;
    }
    out.println("   the index in " + dir.getFileName() + " holds another feed (" + checkpoint.get().feed()
        + "); starting a new index");
    index.close();
    deleteTree(dir);
    return LeadsIndex.builder().directory(dir).policyConfig(config).clock(clock).build();
  }

  private void ingest(LeadsIndex index, Path feed, String feedName, int records) {
    Optional<Checkpoint> before = index.checkpoint();
    before.ifPresent(c -> out.printf(Locale.ROOT, "   the index has checkpoint %s:%d; resuming after it%n",
        c.feed(), c.position()));
    Progress progress = new Progress("ingest", records);
    progress.already(index.size());
    ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "demo-ingest-progress");
      t.setDaemon(true);
      return t;
    });
    IngestReport report;
    try {
      poller.scheduleWithFixedDelay(() -> progress.at(index.size()), 250, 250, TimeUnit.MILLISECONDS);
      report = index.ingest(feed, feedName, Math.max(1, records / 4));
    } finally {
      poller.shutdownNow();
    }
    index.refresh();
    progress.at(index.size());
    out.println("   ingest: " + report.summary());
    out.printf(Locale.ROOT, "   the index holds %,d records; ingest took %s%n", index.size(), progress.elapsed());
  }

  // --- 2. all-field search ---

  private void allFieldSearch(LeadsSearch search) {
    out.println();
    out.println("2. All-field search \"dragon tattoo\" (every field: names, tattoos, offenses, plates, ...)");
    SearchResult result = search.search(deputyContext(Action.SEARCH),
        SearchRequest.builder().term("dragon tattoo").pageSize(5).exactTotal().build());
    printTotal(result);
    for (Hit hit : result.hits()) {
      out.printf(Locale.ROOT, "   %s  %-26s %-10s matched: %s%n", hit.record().cdcNumber().value(), name(hit.record()),
          hit.record().status().code(), matched(hit.matched(), f -> true, 3));
    }
  }

  // --- 3. fielded description search ---

  private void descriptionSearch(LeadsSearch search, Picks picks) {
    out.println();
    Parolee sample = picks.describedMale();
    if (sample == null) {
      out.println("3. Fielded description search: skipped, no active male record 68-72 in tall in this data set");
      return;
    }
    String last = sample.name().last();
    out.printf(Locale.ROOT, "3. Fielded description search: male, 68-72 in tall, last name \"%s\""
        + " (taken from record %s)%n", last, sample.cdcNumber().value());
    SearchResult result = search.search(deputyContext(Action.SEARCH), SearchRequest.builder()
        .lastName(last).sexes(Sex.MALE).heightInches(68, 72).pageSize(5).exactTotal().build());
    printTotal(result);
    for (Hit hit : result.hits()) {
      Parolee p = hit.record();
      out.printf(Locale.ROOT, "   %s  %-26s %s %d in  name: %s%n", p.cdcNumber().value(), name(p),
          p.description().sex().code(), p.description().heightInches(),
          matched(hit.matched(), f -> f.path().startsWith("name") || f.path().startsWith("aliases")
              || f.path().startsWith("monikers"), 2));
    }
  }

  // --- 4. radius search ---

  private void nearCapitol(LeadsSearch search, Path work) throws IOException {
    out.println();
    Distance radius = Distance.parse("2mi");
    out.printf(Locale.ROOT, "4. Who lives within %.1f mi of the State Capitol (%s, %s), nearest first%n", radius.miles(),
        STATE_CAPITOL.latitude(), STATE_CAPITOL.longitude());
    List<Hit> hits = new ArrayList<>();
    SearchRequest.Builder request = SearchRequest.builder().within(STATE_CAPITOL, radius)
        .sort(SortOrder.DISTANCE).pageSize(1000).exactTotal();
    SearchResult page = search.search(deputyContext(Action.SEARCH), request.build());
    printTotal(page);
    hits.addAll(page.hits());
    while (page.nextPage().isPresent()) {
      page = search.search(deputyContext(Action.SEARCH), request.after(page.nextPage().get()).build());
      hits.addAll(page.hits());
    }
    for (Hit hit : hits.subList(0, Math.min(5, hits.size()))) {
      Parolee p = hit.record();
      out.printf(Locale.ROOT, "   %s  %-26s %-10s %.2f mi  %s%n", p.cdcNumber().value(), name(p),
          p.status().code(), hit.distanceMeters().orElse(Double.NaN) / Distance.METERS_PER_MILE,
          p.currentResidence().map(a -> a.city()).orElse("(no residence)"));
    }
    List<MapFeature> features = hits.stream().map(h -> MapFeature.fromParolee(h.record()))
        .flatMap(Optional::stream).toList();
    Path kml = work.resolve("near-capitol.kml");
    Path geoJson = work.resolve("near-capitol.geojson");
    try (OutputStream file = Files.newOutputStream(kml);
         KmlWriter writer = KmlWriter.create(file, "Within 2 mi of the State Capitol")) {
      features.forEach(writer::write);
    }
    try (OutputStream file = Files.newOutputStream(geoJson); GeoJsonWriter writer = GeoJsonWriter.create(file)) {
      features.forEach(writer::write);
    }
    out.printf(Locale.ROOT, "   map of %,d redacted hits written: %s, %s%n", features.size(), kml.getFileName(),
        geoJson.getFileName());
  }

  // --- 5. county list ---

  private void countyList(LeadsSearch search, Path work) throws IOException {
    out.println();
    CountyUnit unit = CountyUnit.parse("PRCS-SAC");
    out.println("5. County list " + unit + ": status PRCS, by name, 100 a page, with facet counts, and its download");
    SearchRequest.Builder list = SearchRequest.builder().countyUnit(unit).statuses(ParoleStatus.PRCS);
    SearchResult result = search.search(deputyContext(Action.SEARCH), list.sort(SortOrder.NAME).pageSize(100)
        .facets(FacetDimension.STATUS, FacetDimension.PAROLE_UNIT, FacetDimension.SUPERVISION_LEVEL,
            FacetDimension.REGISTRATION)
        .exactTotal().build());
    out.printf(Locale.ROOT, "   %,d records; this page %d, first %s, last %s%n", result.total().count(),
        result.hits().size(), result.hits().isEmpty() ? "-" : name(result.hits().get(0).record()),
        result.hits().isEmpty() ? "-" : name(result.hits().get(result.hits().size() - 1).record()));
    for (Map.Entry<FacetDimension, List<FacetCount>> facet : result.facets().entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).toList()) {
      List<FacetCount> counts = facet.getValue();
      String shown = counts.stream().limit(6).map(c -> String.format(Locale.ROOT, "%s %,d", c.value(), c.count()))
          .collect(Collectors.joining(", "));
      out.printf(Locale.ROOT, "   %-17s %s%s%n", facet.getKey(), counts.isEmpty() ? "(no values on these records)" : shown,
          counts.size() > 6 ? ", ... (" + counts.size() + " values)" : "");
    }
    countyDownload(search, SearchRequest.builder().countyUnit(unit).statuses(ParoleStatus.PRCS).build(), work);
  }

  /** The county's CSV download of the whole list (not a page), with its manifest and CDC index file. */
  private void countyDownload(LeadsSearch search, SearchRequest request, Path work) throws IOException {
    Path csv = work.resolve("prcs-sac.csv");
    Path manifestFile = work.resolve("prcs-sac.manifest.json");
    Path indexFile = work.resolve("prcs-sac.cdc.txt");
    ExportManifest manifest;
    try (OutputStream file = Files.newOutputStream(csv)) {
      manifest = search.export(deputyContext(Action.EXPORT), request, ExportFormat.CSV, file);
    }
    Files.writeString(manifestFile, manifest.toJson(), StandardCharsets.UTF_8);
    try (OutputStream file = Files.newOutputStream(indexFile)) {
      manifest.writeIndexFile(file);
    }
    out.printf(Locale.ROOT, "   download: %s (%,d records, %,d hidden by retention, SHA-256 %s...), manifest %s, "
        + "CDC index %s%n", csv.getFileName(), manifest.recordCount(), manifest.omittedByPolicy(),
        manifest.sha256().substring(0, 12), manifestFile.getFileName(), indexFile.getFileName());
  }

  // --- 6. discharged record's year ---

  private void discharged(LeadsSearch search, Picks picks, PolicyConfig config) {
    out.println();
    Parolee record = picks.soonestHidden();
    if (record == null) {
      out.println("6. A discharged record after its year: skipped, no visible Discharged record in this data set");
      return;
    }
    CdcNumber cdc = record.cdcNumber();
    out.printf(Locale.ROOT, "6. A discharged record disappears after its year (%d days after discharge)%n",
        config.dischargedVisibleDays());
    Optional<Parolee> now = search.view(deputyContext(Action.VIEW), cdc);
    Visibility before = search.visibility(deputyContext(Action.VIEW), cdc).orElseThrow();
    out.printf(Locale.ROOT, "   %s at %s: %s; %s%n", cdc.value(), clock.instant(),
        now.map(p -> "shown, " + name(p) + ", " + p.status().displayName()).orElse("not shown"), before.reason());
    Instant until = before.visibleUntil();
    if (until == null) {
      throw new IllegalStateException("a Discharged record's visibility has an end; record " + cdc.value());
    }
    Instant later = until.plus(Duration.ofHours(1));
    Duration moved = Duration.between(clock.instant(), later);
    clock.set(later);
    Optional<Parolee> after = search.view(deputyContext(Action.VIEW), cdc);
    Visibility then = search.visibility(deputyContext(Action.VIEW), cdc).orElseThrow();
    out.printf(Locale.ROOT, "   clock advanced %d days %d h to %s (past the last day %s)%n", moved.toDays(),
        moved.toHoursPart(), clock.instant(), then.lastDay());
    out.printf(Locale.ROOT, "   %s now: %s; %s (%s)%n", cdc.value(),
        after.map(p -> "still shown").orElse("not shown"), then.reason(), then.rule().citation());
  }

  // --- 7. ALPR ---

  private void alpr(AuditTrail trail, Picks picks, PolicyConfig config) {
    out.println();
    out.println("7. ALPR requests (DOM 53060.7), each decided and audited");
    AlprPolicy policy = AlprPolicy.create(config);
    Parolee withVehicle = picks.withVehicle();
    Plate plate = withVehicle == null ? Plate.of("7ABC123", UsState.CA)
        : withVehicle.vehicles().get(0).plate();
    User agent = TestAccess.specialAgent(clock.instant()).build();
    int year = LocalDate.ofInstant(clock.instant(), config.zone()).getYear();
    String caseNumber = String.format(Locale.ROOT, "DAPO-%d-000123", year);
    String cdcAsCase = withVehicle == null ? "AB1234" : withVehicle.cdcNumber().value();
    List<AlprRequest> requests = List.of(
        AlprRequest.of(agent, plate, "investigation"),
        new AlprRequest(agent, agent.agencyOri(), plate, "Vehicle theft ring surveillance", cdcAsCase),
        AlprRequest.of(agent, plate, "Vehicle theft ring surveillance " + caseNumber));
    for (AlprRequest request : requests) {
      Instant at = clock.instant();
      Decision decision = policy.decide(request, at);
      trail.append(AuditEvent.ofAlpr(request, decision, at).sourceApplication(APPLICATION).build());
      out.printf(Locale.ROOT, "   %s, plate %s, purpose \"%s\"%s: %s%n", request.user().id(),
          request.plate().number(), request.purpose(),
          request.caseNumber() == null ? "" : ", case number \"" + request.caseNumber() + "\"",
          decision.permitted() ? "PERMITTED" : "REFUSED");
      for (Reason reason : decision.reasons()) {
        out.println("     - " + reason);
      }
    }
  }

  // --- 8. saved search alert after a delta ---

  private void savedSearchAlert(LeadsIndex index, LeadsSearch search, AuditTrail trail, AccountRegistry accounts,
      Redactor redactor, Picks picks, PolicyConfig config, Path work) {
    out.println();
    out.println("8. A saved search alert after a delta");
    // The deputy has kept using the system while the demo moved the clock: the account administrator's
    // registry shows the account's latest activity, as alerts are decided on the registered account.
    User deputy = TestAccess.deputy(clock.instant()).build();
    accounts.update(deputy);
    LeadsAccessPolicy policy = LeadsAccessPolicy.create(config, accounts);
    AccessContext context = AccessContext.of(deputy, TestAccess.agency(), Action.SAVED_SEARCH);
    Path folder = work.resolve("saved-searches");
    try (FileSavedSearchStore store = FileSavedSearchStore.open(folder)) {
      SavedSearches saved = SavedSearches.builder().store(store).search(search).accessPolicy(policy)
          .auditTrail(trail).clock(clock).sourceApplication(APPLICATION).build();
      List<SavedSearch> mine = saved.list(context);
      SavedSearch radius = saveOnce(saved, context, mine, "Within 2 mi of the State Capitol",
          SearchRequest.builder().within(STATE_CAPITOL, Distance.parse("2mi")).build());
      SavedSearch prcs = saveOnce(saved, context, mine, "PRCS-SAC, status PRCS",
          SearchRequest.builder().countyUnit(CountyUnit.parse("PRCS-SAC")).statuses(ParoleStatus.PRCS).build());
      out.printf(Locale.ROOT, "   %s's saved searches in %s: \"%s\", \"%s\"%n", deputy.id(),
          folder.getFileName(), radius.name(), prcs.name());

      Delta delta = delta(picks, config);
      if (delta.entries().isEmpty()) {
        out.println("   skipped: no records in this data set to build a delta from");
        return;
      }
      for (String line : delta.lines()) {
        out.println("   delta: " + line);
      }
      List<SavedSearchAlert> received = new ArrayList<>();
      SavedSearchAlerts alerts = SavedSearchAlerts.builder().index(index).store(store).accessPolicy(policy)
          .accounts(accounts).agencies(List.of(TestAccess.agency(), TestAccess.dapo())).redactor(redactor)
          .auditTrail(trail).listener(received::add).clock(clock).sourceApplication(APPLICATION).build();
      // The demo does not commit the delta: the index stays the statewide load of its checkpoint, so that a
      // new run on the same folder resumes that load and shows the same alerts again.
      DeltaAlertReport report = alerts.applyDelta(delta.entries());
      out.printf(Locale.ROOT, "   applied %d of %d entries (%d stale); %d saved searches checked, %d alerts delivered,"
          + " %d withheld%n", report.applied(), report.entries(), report.stale(), report.savedSearches(),
          report.delivered(), report.withheld());
      received.sort(Comparator.comparing(SavedSearchAlert::savedSearchName));
      for (SavedSearchAlert alert : received) {
        out.printf(Locale.ROOT, "   alert to %s, \"%s\": entered %s; left %s%n", alert.ownerUserId(),
            alert.savedSearchName(), cdcList(alert.enteredCdcNumbers()), cdcList(alert.left()));
      }
    }
  }

  private SavedSearch saveOnce(SavedSearches saved, AccessContext context, List<SavedSearch> mine, String name,
      SearchRequest criteria) {
    // A second run on the same folder finds the saved search of the first one.
    for (SavedSearch s : mine) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return saved.create(context, name, criteria);
  }

  /** The delta: entries built from picked records, each one version on, and a line per change. */
  private record Delta(List<FeedEntry> entries, List<String> lines) {}

  private Delta delta(Picks picks, PolicyConfig config) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, config.zone());
    List<FeedEntry> entries = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<Parolee> movers = picks.farFromCapitol();
    for (int i = 0; i < movers.size(); i++) {
      Parolee p = movers.get(i);
      GeoPoint home = GreatCircle.destination(STATE_CAPITOL, 90.0 * i + 45.0, Distance.ofMiles(0.6 + 0.5 * i));
      List<Address> addresses = new ArrayList<>();
      for (Address a : p.addresses()) {
        boolean current = a.type() == AddressType.RESIDENCE && a.to() == null;
        LocalDate from = a.from();
        LocalDate end = from != null && from.isAfter(today.minusDays(1)) ? from : today.minusDays(1);
        addresses.add(current ? new Address(a.type(), a.street(), a.unit(), a.city(), a.state(), a.zip(), a.county(),
            a.geocode(), a.validated(), from, end) : a);
      }
      addresses.add(new Address(AddressType.RESIDENCE, (1200 + 100 * i) + " CAPITOL MALL", null, "SACRAMENTO",
          UsState.CA, ZipCode.parse("95814"), County.SACRAMENTO,
          new Geocode(home, GeocodeSource.ADDRESS_POINT, GeocodePrecision.ROOFTOP), true, today, null));
      entries.add(new Upsert(next(p, now).addresses(addresses).build()));
      lines.add(String.format(Locale.ROOT, "%s moved from %s to %.1f mi from the State Capitol", p.cdcNumber().value(),
          p.currentResidence().map(Address::city).orElse("(no residence)"),
          GreatCircle.distance(STATE_CAPITOL, home).miles()));
    }
    Parolee suspended = picks.prcsSacramento();
    if (suspended != null) {
      Supervision s = suspended.supervision();
      entries.add(new Upsert(next(suspended, now).supervision(new Supervision(ParoleStatus.SUSPENDED, s.level(),
          s.agent(), s.paroleUnit(), null, s.specialConditions(), s.releaseDate(), null, s.controllingDischargeDate(),
          s.events(), s.countyOfLastLegalResidence())).build()));
      lines.add(suspended.cdcNumber().value() + " of PRCS-SAC turned SUSPENDED");
    }
    Parolee released = picks.preParole();
    if (released != null) {
      Supervision s = released.supervision();
      entries.add(new Upsert(next(released, now).supervision(new Supervision(ParoleStatus.PRCS, s.level(), s.agent(),
          s.paroleUnit(), CountyUnit.parse("PRCS-SAC"), s.specialConditions(), today, null,
          s.controllingDischargeDate(), s.events(), s.countyOfLastLegalResidence())).build()));
      lines.add(released.cdcNumber().value() + " released from " + released.status().code() + " to PRCS, PRCS-SAC");
    }
    Parolee removed = picks.nearCapitol();
    if (removed != null) {
      entries.add(new Tombstone(removed.cdcNumber(), removed.recordVersion() + 1, now));
      lines.add(removed.cdcNumber().value() + " (living near the State Capitol) removed by a tombstone");
    }
    return new Delta(entries, lines);
  }

  private static Parolee.Builder next(Parolee p, Instant now) {
    return p.toBuilder().recordVersion(p.recordVersion() + 1).sourceTimestamp(now);
  }

  private static String cdcList(List<CdcNumber> cdcs) {
    return cdcs.isEmpty() ? "-" : cdcs.stream().map(CdcNumber::value).collect(Collectors.joining(", "));
  }

  // --- 9. photo line-up ---

  private void lineup(LeadsSearch search, Picks picks, PolicyConfig config, Path work) throws IOException {
    out.println();
    out.println("9. A photo line-up package (PC 859.7)");
    LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
    LineupSpec spec = LineupSpec.defaults();
    Parolee removed = picks.nearCapitol();
    Optional<CdcNumber> subject = picks.lineupSubject(spec, today,
        cdc -> removed != null && removed.cdcNumber().equals(cdc));
    if (subject.isEmpty()) {
      out.println("   skipped: no Active record with a front photo in this data set");
      return;
    }
    String caseNumber = String.format(Locale.ROOT, "SO-%d-000123", today.getYear());
    AccessContext context = AccessContext.of(TestAccess.deputy(clock.instant()).build(), TestAccess.agency(),
        Action.LINEUP).withPurpose("robbery eyewitness", caseNumber);
    LineupComposer composer = LineupComposer.builder(search).build();
    Lineup lineup;
    try {
      lineup = composer.compose(context, LineupSubject.inIndex(subject.get()), spec);
    } catch (NotEnoughFillersException e) {
      out.println("   not built (audited): " + e.getMessage());
      return;
    }
    out.printf(Locale.ROOT, "   %s, case %s: subject %s (%s)%n", context.user().id(), caseNumber,
        subject.get().value(), describe(lineup.description()));
    out.printf(Locale.ROOT, "   %d fillers drawn at random among the visible records that fit: %s%n", spec.fillerCount(),
        spec.describe());
    out.printf(Locale.ROOT, "   positions (photo SHA-256): %s; subject at %d (in the key only)%n",
        lineup.positions().stream().map(p -> p.number() + " " + p.sha256().substring(0, 8))
            .collect(Collectors.joining(", ")), lineup.subjectPosition());
    for (AttributeSpread s : lineup.spread()) {
      Double z = s.standardDeviationsFromMean();
      out.printf(Locale.ROOT, "   %-6s subject %d, fillers %d-%d, mean %.1f, sd %.1f: %s%s%n", s.attribute(),
          s.subjectValue(), s.fillerMin(), s.fillerMax(), s.fillerMean(), s.fillerStandardDeviation(),
          z == null ? "fillers all alike" : String.format(Locale.ROOT, "%+.1f sd from the mean", z),
          s.outsideFillerRange() ? " (outside the fillers' range)" : "");
    }
    Path folder = Files.createDirectories(work.resolve("lineups"));
    Path[] written = new Path[1];
    LineupParcel parcel = composer.send(context, lineup, new PlaceholderPhotos(), p -> {
      Path zip = folder.resolve(p.fileName());
      try {
        Files.write(zip, p.zip());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the line-up package " + zip, e);
      }
      written[0] = zip;
    }, "the working folder (" + work.relativize(folder) + ")");
    Path key = folder.resolve("lineup-" + lineup.id() + "-key.json");
    try (OutputStream file = Files.newOutputStream(key)) {
      LineupPackage.writeKey(lineup, file);
    }
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(written[0]), StandardCharsets.UTF_8)) {
      while (zip.getNextEntry() != null) {
        entries++;
      }
    }
    out.printf(Locale.ROOT, "   witness package: %s (%d entries: manifest.json, instructions.txt, %d photos;"
        + " SHA-256 %s…)%n", work.relativize(written[0]), entries, lineup.positions().size(),
        parcel.sha256().substring(0, 12));
    out.printf(Locale.ROOT, "   key, for the investigator only, written apart: %s%n", work.relativize(key));
  }

  private static String describe(SubjectDescription d) {
    return String.format(Locale.ROOT, "%s, %s, %d years, %d in, %d lb, hair %s", d.sex().code(), d.race().code(),
        d.ageYears(), d.heightInches(), d.weightPounds(), d.hair().code());
  }

  // --- helpers ---

  private AccessContext deputyContext(Action action) {
    // The deputy used the system a day before "now": rebuilt at each call so that the account stays
    // within the inactivity limit when the demo moves the clock.
    return AccessContext.of(TestAccess.deputy(clock.instant()).build(), TestAccess.agency(), action);
  }

  private void printTotal(SearchResult result) {
    out.printf(Locale.ROOT, "   %s%,d records%s%n", result.total().isExact() ? "" : "at least ",
        result.total().lowerBound(),
        result.omittedByPolicy() == 0 ? "" : String.format(Locale.ROOT, " (%,d more hidden by retention)",
            result.omittedByPolicy()));
  }

  private static String name(Parolee p) {
    return p.name().last() + ", " + p.name().first();
  }

  private static String matched(List<MatchedField> fields, Predicate<MatchedField> which, int max) {
    List<MatchedField> shown = fields.stream().filter(which).toList();
    if (shown.isEmpty()) {
      return "-";
    }
    String text = shown.stream().limit(max).map(f -> f.path() + " \"" + shorten(f.value()) + "\" " + f.how())
        .collect(Collectors.joining("; "));
    return shown.size() > max ? text + "; +" + (shown.size() - max) + " more" : text;
  }

  private static String shorten(String value) {
    return value.length() <= 30 ? value : value.substring(0, 29) + "…";
  }

  private static void deleteTree(Path dir) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : paths) {
      Files.delete(p);
    }
  }

  /** Prints a line each time a long step passes a quarter of its work. Thread-safe. */
  private final class Progress {
    private final String step;
    private final long total;
    private final long started = System.nanoTime();
    private int quartersShown;

    Progress(String step, long total) {
      this.step = step;
      this.total = total;
    }

    /** Counts {@code done} as done before this step started: no lines for the quarters it covers. */
    synchronized void already(long done) {
      quartersShown = quarters(done);
    }

    synchronized void at(long done) {
      int quarters = quarters(done);
      while (quartersShown < quarters) {
        quartersShown++;
        out.printf(Locale.ROOT, "   %-8s %3d%%  %,9d records  %s%n", step, quartersShown * 25,
            total * quartersShown / 4, elapsed());
      }
    }

    private int quarters(long done) {
      return total == 0 ? 4 : (int) Math.min(4, done * 4 / total);
    }

    String elapsed() {
      return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
    }
  }

  /** The records the later steps show, picked while the feed is generated. */
  private static final class Picks {
    private static final int MOVERS = 2;
    private static final double NEAR_METERS = 2 * Distance.METERS_PER_MILE;
    private static final double FAR_METERS = 20 * Distance.METERS_PER_MILE;
    private static final CountyUnit PRCS_SAC = CountyUnit.parse("PRCS-SAC");

    private final Retention retention;
    private final Instant now;
    private @Nullable Parolee describedMale;
    private @Nullable Parolee withVehicle;
    private @Nullable Parolee soonestHidden;
    private @Nullable Instant soonestUntil;
    private @Nullable Parolee nearCapitol;
    private final List<Parolee> farFromCapitol = new ArrayList<>(MOVERS);
    private @Nullable Parolee prcsSacramento;
    private @Nullable Parolee preParole;
    private final List<Look> looks = new ArrayList<>();

    Picks(Retention retention, Instant now) {
      this.retention = retention;
      this.now = now;
    }

    void consider(Parolee p) {
      ParoleStatus status = p.status();
      if (describedMale == null && status == ParoleStatus.ACTIVE && p.description().sex() == Sex.MALE
          && p.description().heightInches() >= 68 && p.description().heightInches() <= 72) {
        describedMale = p;
      }
      if (withVehicle == null && status == ParoleStatus.ACTIVE && !p.vehicles().isEmpty()) {
        withVehicle = p;
      }
      if (status == ParoleStatus.DISCHARGED) {
        Visibility v = retention.visibility(p, now);
        Instant until = v.visibleUntil();
        if (v.visible() && until != null && (soonestUntil == null || until.isBefore(soonestUntil))) {
          soonestHidden = p;
          soonestUntil = until;
        }
      }
      if (status == ParoleStatus.ACTIVE) {
        Optional<GeoPoint> home = p.currentResidence().map(a -> a.geocode() == null ? null : a.geocode().point());
        if (home.isPresent()) {
          double meters = GreatCircle.meters(home.get().latitude(), home.get().longitude(),
              STATE_CAPITOL.latitude(), STATE_CAPITOL.longitude());
          if (nearCapitol == null && meters < NEAR_METERS * 0.9) {
            nearCapitol = p;
          } else if (farFromCapitol.size() < MOVERS && meters > FAR_METERS) {
            farFromCapitol.add(p);
          }
        }
        if (p.photos().stream().anyMatch(photo -> photo.kind() == PhotoKind.MUGSHOT)) {
          PhysicalDescription d = p.description();
          looks.add(new Look(p.cdcNumber(), d.sex(), d.race(), d.hair(), d.dateOfBirth(), d.heightInches(),
              d.weightPounds()));
        }
      }
      if (prcsSacramento == null && status == ParoleStatus.PRCS && PRCS_SAC.equals(p.supervision().countyUnit())) {
        prcsSacramento = p;
      }
      if (preParole == null && status == ParoleStatus.PRE_PAROLE && p.supervision().events().isEmpty()) {
        preParole = p;
      }
    }

    @Nullable Parolee describedMale() {
      return describedMale;
    }

    @Nullable Parolee withVehicle() {
      return withVehicle;
    }

    @Nullable Parolee soonestHidden() {
      return soonestHidden;
    }

    /** An Active record living within 2 mi of the State Capitol (the delta removes it). */
    @Nullable Parolee nearCapitol() {
      return nearCapitol;
    }

    /** Active records living more than 20 mi from the State Capitol (the delta moves them next to it). */
    List<Parolee> farFromCapitol() {
      return farFromCapitol;
    }

    /** A PRCS record of PRCS-SAC (the delta suspends it). */
    @Nullable Parolee prcsSacramento() {
      return prcsSacramento;
    }

    /** A Pre-Parole record without supervision events (the delta releases it to PRCS-SAC). */
    @Nullable Parolee preParole() {
      return preParole;
    }

    /**
     * The line-up subject: among the first Active records with a front photo, the one that most others
     * (Active, with a front photo) fit within the spec's bands on {@code today}; empty if there is none.
     */
    Optional<CdcNumber> lineupSubject(LineupSpec spec, LocalDate today, Predicate<CdcNumber> excluded) {
      int[] ages = looks.stream().mapToInt(l -> l.age(today)).toArray();
      CdcNumber best = null;
      int bestFitting = -1;
      int candidates = 0;
      for (int s = 0; s < looks.size() && candidates < 200; s++) {
        Look subject = looks.get(s);
        if (excluded.test(subject.cdc())) {
          continue;
        }
        candidates++;
        int fitting = 0;
        for (int f = 0; f < looks.size(); f++) {
          if (f != s && subject.fits(looks.get(f), ages[s], ages[f], spec)) {
            fitting++;
          }
        }
        if (fitting > bestFitting) {
          best = subject.cdc();
          bestFitting = fitting;
        }
      }
      return Optional.ofNullable(best);
    }
  }

  /** What a line-up's bands compare of an Active record with a front photo. */
  private record Look(CdcNumber cdc, Sex sex, Race race, HairColor hair, LocalDate dateOfBirth, int heightInches,
      int weightPounds) {
    int age(LocalDate today) {
      return Period.between(dateOfBirth, today).getYears();
    }

    boolean fits(Look other, int age, int otherAge, LineupSpec spec) {
      Integer years = spec.ageYears();
      Integer inches = spec.heightInches();
      Integer pounds = spec.weightPounds();
      return (!spec.sameSex() || sex == other.sex) && (!spec.sameRace() || race == other.race)
          && (!spec.sameHair() || hair == other.hair)
          && (years == null || Math.abs(age - otherAge) <= years)
          && (inches == null || Math.abs(heightInches - other.heightInches) <= inches)
          && (pounds == null || Math.abs(weightPounds - other.weightPounds) <= pounds);
    }
  }

  /** The demo's arguments. */
  private record Options(int records, long seed, Path work) {
    /** The options, or {@code null} when help was asked for. */
    static @Nullable Options parse(String[] args) {
      int records = DEFAULT_RECORDS;
      long seed = DEFAULT_SEED;
      Path work = Path.of("demo-output");
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--help") || arg.equals("-h")) {
          return null;
        }
        if (!arg.equals("--records") && !arg.equals("--seed") && !arg.equals("--work")) {
          throw new IllegalArgumentException("unknown argument \"" + arg + "\"");
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        String value = args[++i];
        switch (arg) {
          case "--records" -> {
            long n = number(arg, value);
            if (n < 1 || n > MAX_RECORDS) {
              throw new IllegalArgumentException("--records must be 1 to " + MAX_RECORDS + ", got " + value);
            }
            records = (int) n;
          }
          case "--seed" -> seed = number(arg, value);
          default -> {
            if (value.isBlank()) {
              throw new IllegalArgumentException("--work needs a folder");
            }
            work = Path.of(value);
          }
        }
      }
      return new Options(records, seed, work);
    }

    private static long number(String arg, String value) {
      try {
        return Long.parseLong(value.replace("_", "").replace(",", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(arg + " must be a whole number, got \"" + value + "\"", e);
      }
    }
  }
}
