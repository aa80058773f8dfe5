package org.leadssdk.testkit.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.AgentOfRecord;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.CiiNumber;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.DriverLicence;
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
import org.leadssdk.core.Photo;
import org.leadssdk.core.PhotoKind;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.Plate;
import org.leadssdk.core.Race;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Revocation;
import org.leadssdk.core.Sex;
import org.leadssdk.core.SkinTone;
import org.leadssdk.core.Smt;
import org.leadssdk.core.SmtCode;
import org.leadssdk.core.Ssn;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.SupervisionEvent;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.Suspension;
import org.leadssdk.core.UsState;
import org.leadssdk.core.Vehicle;
import org.leadssdk.core.VehicleColor;
import org.leadssdk.geo.ZipPlace;

/**
 * Assembles synthetic parolee records from one seeded random source. Not thread-safe: one generator per
 * thread. The shares used are approximate and synthetic (see {@code SyntheticParolees}).
 */
public final class RecordGenerator {
  /** Share of records with a dragon tattoo, so that a search for "dragon tattoo" finds a handful. */
  static final double DRAGON_SHARE = 0.015;

  private static final double JITTER_METERS = 1_500;
  private static final HexFormat HEX = HexFormat.of();
  private static final ParoleStatus[] STATUSES = ParoleStatus.values();
  private static final String CA_PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
  private static final AliasTable OFFENSE_TABLE = offenseTable();
  private static final AliasTable VEHICLE_TABLE = vehicleTable();

  private enum Group {
    HISPANIC, BLACK, WHITE, ASIAN, NATIVE, OTHER
  }

  private static final Group[] GROUPS = Group.values();
  // Approximate share of California's prison population by race/ethnicity (synthetic figures).
  private static final AliasTable GROUP_TABLE = new AliasTable(new double[] {45, 28, 20, 3, 1, 3});

  private final SplittableRandom random;
  private final CdcNumbers cdcNumbers;
  private final Geography geography = Geography.bundled();
  private final NameTable male = NameTable.maleFirstNames();
  private final NameTable female = NameTable.femaleFirstNames();
  private final NameTable surnames = NameTable.surnames();
  private final LocalDate asOf;
  private final LocalDate lastPast;
  private final AliasTable statusTable;
  private final double photoFraction;
  private final double transientFraction;
  private final long agentSeed;
  private final MessageDigest sha256;
  private final Map<String, String> agentNames = new HashMap<>();
  private long counter;

  /**
   * A generator.
   *
   * @param seed the seed; the same seed and options give the same records
   * @param asOf the day the population is seen on; source timestamps fall before it
   * @param statusWeights one non-negative weight per {@link ParoleStatus}, in declaration order
   * @param photoFraction share of records with a mugshot, 0 to 1
   * @param transientFraction share of current residences that read TRANSIENT, 0 to 1
   */
  public RecordGenerator(
      long seed, LocalDate asOf, double[] statusWeights, double photoFraction, double transientFraction) {
    this.random = new SplittableRandom(seed);
    this.cdcNumbers = new CdcNumbers(seed);
    this.agentSeed = seed * 0x9E3779B97F4A7C15L + 0x616765L;
    this.asOf = asOf;
    this.lastPast = asOf.minusDays(1);
    this.statusTable = new AliasTable(statusWeights);
    this.photoFraction = photoFraction;
    this.transientFraction = transientFraction;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform but is missing", e);
    }
  }

  /** The random source behind the records (shared, so drawing from it changes later records). */
  public SplittableRandom random() {
    return random;
  }

  /** A point near a ZIP point of a population-weighted county, within 1.5 km. */
  public GeoPoint point() {
    County county = geography.county(random);
    return Geography.jitter(random, geography.zip(random, county).point(), JITTER_METERS);
  }

  /**
   * The next record.
   *
   * @throws IllegalStateException if every CDC number has been used
   */
  public Parolee next() {
    if (counter >= CdcNumbers.CAPACITY) {
      throw new IllegalStateException("all " + CdcNumbers.CAPACITY + " CDC numbers of this generator are used");
    }
    return newRecord(cdcNumbers.number(counter++), STATUSES[statusTable.sample(random)], null);
  }

  /**
   * The next record, with the given status and, if given, release date (for deltas such as a new PRCS
   * release on the as-of date). A DISCHARGED or PRE-PAROLE record ignores {@code release}.
   *
   * @throws IllegalStateException if every CDC number has been used
   */
  public Parolee next(ParoleStatus status, @Nullable LocalDate release) {
    if (counter >= CdcNumbers.CAPACITY) {
      throw new IllegalStateException("all " + CdcNumbers.CAPACITY + " CDC numbers of this generator are used");
    }
    return newRecord(cdcNumbers.number(counter++), status, release);
  }

  /** A new validated residence in {@code county}, current from {@code from}. */
  public Address residence(County county, LocalDate from) {
    return address(AddressType.RESIDENCE, geography.zip(random, county), false, from, null, new Latest());
  }

  /** A county drawn in proportion to its population. */
  public County county() {
    return geography.county(random);
  }

  private Parolee newRecord(CdcNumber cdc, ParoleStatus status, @Nullable LocalDate fixedRelease) {
    Latest latest = new Latest();
    Sex sex = random.nextDouble() < 0.9 ? Sex.MALE : Sex.FEMALE;
    Group group = GROUPS[GROUP_TABLE.sample(random)];
    int minAge = status == ParoleStatus.DISCHARGED ? 21 : 18;
    int age = (int) Math.max(minAge, Math.min(75, Math.round(39 + 11 * random.nextGaussian())));
    LocalDate dob = asOf.minusYears(age).minusDays(1 + random.nextInt(364));
    LocalDate adult = dob.plusYears(18);
    LocalDate juvenile = dob.plusYears(16);

    PersonName name = name(sex);
    County home = geography.county(random);

    // Supervision dates first: addresses, offenses and photos hang off the release date.
    LocalDate earliestRelease = min(adult.plusDays(60), asOf.minusDays(3));
    LocalDate release;
    LocalDate discharge = null;
    switch (status) {
      case PRE_PAROLE -> release = asOf.plusDays(1 + random.nextInt(120));
      case DISCHARGED -> {
        // Most within the one-year window, some just past it, so retention has both sides to test.
        discharge = asOf.minusDays(random.nextDouble() < 0.85 ? 1 + random.nextInt(365) : 366 + random.nextInt(35));
        release = min(max(discharge.minusDays(365 + random.nextInt(730)), earliestRelease), discharge);
        latest.see(discharge);
      }
      default -> release = fixedRelease != null
          ? fixedRelease
          : max(lastPast.minusDays(1 + random.nextInt(1_100)), earliestRelease);
    }
    latest.see(release);

    List<Offense> offenses = new ArrayList<>(3);
    Set<RegistrationStatute> registrations = EnumSet.noneOf(RegistrationStatute.class);
    LocalDate lastOffense = offenses(offenses, registrations, home, release, juvenile);
    boolean sexOffender = registrations.contains(RegistrationStatute.PC_290);

    List<SupervisionEvent> events = events(status, release, discharge, latest);
    List<Address> addresses = addresses(status, home, release, lastOffense, juvenile, events, latest);
    Supervision supervision = supervision(status, home, release, discharge, events, offenses, sexOffender);

    Parolee.Builder b = Parolee.builder()
        .cdcNumber(cdc)
        .name(name)
        .aliases(aliases(name, sex))
        .monikers(monikers(name))
        .identifiers(identifiers(status))
        .description(description(dob, sex, group, age, status))
        .addresses(addresses)
        .vehicles(vehicles())
        .offenses(offenses)
        .registrations(registrations)
        .supervision(supervision)
        .recordVersion(1 + Math.min(59, (long) (-Math.log(1 - random.nextDouble()) * 4)));
    List<Smt> smts = smts();
    b.smts(smts);
    b.photos(photos(cdc, smts, release, latest));
    b.sourceTimestamp(sourceTimestamp(latest.date));
    return b.build();
  }

  // ---------------------------------------------------------------- identity

  private PersonName name(Sex sex) {
    NameTable firsts = sex == Sex.FEMALE ? female : male;
    String first = firsts.sample(random);
    String last = surnames.sample(random);
    double m = random.nextDouble();
    String middle = null;
    if (m < 0.45) {
      middle = firsts.sample(random);
    } else if (m < 0.65) {
      middle = firsts.sample(random).substring(0, 1);
    }
    String suffix = sex == Sex.MALE && random.nextDouble() < 0.03 ? pick(Vocabulary.SUFFIXES) : null;
    return new PersonName(first, middle, last, suffix);
  }

  private List<Alias> aliases(PersonName name, Sex sex) {
    double c = random.nextDouble();
    int count = c < 0.45 ? 0 : c < 0.75 ? 1 : c < 0.92 ? 2 : 3;
    List<Alias> aliases = new ArrayList<>(count);
    for (int attempt = 0; aliases.size() < count && attempt < count * 4; attempt++) {
      double v = random.nextDouble();
      Alias alias;
      if (v < 0.35) {
        alias = new Alias(name.first(), surnames.sample(random));
      } else if (v < 0.65) {
        alias = new Alias(random.nextDouble() < 0.8 ? name.first() : null, misspell(name.last()));
      } else if (v < 0.85 || name.middle() == null || name.middle().length() < 2) {
        alias = new Alias((sex == Sex.FEMALE ? female : male).sample(random), name.last());
      } else {
        alias = new Alias(name.middle(), name.last());
      }
      boolean same = alias.last().equals(name.last()) && name.first().equals(alias.first());
      if (!same && !aliases.contains(alias)) {
        aliases.add(alias);
      }
    }
    return aliases;
  }

  /** A misspelling: a dropped, doubled or swapped letter. Keeps letters only, so the name stays valid. */
  String misspell(String s) {
    int n = s.length();
    int op = n < 3 ? 1 : random.nextInt(3);
    if (op == 0) {
      int i = 1 + random.nextInt(n - 1);
      return s.substring(0, i) + s.substring(i + 1);
    }
    if (op == 2) {
      for (int tries = 0; tries < 4; tries++) {
        int i = 1 + random.nextInt(n - 2);
        if (s.charAt(i) != s.charAt(i + 1)) {
          return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
        }
      }
    }
    int i = random.nextInt(n);
    return s.substring(0, i + 1) + s.charAt(i) + s.substring(i + 1);
  }

  private List<String> monikers(PersonName name) {
    double c = random.nextDouble();
    int count = c < 0.73 ? 0 : c < 0.95 ? 1 : 2;
    List<String> monikers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double v = random.nextDouble();
      String m = v < 0.7 ? pick(Vocabulary.MONIKERS) : (v < 0.85 ? "LIL " : "BIG ") + name.first();
      if (!monikers.contains(m)) {
        monikers.add(m);
      }
    }
    return monikers;
  }

  private Identifiers identifiers(ParoleStatus status) {
    CiiNumber cii = random.nextDouble() < 0.97
        ? new CiiNumber((random.nextDouble() < 0.9 ? "A" : "") + digits(8))
        : null;
    FbiNumber fbi = null;
    if (random.nextDouble() < 0.9) {
      fbi = new FbiNumber(random.nextDouble() < 0.7
          ? digits(6) + letter() + letter() + digits(1)
          : (char) ('1' + random.nextInt(9)) + digits(6 + random.nextInt(3)));
    }
    double ssnShare = status == ParoleStatus.DEPORTED ? 0.4 : 0.88;
    Ssn ssn = null;
    if (random.nextDouble() < ssnShare) {
      int area = 1 + random.nextInt(899);
      if (area == 666) {
        area = 667;
      }
      ssn = new Ssn(pad(area, 3) + pad(1 + random.nextInt(99), 2) + pad(1 + random.nextInt(9_999), 4));
    }
    DriverLicence licence = null;
    double d = random.nextDouble();
    if (d < 0.55) {
      licence = new DriverLicence(letter() + digits(7), UsState.CA);
    } else if (d < 0.58) {
      licence = new DriverLicence(digits(10), UsState.NV);
    } else if (d < 0.60) {
      licence = new DriverLicence(letter() + digits(8), UsState.AZ);
    }
    return new Identifiers(cii, fbi, ssn, licence);
  }

  // ---------------------------------------------------------------- description

  private PhysicalDescription description(LocalDate dob, Sex sex, Group group, int age, ParoleStatus status) {
    Race race;
    Ethnicity ethnicity;
    switch (group) {
      case HISPANIC -> {
        double r = random.nextDouble();
        race = r < 0.9 ? Race.WHITE : r < 0.95 ? Race.AMERICAN_INDIAN : Race.UNKNOWN;
        ethnicity = Ethnicity.HISPANIC;
      }
      case BLACK -> {
        race = Race.BLACK;
        ethnicity = Ethnicity.NOT_HISPANIC;
      }
      case WHITE -> {
        race = Race.WHITE;
        ethnicity = Ethnicity.NOT_HISPANIC;
      }
      case ASIAN -> {
        race = Race.ASIAN_PACIFIC_ISLANDER;
        ethnicity = Ethnicity.NOT_HISPANIC;
      }
      case NATIVE -> {
        race = Race.AMERICAN_INDIAN;
        ethnicity = Ethnicity.NOT_HISPANIC;
      }
      case OTHER -> {
        race = Race.UNKNOWN;
        ethnicity = random.nextBoolean() ? Ethnicity.UNKNOWN : null;
      }
      default -> throw new IllegalStateException("unhandled group " + group);
    }
    double meanHeight = sex == Sex.FEMALE ? 64.2 : 69.3;
    if (group == Group.HISPANIC || group == Group.ASIAN) {
      meanHeight -= 1.5;
    }
    int height = (int) Math.max(56, Math.min(82, Math.round(meanHeight + 2.9 * random.nextGaussian())));
    double bmi = Math.max(17, Math.min(48, 28 + 5 * random.nextGaussian()));
    int weight = (int) Math.max(95, Math.min(400, Math.round(bmi * height * height / 703.0)));
    return new PhysicalDescription(dob, sex, race, ethnicity, height, weight, hair(group, sex, age),
        eyes(group), skin(group), birthplace(group, status));
  }

  private HairColor hair(Group group, Sex sex, int age) {
    double greyShare = age <= 40 ? 0.02 : Math.min(0.7, (age - 40) / 45.0);
    if (sex == Sex.MALE && random.nextDouble() < 0.04 + Math.max(0, age - 30) * 0.004) {
      return HairColor.BALD;
    }
    if (random.nextDouble() < greyShare) {
      return random.nextDouble() < 0.85 ? HairColor.GRAY : HairColor.WHITE;
    }
    double r = random.nextDouble();
    if (group == Group.WHITE) {
      return r < 0.45 ? HairColor.BROWN : r < 0.57 ? HairColor.BLACK : r < 0.85 ? HairColor.BLOND
          : r < 0.92 ? HairColor.RED : r < 0.97 ? HairColor.SANDY : HairColor.UNKNOWN;
    }
    return r < 0.72 ? HairColor.BLACK : r < 0.97 ? HairColor.BROWN : r < 0.99 ? HairColor.RED : HairColor.UNKNOWN;
  }

  private EyeColor eyes(Group group) {
    double r = random.nextDouble();
    if (group == Group.WHITE) {
      return r < 0.35 ? EyeColor.BLUE : r < 0.70 ? EyeColor.BROWN : r < 0.82 ? EyeColor.GREEN
          : r < 0.97 ? EyeColor.HAZEL : EyeColor.GRAY;
    }
    return r < 0.85 ? EyeColor.BROWN : r < 0.95 ? EyeColor.BLACK : r < 0.99 ? EyeColor.HAZEL : EyeColor.UNKNOWN;
  }

  private @Nullable SkinTone skin(Group group) {
    if (random.nextDouble() < 0.3) {
      return null;
    }
    SkinTone[] choices = switch (group) {
      case HISPANIC -> new SkinTone[] {SkinTone.MEDIUM, SkinTone.LIGHT_BROWN, SkinTone.OLIVE, SkinTone.MEDIUM_BROWN};
      case BLACK -> new SkinTone[] {SkinTone.DARK_BROWN, SkinTone.BLACK, SkinTone.MEDIUM_BROWN, SkinTone.DARK};
      case WHITE -> new SkinTone[] {SkinTone.FAIR, SkinTone.LIGHT, SkinTone.RUDDY, SkinTone.MEDIUM};
      case ASIAN -> new SkinTone[] {SkinTone.LIGHT, SkinTone.MEDIUM, SkinTone.OLIVE};
      case NATIVE -> new SkinTone[] {SkinTone.MEDIUM_BROWN, SkinTone.MEDIUM, SkinTone.LIGHT_BROWN};
      case OTHER -> new SkinTone[] {SkinTone.MEDIUM, SkinTone.LIGHT_BROWN};
    };
    return choices[random.nextInt(choices.length)];
  }

  private @Nullable String birthplace(Group group, ParoleStatus status) {
    double r = random.nextDouble();
    if (r < 0.02) {
      return null;
    }
    if (status == ParoleStatus.DEPORTED) {
      return r < 0.8 ? "MEXICO" : pick(Vocabulary.BIRTH_COUNTRIES);
    }
    return switch (group) {
      case HISPANIC -> r < 0.72 ? "CA" : r < 0.92 ? "MEXICO" : r < 0.96 ? pick(Vocabulary.BIRTH_COUNTRIES)
          : pick(Vocabulary.BIRTH_STATES);
      case ASIAN -> r < 0.6 ? "CA" : r < 0.95 ? pick(Vocabulary.BIRTH_COUNTRIES) : pick(Vocabulary.BIRTH_STATES);
      default -> r < 0.84 ? "CA" : pick(Vocabulary.BIRTH_STATES);
    };
  }

  // ---------------------------------------------------------------- offenses and supervision

  /** Adds 1–3 distinct offenses and their registrations; returns the latest offense date. */
  private LocalDate offenses(List<Offense> offenses, Set<RegistrationStatute> registrations, County home,
      LocalDate release, LocalDate juvenile) {
    double c = random.nextDouble();
    int count = c < 0.55 ? 1 : c < 0.85 ? 2 : 3;
    LocalDate latestOffense = min(release, asOf).minusDays(30);
    LocalDate main = null;
    List<Vocabulary.OffenseEntry> chosen = new ArrayList<>(count);
    for (int attempt = 0; chosen.size() < count && attempt < 10; attempt++) {
      Vocabulary.OffenseEntry e = Vocabulary.OFFENSES.get(OFFENSE_TABLE.sample(random));
      if (!chosen.contains(e)) {
        chosen.add(e);
      }
    }
    County commitment = random.nextDouble() < 0.75 ? home : geography.county(random);
    for (Vocabulary.OffenseEntry e : chosen) {
      LocalDate date;
      if (main == null) {
        boolean life = e.description().equals("MURDER");
        int custodyDays = life ? 5_000 + random.nextInt(4_000) : 200 + random.nextInt(3_000);
        date = max(latestOffense.minusDays(custodyDays), juvenile);
        main = date;
      } else {
        date = max(main.minusDays(random.nextInt(400)), juvenile);
      }
      offenses.add(new Offense(e.section(), e.description(), date, commitment));
      if (e.kind() != Vocabulary.Kind.OTHER && (e.kind() != Vocabulary.Kind.DRUG || random.nextDouble() < 0.5)) {
        registrations.add(e.statute());
      }
    }
    return main == null ? latestOffense : main;
  }

  private List<SupervisionEvent> events(ParoleStatus status, LocalDate release, @Nullable LocalDate discharge,
      Latest latest) {
    List<SupervisionEvent> events = new ArrayList<>(2);
    Suspension.Authority authority = status == ParoleStatus.PRCS || random.nextDouble() < 0.6
        ? Suspension.Authority.COURT
        : Suspension.Authority.BPH;
    switch (status) {
      case SUSPENDED -> {
        // At large: suspended since a date after release, not yet arrested.
        LocalDate tolled = between(release.plusDays(1), lastPast);
        events.add(new Suspension(authority, tolled, null));
        latest.see(tolled);
      }
      case REVOKED -> {
        LocalDate custody = between(release.plusDays(1), lastPast);
        if (random.nextBoolean() && custody.isAfter(release.plusDays(2))) {
          LocalDate tolled = between(release.plusDays(1), custody.minusDays(1));
          events.add(new Suspension(authority, tolled, custody));
        }
        events.add(new Revocation(custody, null));
        latest.see(custody);
      }
      case ACTIVE, PRCS, MONITORED_NRP, NRP, DISCHARGED -> {
        LocalDate end = discharge != null ? discharge.minusDays(1) : lastPast;
        if (random.nextDouble() < 0.12 && end.isAfter(release.plusDays(200))) {
          LocalDate tolled = between(release.plusDays(1), end.minusDays(160));
          LocalDate arrested = tolled.plusDays(5 + random.nextInt(60));
          events.add(new Suspension(authority, tolled, arrested));
          if (random.nextBoolean()) {
            LocalDate out = arrested.plusDays(30 + random.nextInt(90));
            events.add(new Revocation(arrested, out));
            latest.see(out);
          }
          latest.see(arrested);
        }
      }
      case PRE_PAROLE, DEPORTED -> {
        // In custody before release, or out of the country: no events.
      }
    }
    return events;
  }

  private Supervision supervision(ParoleStatus status, County home, LocalDate release, @Nullable LocalDate discharge,
      List<SupervisionEvent> events, List<Offense> offenses, boolean sexOffender) {
    SupervisionLevel level = switch (status) {
      case DISCHARGED, DEPORTED, NRP -> SupervisionLevel.NONE;
      case MONITORED_NRP -> SupervisionLevel.MINIMUM;
      case PRCS -> generalLevel();
      case ACTIVE, SUSPENDED, REVOKED, PRE_PAROLE -> sexOffender ? SupervisionLevel.HIGH_RISK_SEX_OFFENDER : generalLevel();
    };
    AgentOfRecord agent = null;
    ParoleUnit unit = null;
    if (status != ParoleStatus.PRCS && status != ParoleStatus.NRP && status != ParoleStatus.DISCHARGED) {
      int number = 1 + random.nextInt(geography.unitCount(home));
      String code = home.countyName().toUpperCase(java.util.Locale.ROOT) + " " + number;
      int area = Vocabulary.areaCode(home);
      unit = new ParoleUnit(code, phone(area, Math.floorMod(code.hashCode(), 100)));
      if (status != ParoleStatus.DEPORTED) {
        int agentIndex = random.nextInt(8);
        agent = new AgentOfRecord(agentName(code, agentIndex), phone(area, random.nextInt(100)));
      }
    }
    CountyUnit countyUnit = status == ParoleStatus.PRCS ? CountyUnit.of(home) : null;
    List<String> conditions = conditions(status, sexOffender);
    LocalDate controlling = null;
    if (discharge != null) {
      controlling = discharge;
    } else if (status != ParoleStatus.DEPORTED) {
      // Approximate: the term (3 years for PRCS and most parolees, 5 for some) plus closed custody
      // and tolled days; open events leave the date where it was.
      int years = status == ParoleStatus.PRCS ? 3 : random.nextDouble() < 0.8 ? 3 : 5;
      long extra = 0;
      for (SupervisionEvent e : events) {
        LocalDate end = e.end();
        if (end != null) {
          extra += ChronoUnit.DAYS.between(e.start(), end);
        }
      }
      controlling = release.plusYears(years).plusDays(extra);
    }
    County collr = random.nextDouble() < 0.8 || offenses.isEmpty() ? home : offenses.get(0).county();
    return new Supervision(status, level, agent, unit, countyUnit, conditions, release, discharge, controlling,
        events, collr);
  }

  private SupervisionLevel generalLevel() {
    double r = random.nextDouble();
    return r < 0.25 ? SupervisionLevel.HIGH_CONTROL : r < 0.75 ? SupervisionLevel.CONTROL_SERVICE
        : r < 0.85 ? SupervisionLevel.HIGH_SERVICE : r < 0.95 ? SupervisionLevel.MINIMUM : SupervisionLevel.SPECIALIZED;
  }

  private List<String> conditions(ParoleStatus status, boolean sexOffender) {
    if (status == ParoleStatus.DISCHARGED || status == ParoleStatus.NRP || status == ParoleStatus.DEPORTED) {
      return List.of();
    }
    List<String> conditions = new ArrayList<>(5);
    if (sexOffender) {
      int n = 2 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        addOnce(conditions, pick(Vocabulary.SEX_OFFENDER_CONDITIONS));
      }
    }
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      addOnce(conditions, pick(Vocabulary.SPECIAL_CONDITIONS));
    }
    return conditions;
  }

  private String agentName(String unitCode, int index) {
    // The same unit and index always name the same agent, so agents recur across records.
    return agentNames.computeIfAbsent(unitCode + "#" + index, key -> {
      SplittableRandom r = new SplittableRandom(agentSeed ^ (key.hashCode() * 0xBF58476D1CE4E5B9L));
      NameTable firsts = r.nextDouble() < 0.6 ? male : female;
      return surnames.sample(r) + ", " + firsts.sample(r);
    });
  }

  private static PhoneNumber phone(int area, int line) {
    // 555-0100 to 555-0199 are reserved for fiction.
    return new PhoneNumber(area + "55501" + pad(line, 2));
  }

  // ---------------------------------------------------------------- addresses

  private List<Address> addresses(ParoleStatus status, County home, LocalDate release, LocalDate lastOffense,
      LocalDate juvenile, List<SupervisionEvent> events, Latest latest) {
    List<Address> addresses = new ArrayList<>(5);
    ZipPlace zip = geography.zip(random, home);
    switch (status) {
      case PRE_PAROLE, DEPORTED -> addresses.add(address(AddressType.LAST_LEGAL, zip, false, null, null, latest));
      case REVOKED -> {
        LocalDate custody = events.get(events.size() - 1).start();
        addresses.add(address(AddressType.RESIDENCE, zip, false, release, custody, latest));
      }
      default -> {
        boolean transientNow = random.nextDouble() < transientFraction;
        LocalDate from = release;
        if (random.nextDouble() < 0.4 && lastPast.isAfter(release.plusDays(30))) {
          from = between(release.plusDays(30), lastPast);
          // Moved since release: the first address after release, in the same county.
          addresses.add(address(AddressType.RESIDENCE, geography.zip(random, home), false, release,
              from.minusDays(1), latest));
        }
        Address current = address(AddressType.RESIDENCE, zip, transientNow, from, null, latest);
        addresses.add(0, current);
        if (random.nextDouble() < (transientNow ? 0.6 : 0.08)) {
          addresses.add(address(AddressType.MAILING, geography.zip(random, home), false, from, null, latest));
        }
        if (status == ParoleStatus.PRCS) {
          addresses.add(random.nextDouble() < 0.7
              ? new Address(AddressType.SELF_DISCLOSED, current.street(), current.unit(), current.city(),
                  current.state(), current.zip(), current.county(), current.geocode(), current.validated(), null, null)
              : address(AddressType.SELF_DISCLOSED, geography.zip(random, home), false, null, null, latest));
        }
      }
    }
    // Residences before the commitment offense.
    int former = random.nextInt(3);
    LocalDate to = min(lastOffense.plusDays(random.nextInt(60)), release.minusDays(1));
    for (int i = 0; i < former; i++) {
      LocalDate from = to.minusDays(120 + random.nextInt(1_700));
      if (from.isBefore(juvenile)) {
        break;
      }
      County county = random.nextDouble() < 0.6 ? home : geography.county(random);
      addresses.add(address(AddressType.RESIDENCE, geography.zip(random, county), false, from, to, latest));
      to = from.minusDays(1 + random.nextInt(30));
    }
    return addresses;
  }

  private Address address(AddressType type, ZipPlace zip, boolean transientAddress, @Nullable LocalDate from,
      @Nullable LocalDate to, Latest latest) {
    if (from != null && !from.isAfter(lastPast)) {
      latest.see(from);
    }
    if (to != null) {
      latest.see(to);
    }
    if (transientAddress) {
      Geocode centroid = new Geocode(zip.point(), GeocodeSource.ZIP_CENTROID, GeocodePrecision.ZIP);
      return new Address(type, "TRANSIENT", null, zip.city().toUpperCase(java.util.Locale.ROOT), UsState.CA,
          zip.zip(), zip.county(), centroid, false, from, to);
    }
    String street;
    String unit = null;
    if (type == AddressType.MAILING && random.nextDouble() < 0.5) {
      street = "PO BOX " + (1 + random.nextInt(9_999));
    } else {
      int number = random.nextDouble() < 0.7 ? 100 + random.nextInt(9_900) : 10_000 + random.nextInt(20_000);
      street = number + " " + pick(Vocabulary.STREET_NAMES) + " " + pick(Vocabulary.STREET_SUFFIXES);
      double u = random.nextDouble();
      if (u < 0.12) {
        unit = "APT " + (1 + random.nextInt(399));
      } else if (u < 0.17) {
        unit = "#" + (char) ('A' + random.nextInt(8));
      } else if (u < 0.20) {
        unit = "UNIT " + (1 + random.nextInt(60));
      }
    }
    double g = random.nextDouble();
    boolean validated = g < 0.85;
    Geocode geocode;
    if (g < 0.75) {
      geocode = new Geocode(jitter(zip), GeocodeSource.USPS_VALIDATED, GeocodePrecision.ROOFTOP);
    } else if (g < 0.85) {
      geocode = new Geocode(jitter(zip), GeocodeSource.ADDRESS_POINT, GeocodePrecision.ROOFTOP);
    } else if (g < 0.90) {
      geocode = new Geocode(jitter(zip), GeocodeSource.MANUAL, GeocodePrecision.STREET);
    } else if (g < 0.97) {
      geocode = new Geocode(zip.point(), GeocodeSource.ZIP_CENTROID, GeocodePrecision.ZIP);
    } else {
      geocode = null;
    }
    return new Address(type, street, unit, zip.city().toUpperCase(java.util.Locale.ROOT), UsState.CA, zip.zip(),
        zip.county(), geocode, validated, from, to);
  }

  private GeoPoint jitter(ZipPlace zip) {
    return Geography.jitter(random, zip.point(), JITTER_METERS);
  }

  // ---------------------------------------------------------------- marks, photos, vehicles

  private List<Smt> smts() {
    double c = random.nextDouble();
    int count = c < 0.30 ? 0 : c < 0.55 ? 1 : c < 0.75 ? 2 : c < 0.90 ? 3 : 4;
    boolean dragon = random.nextDouble() < DRAGON_SHARE;
    if (dragon && count == 0) {
      count = 1;
    }
    List<Smt> smts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (dragon && i == 0) {
        smts.add(new Smt(SmtCode.parse(pick(Vocabulary.TATTOO_SITES)), pick(Vocabulary.DRAGON_TATTOOS)));
        continue;
      }
      double k = random.nextDouble();
      if (k < 0.65) {
        String text = random.nextDouble() < 0.08 ? female.sample(random) : pick(Vocabulary.TATTOOS);
        String site = switch (text) {
          case "TEARDROP" -> "TAT FACE";
          case "SPIDER WEB" -> random.nextBoolean() ? "TAT L ARM" : "TAT R ARM";
          default -> pick(Vocabulary.TATTOO_SITES);
        };
        smts.add(new Smt(SmtCode.parse(site), text));
      } else if (k < 0.9) {
        smts.add(new Smt(SmtCode.parse(pick(Vocabulary.SCAR_SITES)), pick(Vocabulary.SCARS)));
      } else {
        smts.add(new Smt(SmtCode.parse(pick(Vocabulary.OTHER_SITES)), null));
      }
    }
    return smts;
  }

  private List<Photo> photos(CdcNumber cdc, List<Smt> smts, LocalDate release, Latest latest) {
    List<Photo> photos = new ArrayList<>(2 + smts.size());
    LocalDate taken = min(release, lastPast).minusDays(1 + random.nextInt(60));
    if (random.nextDouble() < photoFraction) {
      photos.add(photo(PhotoKind.MUGSHOT, cdc, "mugshot-1.jpg", taken, null));
      if (random.nextDouble() < 0.15) {
        photos.add(photo(PhotoKind.FULL_BODY, cdc, "full-body-1.jpg", taken, null));
      }
      latest.see(taken);
    }
    for (int i = 0; i < smts.size(); i++) {
      if (random.nextDouble() < 0.35) {
        photos.add(photo(PhotoKind.SMT, cdc, "smt-" + (i + 1) + ".jpg", taken, smts.get(i).code()));
      }
    }
    return photos;
  }

  private Photo photo(PhotoKind kind, CdcNumber cdc, String file, LocalDate taken, @Nullable SmtCode smt) {
    String uri = "photo://synthetic/" + cdc.value() + "/" + file;
    // The "bytes" of a synthetic photo are a fixed text naming it, so the hash is reproducible.
    byte[] digest = sha256.digest(("leads-testkit synthetic photo " + uri).getBytes(StandardCharsets.UTF_8));
    return new Photo(kind, URI.create(uri), HEX.formatHex(digest), taken, smt);
  }

  private List<Vehicle> vehicles() {
    double c = random.nextDouble();
    int count = c < 0.55 ? 0 : c < 0.90 ? 1 : 2;
    List<Vehicle> vehicles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Vocabulary.VehicleModel m = Vocabulary.VEHICLES.get(VEHICLE_TABLE.sample(random));
      int newest = Math.min(m.lastYear(), asOf.getYear());
      int year = Math.max(m.firstYear(), newest - (int) Math.abs(random.nextGaussian() * 9));
      VehicleColor color = pick(Vocabulary.VEHICLE_COLORS);
      vehicles.add(new Vehicle(plate(), m.make(), m.model(), year, color, m.style()));
    }
    return vehicles;
  }

  private Plate plate() {
    double r = random.nextDouble();
    if (r < 0.75) {
      // Current California sequence: a digit, three letters, three digits (7ABC123).
      return new Plate((char) ('1' + random.nextInt(9)) + caLetters(3) + digits(3), UsState.CA);
    }
    if (r < 0.88) {
      // Older California plates: three letters, three digits.
      return new Plate(caLetters(3) + digits(3), UsState.CA);
    }
    int s = random.nextInt(Vocabulary.PLATE_STATES.length);
    String pattern = Vocabulary.PLATE_PATTERNS[s];
    StringBuilder b = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      b.append(pattern.charAt(i) == 'L' ? letter() : (char) ('0' + random.nextInt(10)));
    }
    return new Plate(b.toString(), Vocabulary.PLATE_STATES[s]);
  }

  // ---------------------------------------------------------------- helpers

  private Instant sourceTimestamp(LocalDate latestFact) {
    LocalDate first = max(latestFact.plusDays(1), asOf.minusDays(90));
    if (!first.isBefore(asOf)) {
      first = lastPast;
    }
    long from = first.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long until = asOf.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    return Instant.ofEpochSecond(from + random.nextLong(until - from));
  }

  private LocalDate between(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return from;
    }
    return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static void addOnce(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  private char letter() {
    return (char) ('A' + random.nextInt(26));
  }

  private String caLetters(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = CA_PLATE_LETTERS.charAt(random.nextInt(CA_PLATE_LETTERS.length()));
    }
    return new String(c);
  }

  private String digits(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(c);
  }

  private static String pad(int value, int width) {
    String s = Integer.toString(value);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  private static AliasTable offenseTable() {
    double[] w = new double[Vocabulary.OFFENSES.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = Vocabulary.OFFENSES.get(i).weight();
    }
    return new AliasTable(w);
  }

  private static AliasTable vehicleTable() {
    double[] w = new double[Vocabulary.VEHICLES.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = Vocabulary.VEHICLES.get(i).weight();
    }
    return new AliasTable(w);
  }

  /** The latest past date seen while building a record, so the source timestamp can follow it. */
  private final class Latest {
    LocalDate date = PhysicalDescription.EARLIEST_BIRTH;

    void see(LocalDate d) {
      if (d.isAfter(date) && !d.isAfter(lastPast)) {
        date = d;
      }
    }
  }
}
