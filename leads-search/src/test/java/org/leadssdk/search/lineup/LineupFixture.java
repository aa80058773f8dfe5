package org.leadssdk.search.lineup;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.County;
import org.leadssdk.core.Ethnicity;
import org.leadssdk.core.EyeColor;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.Offense;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PersonName;
import org.leadssdk.core.Photo;
import org.leadssdk.core.PhotoKind;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.Race;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Sex;
import org.leadssdk.core.SkinTone;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.LeadsSearch;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.TestAccess;
import org.leadssdk.testkit.TestRecords;

/**
 * A hand-made, synthetic population around one subject (AB1234, a 38-year-old white male, 70 in, 180 lb,
 * brown hair): eight plain fillers that fit the default bands, records that fail one band each, the
 * subject's possible duplicates, a fitting record without a front photo, and a fitting record retention
 * hides. Photo bytes are made up and held in {@link #photos}.
 */
final class LineupFixture implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  static final CdcNumber SUBJECT = CdcNumber.parse("AB1234");
  /** The plain fillers: all fit the defaults; heights 68 to 72 (two at 70). */
  static final List<String> PLAIN = List.of("C10001", "C10002", "C10003", "C10004", "C10005", "C10006",
      "C10007", "C10008");
  static final List<String> DUPLICATES = List.of("D20001", "D20002", "D20003", "D20004", "D20005", "D20006",
      "D20007");
  static final List<String> NOT_FITTING = List.of("E30001", "E30002", "E30003", "E30004", "E30005", "E30006");
  static final String NO_PHOTO = "F40001";
  static final String HIDDEN = "F40002";
  private static final String[] OFFENSES = {"PC 211", "PC 459", "HS 11350", "PC 245(a)(1)", "VC 10851", "PC 273.5"};
  private static final String[] OFFENSE_WORDS = {"ROBBERY", "BURGLARY", "POSSESSION", "ASSAULT DEADLY WEAPON",
      "VEHICLE THEFT", "CORPORAL INJURY"};

  final MutableClock clock = MutableClock.at(NOW);
  final InMemoryAuditSink sink = new InMemoryAuditSink();
  final LeadsIndex index;
  final LeadsSearch search;
  final User deputy = TestAccess.deputy(NOW).build();
  final User noLineupRole = TestAccess.deputy(NOW).id("deputy02").roles(List.of(org.leadssdk.policy.Role.LEADS_USER))
      .build();
  final Map<String, Parolee> records = new HashMap<>();
  final Map<URI, byte[]> photos = new HashMap<>();
  private int made;

  LineupFixture() {
    index = LeadsIndex.builder().inMemory().clock(clock).build();
    Parolee subject = person("AB1234", "JOHN", "DOE", LocalDate.of(1988, 4, 12), 70, 180)
        .aliases(List.of(new Alias("JON", "DOH"), new Alias(null, "DOUGH")))
        .identifiers(TestRecords.parolee().build().identifiers())
        .build();
    add(subject);
    int[] heights = {68, 69, 70, 70, 71, 72, 72, 69};
    int[] weights = {170, 175, 180, 185, 190, 165, 195, 200};
    LocalDate[] births = {LocalDate.of(1985, 1, 2), LocalDate.of(1986, 6, 3), LocalDate.of(1987, 9, 4),
        LocalDate.of(1988, 12, 5), LocalDate.of(1989, 2, 6), LocalDate.of(1990, 7, 7), LocalDate.of(1991, 3, 8),
        LocalDate.of(1984, 11, 9)};
    String[] firsts = {"ADAM", "BRIAN", "CARL", "DAVID", "ERIC", "FRANK", "GARY", "HENRY"};
    for (int i = 0; i < PLAIN.size(); i++) {
      add(person(PLAIN.get(i), firsts[i], "FILLER", births[i], heights[i], weights[i]).build());
    }
    Identifiers ids = subject.identifiers();
    LocalDate dob = LocalDate.of(1988, 1, 1);
    add(person("D20001", "ZED", "ONE", dob, 70, 180).identifiers(new Identifiers(null, null, ids.ssn(), null)).build());
    add(person("D20002", "ZED", "TWO", dob, 70, 180).identifiers(new Identifiers(ids.cii(), null, null, null)).build());
    add(person("D20003", "ZED", "THREE", dob, 70, 180).identifiers(new Identifiers(null, ids.fbi(), null, null))
        .build());
    add(person("D20004", "ZED", "FOUR", dob, 70, 180)
        .identifiers(new Identifiers(null, null, null, ids.driverLicence())).build());
    add(person("D20005", "John", "Doe", dob, 70, 180).build());                       // same name, other case
    add(person("D20006", "WALT", "SMYTHE", dob, 70, 180).addAlias(new Alias("JON", "DOH")).build()); // shared alias
    add(person("D20007", "PAUL", "DOUGH", dob, 70, 180).build());                     // subject's last-name-only alias
    add(person("E30001", "IAN", "WRONGSEX", dob, 70, 180).description(description(dob, Sex.FEMALE, Race.WHITE,
        HairColor.BROWN, 70, 180)).build());
    add(person("E30002", "JACK", "WRONGRACE", dob, 70, 180).description(description(dob, Sex.MALE, Race.BLACK,
        HairColor.BROWN, 70, 180)).build());
    add(person("E30003", "KEN", "WRONGHAIR", dob, 70, 180).description(description(dob, Sex.MALE, Race.WHITE,
        HairColor.BLOND, 70, 180)).build());
    add(person("E30004", "LEO", "TOOOLD", LocalDate.of(1980, 1, 1), 70, 180).build());
    add(person("E30005", "MAX", "TOOTALL", dob, 74, 180).build());
    add(person("E30006", "NED", "TOOHEAVY", dob, 70, 201).build());
    Parolee noPhoto = person(NO_PHOTO, "OTTO", "NOPHOTO", dob, 70, 180).build();
    Photo body = new Photo(PhotoKind.FULL_BODY, noPhoto.photos().get(0).uri(), noPhoto.photos().get(0).sha256(),
        null, null);
    add(noPhoto.toBuilder().photos(List.of(body)).build());
    add(person(HIDDEN, "PETE", "HIDDEN", dob, 70, 180)
        .supervision(new Supervision(ParoleStatus.DISCHARGED, SupervisionLevel.NONE, null, null, null, List.of(),
            LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1), null, List.of(), County.SACRAMENTO))
        .build());
    index.refresh();
    search = LeadsSearch.builder()
        .index(index)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, TestAccess.registry(deputy, noLineupRole)))
        .redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(sink).build())
        .clock(clock)
        .build();
  }

  static PhysicalDescription description(LocalDate dob, Sex sex, Race race, HairColor hair, int height, int weight) {
    return new PhysicalDescription(dob, sex, race, Ethnicity.NOT_HISPANIC, height, weight, hair, EyeColor.BLUE,
        SkinTone.FAIR, "CA");
  }

  /** A record like {@link TestRecords#parolee()} with this identity, no aliases or identifiers, one mugshot. */
  Parolee.Builder person(String cdc, String first, String last, LocalDate dob, int height, int weight) {
    int n = made++;
    URI uri = URI.create("photo://synthetic/" + cdc + "/front.jpg");
    byte[] bytes = jpeg(cdc + "#" + n);
    photos.put(uri, bytes);
    return TestRecords.parolee()
        .cdcNumber(CdcNumber.parse(cdc))
        .name(PersonName.of(first, last))
        .aliases(List.of())
        .identifiers(Identifiers.NONE)
        .description(description(dob, Sex.MALE, Race.WHITE, HairColor.BROWN, height, weight))
        .photos(List.of(new Photo(PhotoKind.MUGSHOT, uri, LineupPackage.sha256(bytes), LocalDate.of(2025, 5, 20),
            null)))
        .offenses(List.of(new Offense(CodeSection.parse(OFFENSES[n % OFFENSES.length]), OFFENSE_WORDS[n % OFFENSES.length],
            LocalDate.of(2021, 8, 14), County.FRESNO)))
        .registrations(List.of(RegistrationStatute.values()[n % RegistrationStatute.values().length]));
  }

  /** Made-up image bytes: a JPEG start marker and pseudo-random bytes derived from {@code seed}. */
  static byte[] jpeg(String seed) {
    RandomGenerator r = new java.util.SplittableRandom(seed.hashCode());
    byte[] b = new byte[256];
    r.nextBytes(b);
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xD8;
    b[2] = (byte) 0xFF;
    // Keep the bytes out of the printable range so a text scan of the package cannot find words in them.
    for (int i = 3; i < b.length; i++) {
      b[i] = (byte) (b[i] | 0x80);
    }
    return b;
  }

  private void add(Parolee p) {
    records.put(p.cdcNumber().value(), p);
    index.upsert(p);
  }

  AccessContext context(User user) {
    return AccessContext.of(user, TestAccess.agency(), Action.LINEUP).withPurpose("robbery eyewitness",
        "SO-2026-000123");
  }

  LineupComposer composer(long seed) {
    return LineupComposer.builder(search).random(new java.util.SplittableRandom(seed)).build();
  }

  PhotoStore store() {
    return uri -> {
      byte[] b = photos.get(uri);
      if (b == null) {
        throw new java.io.UncheckedIOException(new java.io.FileNotFoundException("no synthetic photo " + uri));
      }
      return b.clone();
    };
  }

  List<String> all() {
    return new ArrayList<>(records.keySet());
  }

  @Override
  public void close() {
    index.close();
  }
}
