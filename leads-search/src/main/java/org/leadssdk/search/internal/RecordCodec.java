package org.leadssdk.search.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.AgentOfRecord;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.CiiNumber;
import org.leadssdk.core.CodeSection;
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
import org.leadssdk.core.VehicleStyle;
import org.leadssdk.core.ZipCode;

/**
 * The index's own compact binary form of a record: varints, UTF-8 strings and enum ordinals, about half
 * the size of the JSON and several times faster to read back, since a search decodes every hit it
 * returns. Decoding goes through the records' constructors, so what comes out is validated like any
 * record.
 *
 * <p>Enum ordinals tie the bytes to this SDK's code tables: {@link #FORMAT} is a fingerprint of the format
 * version and every code table, stored with each index commit; an index written with other code tables
 * is refused on open and must be rebuilt from its feed. The version also counts changes to the index
 * documents the bytes are stored in ({@link DocumentMapper}): 2 added the source timestamp field
 * ({@link Fields#SOURCE_TIME}) that "since" downloads query; 3 added the numeric CDC sort key ({@link Fields#CDC_KEY}); 4
 * counts facets on the keyword fields' own sorted-set doc values instead of a separate facets field; 5
 * indexes the name and word fields without positions (and the names without norms) and drops the unused
 * moniker field; 6 indexes only the three-character substrings of plates, with the plates in doc values.
 * Thread-safe.
 */
public final class RecordCodec {
  private static final int VERSION = 6;

  /** The fingerprint of this format and the code tables it depends on. */
  public static final String FORMAT = fingerprint();

  private static final RecordCodec INSTANCE = new RecordCodec();

  private static final Sex[] SEX = Sex.values();
  private static final Race[] RACE = Race.values();
  private static final Ethnicity[] ETHNICITY = Ethnicity.values();
  private static final HairColor[] HAIR = HairColor.values();
  private static final EyeColor[] EYES = EyeColor.values();
  private static final SkinTone[] SKIN = SkinTone.values();
  private static final AddressType[] ADDRESS_TYPE = AddressType.values();
  private static final UsState[] STATE = UsState.values();
  private static final County[] COUNTY = County.values();
  private static final GeocodeSource[] GEO_SOURCE = GeocodeSource.values();
  private static final GeocodePrecision[] GEO_PRECISION = GeocodePrecision.values();
  private static final PhotoKind[] PHOTO = PhotoKind.values();
  private static final VehicleColor[] VEHICLE_COLOR = VehicleColor.values();
  private static final VehicleStyle[] VEHICLE_STYLE = VehicleStyle.values();
  private static final RegistrationStatute[] REGISTRATION = RegistrationStatute.values();
  private static final ParoleStatus[] STATUS = ParoleStatus.values();
  private static final SupervisionLevel[] LEVEL = SupervisionLevel.values();
  private static final Suspension.Authority[] AUTHORITY = Suspension.Authority.values();

  private RecordCodec() {}

  /** The shared codec. */
  public static RecordCodec get() {
    return INSTANCE;
  }

  private static String fingerprint() {
    CRC32 crc = new CRC32();
    for (Class<?> e : List.of(Sex.class, Race.class, Ethnicity.class, HairColor.class, EyeColor.class, SkinTone.class,
        AddressType.class, UsState.class, County.class, GeocodeSource.class, GeocodePrecision.class, PhotoKind.class,
        VehicleColor.class, VehicleStyle.class, RegistrationStatute.class, ParoleStatus.class, SupervisionLevel.class,
        Suspension.Authority.class)) {
      crc.update(e.getName().getBytes(StandardCharsets.UTF_8));
      for (Object c : e.getEnumConstants()) {
        crc.update(((Enum<?>) c).name().getBytes(StandardCharsets.UTF_8));
      }
    }
    return "rec" + VERSION + "-" + Long.toHexString(crc.getValue());
  }

  // ---------------------------------------------------------------- encode

  /** The record's bytes. */
  public byte[] encode(Parolee p) {
    Out o = new Out(4096);
    o.str(p.cdcNumber().value());
    name(o, p.name());
    o.uvar(p.aliases().size());
    for (Alias a : p.aliases()) {
      o.nstr(a.first());
      o.str(a.last());
    }
    o.uvar(p.monikers().size());
    p.monikers().forEach(o::str);
    Identifiers id = p.identifiers();
    o.nstr(id.cii() == null ? null : id.cii().value());
    o.nstr(id.fbi() == null ? null : id.fbi().value());
    o.nstr(id.ssn() == null ? null : id.ssn().value());
    if (id.driverLicence() == null) {
      o.uvar(0);
    } else {
      o.uvar(1);
      o.str(id.driverLicence().number());
      o.en(id.driverLicence().state());
    }
    PhysicalDescription d = p.description();
    o.date(d.dateOfBirth());
    o.en(d.sex());
    o.en(d.race());
    o.en(d.ethnicity());
    o.uvar(d.heightInches());
    o.uvar(d.weightPounds());
    o.en(d.hair());
    o.en(d.eyes());
    o.en(d.skin());
    o.nstr(d.birthplace());
    o.uvar(p.addresses().size());
    for (Address a : p.addresses()) {
      o.en(a.type());
      o.str(a.street());
      o.nstr(a.unit());
      o.str(a.city());
      o.en(a.state());
      o.str(a.zip().value());
      o.en(a.county());
      if (a.geocode() == null) {
        o.uvar(0);
      } else {
        o.uvar(1);
        o.dbl(a.geocode().point().latitude());
        o.dbl(a.geocode().point().longitude());
        o.en(a.geocode().source());
        o.en(a.geocode().precision());
      }
      o.uvar(a.validated() ? 1 : 0);
      o.date(a.from());
      o.date(a.to());
    }
    o.uvar(p.photos().size());
    for (Photo ph : p.photos()) {
      o.en(ph.kind());
      o.str(ph.uri().toString());
      o.str(ph.sha256());
      o.date(ph.taken());
      o.nstr(ph.smt() == null ? null : ph.smt().value());
    }
    o.uvar(p.smts().size());
    for (Smt s : p.smts()) {
      o.str(s.code().value());
      o.nstr(s.description());
    }
    o.uvar(p.vehicles().size());
    for (Vehicle v : p.vehicles()) {
      o.str(v.plate().number());
      o.en(v.plate().state());
      o.nstr(v.make());
      o.nstr(v.model());
      o.uvar(v.year() == null ? 0 : v.year() + 1);
      o.en(v.color());
      o.en(v.style());
    }
    o.uvar(p.offenses().size());
    for (Offense f : p.offenses()) {
      o.str(f.codeSection().code());
      o.str(f.codeSection().section());
      o.str(f.description());
      o.date(f.offenseDate());
      o.en(f.county());
    }
    o.uvar(p.registrations().size());
    p.registrations().forEach(o::en);
    Supervision s = p.supervision();
    o.en(s.status());
    o.en(s.level());
    if (s.agent() == null) {
      o.uvar(0);
    } else {
      o.uvar(1);
      o.str(s.agent().name());
      o.nstr(s.agent().phone() == null ? null : s.agent().phone().digits());
    }
    if (s.paroleUnit() == null) {
      o.uvar(0);
    } else {
      o.uvar(1);
      o.str(s.paroleUnit().code());
      o.nstr(s.paroleUnit().phone() == null ? null : s.paroleUnit().phone().digits());
    }
    o.en(s.countyUnit() == null ? null : s.countyUnit().county());
    o.uvar(s.specialConditions().size());
    s.specialConditions().forEach(o::str);
    o.date(s.releaseDate());
    o.date(s.dischargeDate());
    o.date(s.controllingDischargeDate());
    o.uvar(s.events().size());
    for (SupervisionEvent e : s.events()) {
      switch (e) {
        case Revocation r -> {
          o.uvar(1);
          o.date(r.custodyFrom());
          o.date(r.releasedOn());
        }
        case Suspension su -> {
          o.uvar(2);
          o.en(su.authority());
          o.date(su.tolledFrom());
          o.date(su.arrestedOn());
        }
      }
    }
    o.en(s.countyOfLastLegalResidence());
    o.uvar(p.recordVersion());
    o.svar(p.sourceTimestamp().getEpochSecond());
    o.uvar(p.sourceTimestamp().getNano());
    return o.bytes();
  }

  private static void name(Out o, PersonName n) {
    o.str(n.first());
    o.nstr(n.middle());
    o.str(n.last());
    o.nstr(n.suffix());
  }

  // ---------------------------------------------------------------- decode

  /**
   * The record from its bytes.
   *
   * @throws IllegalStateException if the bytes are not a record of this format (a damaged index)
   */
  public Parolee decode(byte[] bytes, int offset, int length) {
    In in = new In(bytes, offset, offset + length);
    try {
      Parolee p = read(in);
      if (in.pos != in.end) {
        throw new IllegalStateException("a stored record has " + (in.end - in.pos) + " bytes left over");
      }
      return p;
    } catch (RuntimeException e) {
      throw new IllegalStateException("a stored record cannot be decoded; the index may be damaged: " + e.getMessage(), e);
    }
  }

  private static Parolee read(In in) {
    // Straight to the record's constructor (it validates as the builder's build() would), with lists that
    // are already unmodifiable, so the record keeps them instead of copying them again.
    CdcNumber cdc = new CdcNumber(in.str());
    PersonName name = new PersonName(in.str(), in.nstr(), in.str(), in.nstr());
    Alias[] aliases = new Alias[in.size()];
    for (int i = 0; i < aliases.length; i++) {
      aliases[i] = new Alias(in.nstr(), in.str());
    }
    String[] monikers = new String[in.size()];
    for (int i = 0; i < monikers.length; i++) {
      monikers[i] = in.str();
    }
    String cii = in.nstr();
    String fbi = in.nstr();
    String ssn = in.nstr();
    DriverLicence dl = in.count() == 0 ? null : new DriverLicence(in.str(), in.en(STATE));
    Identifiers identifiers = new Identifiers(cii == null ? null : new CiiNumber(cii),
        fbi == null ? null : new FbiNumber(fbi), ssn == null ? null : new Ssn(ssn), dl);
    PhysicalDescription description = new PhysicalDescription(in.date(), in.en(SEX), in.en(RACE), in.nen(ETHNICITY),
        in.count(), in.count(), in.en(HAIR), in.en(EYES), in.nen(SKIN), in.nstr());
    Address[] addresses = new Address[in.size()];
    for (int i = 0; i < addresses.length; i++) {
      AddressType type = in.en(ADDRESS_TYPE);
      String street = in.str();
      String unit = in.nstr();
      String city = in.str();
      UsState state = in.en(STATE);
      ZipCode zip = new ZipCode(in.str());
      County county = in.nen(COUNTY);
      Geocode geocode = in.count() == 0 ? null
          : new Geocode(new GeoPoint(in.dbl(), in.dbl()), in.en(GEO_SOURCE), in.en(GEO_PRECISION));
      boolean validated = in.count() == 1;
      addresses[i] = new Address(type, street, unit, city, state, zip, county, geocode, validated, in.ndate(), in.ndate());
    }
    Photo[] photos = new Photo[in.size()];
    for (int i = 0; i < photos.length; i++) {
      PhotoKind kind = in.en(PHOTO);
      URI uri = URI.create(in.str());
      String sha = in.str();
      LocalDate taken = in.ndate();
      String smt = in.nstr();
      photos[i] = new Photo(kind, uri, sha, taken, smt == null ? null : new SmtCode(smt));
    }
    Smt[] smts = new Smt[in.size()];
    for (int i = 0; i < smts.length; i++) {
      smts[i] = new Smt(new SmtCode(in.str()), in.nstr());
    }
    Vehicle[] vehicles = new Vehicle[in.size()];
    for (int i = 0; i < vehicles.length; i++) {
      Plate plate = new Plate(in.str(), in.en(STATE));
      String make = in.nstr();
      String model = in.nstr();
      int year = in.count();
      vehicles[i] = new Vehicle(plate, make, model, year == 0 ? null : year - 1, in.nen(VEHICLE_COLOR),
          in.nen(VEHICLE_STYLE));
    }
    Offense[] offenses = new Offense[in.size()];
    for (int i = 0; i < offenses.length; i++) {
      offenses[i] = new Offense(new CodeSection(in.str(), in.str()), in.str(), in.ndate(), in.nen(COUNTY));
    }
    Set<RegistrationStatute> regs = EnumSet.noneOf(RegistrationStatute.class);
    for (int i = in.count(); i > 0; i--) {
      regs.add(in.en(REGISTRATION));
    }
    ParoleStatus status = in.en(STATUS);
    SupervisionLevel level = in.en(LEVEL);
    AgentOfRecord agent = in.count() == 0 ? null : new AgentOfRecord(in.str(), phone(in.nstr()));
    ParoleUnit unit = in.count() == 0 ? null : new ParoleUnit(in.str(), phone(in.nstr()));
    County unitCounty = in.nen(COUNTY);
    String[] conditions = new String[in.size()];
    for (int i = 0; i < conditions.length; i++) {
      conditions[i] = in.str();
    }
    LocalDate release = in.ndate();
    LocalDate discharge = in.ndate();
    LocalDate controlling = in.ndate();
    SupervisionEvent[] events = new SupervisionEvent[in.size()];
    for (int i = 0; i < events.length; i++) {
      int kind = in.count();
      events[i] = switch (kind) {
        case 1 -> new Revocation(in.date(), in.ndate());
        case 2 -> new Suspension(in.en(AUTHORITY), in.date(), in.ndate());
        default -> throw new IllegalStateException("unknown event kind " + kind);
      };
    }
    County collr = in.nen(COUNTY);
    Supervision supervision = new Supervision(status, level, agent, unit,
        unitCounty == null ? null : new CountyUnit(unitCounty), List.of(conditions), release, discharge, controlling,
        List.of(events), collr);
    long version = in.uvar();
    long seconds = in.svar();
    Instant source = Instant.ofEpochSecond(seconds, in.count());
    return new Parolee(cdc, name, List.of(aliases), List.of(monikers), identifiers, description, List.of(addresses),
        List.of(photos), List.of(smts), List.of(vehicles), List.of(offenses), regs, supervision, version, source);
  }

  private static @Nullable PhoneNumber phone(@Nullable String digits) {
    return digits == null ? null : new PhoneNumber(digits);
  }

  // ---------------------------------------------------------------- buffers

  private static final class Out {
    private byte[] buf;
    private int pos;

    Out(int capacity) {
      buf = new byte[capacity];
    }

    byte[] bytes() {
      return Arrays.copyOf(buf, pos);
    }

    private void ensure(int n) {
      if (pos + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
      }
    }

    void uvar(long v) {
      ensure(10);
      while ((v & ~0x7FL) != 0) {
        buf[pos++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf[pos++] = (byte) v;
    }

    void svar(long v) {
      uvar((v << 1) ^ (v >> 63));
    }

    void dbl(double v) {
      long bits = Double.doubleToRawLongBits(v);
      ensure(8);
      for (int i = 0; i < 8; i++) {
        buf[pos++] = (byte) (bits >>> (8 * i));
      }
    }

    void str(String s) {
      text(s, 0);
    }

    /** Null as length 0, else length + 1. */
    void nstr(@Nullable String s) {
      if (s == null) {
        uvar(0);
        return;
      }
      text(s, 1);
    }

    /**
     * The UTF-8 length plus {@code bias}, then the bytes. Most record text is ASCII, whose UTF-8 length is
     * its length: written straight from the characters, with no intermediate array.
     */
    private void text(String s, int bias) {
      int n = s.length();
      int start = pos;
      uvar(n + (long) bias);
      ensure(n);
      int at = pos;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          // Not ASCII: the length written may be wrong; start again from the encoded bytes.
          pos = start;
          byte[] b = s.getBytes(StandardCharsets.UTF_8);
          uvar(b.length + (long) bias);
          ensure(b.length);
          System.arraycopy(b, 0, buf, pos, b.length);
          pos += b.length;
          return;
        }
        buf[at++] = (byte) c;
      }
      pos = at;
    }

    /** Null as 0, else ordinal + 1. */
    void en(@Nullable Enum<?> e) {
      uvar(e == null ? 0 : e.ordinal() + 1L);
    }

    /** The epoch day, zig-zag encoded; null as Long.MIN_VALUE (never a real date). */
    void date(@Nullable LocalDate d) {
      svar(d == null ? Long.MIN_VALUE : d.toEpochDay());
    }
  }

  private static final class In {
    private final byte[] buf;
    private int pos;
    private final int end;

    In(byte[] buf, int pos, int end) {
      this.buf = buf;
      this.pos = pos;
      this.end = end;
    }

    long uvar() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= end) {
          throw new IllegalStateException("record ends early");
        }
        byte b = buf[pos++];
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw new IllegalStateException("malformed varint");
    }

    long svar() {
      long v = uvar();
      return (v >>> 1) ^ -(v & 1);
    }

    int count() {
      long v = uvar();
      if (v > Integer.MAX_VALUE) {
        throw new IllegalStateException("count out of range: " + v);
      }
      return (int) v;
    }

    /**
     * A number of elements about to be read, each at least one byte: refused if above the bytes left, so
     * that damaged bytes never size an array beyond the record.
     */
    int size() {
      int n = count();
      if (n > end - pos) {
        throw new IllegalStateException("a count of " + n + " exceeds the " + (end - pos) + " bytes left");
      }
      return n;
    }

    double dbl() {
      if (pos + 8 > end) {
        throw new IllegalStateException("record ends early");
      }
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits |= (long) (buf[pos++] & 0xFF) << (8 * i);
      }
      return Double.longBitsToDouble(bits);
    }

    String str() {
      int n = count();
      return text(n);
    }

    @Nullable String nstr() {
      int n = count();
      return n == 0 ? null : text(n - 1);
    }

    private String text(int n) {
      if (pos + n > end) {
        throw new IllegalStateException("record ends early");
      }
      String s = new String(buf, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }

    <E extends Enum<E>> E en(E[] values) {
      E e = nen(values);
      if (e == null) {
        throw new IllegalStateException("a required code is missing");
      }
      return e;
    }

    <E extends Enum<E>> @Nullable E nen(E[] values) {
      int v = count();
      if (v == 0) {
        return null;
      }
      if (v > values.length) {
        throw new IllegalStateException("code " + v + " out of range for " + values[0].getDeclaringClass().getSimpleName());
      }
      return values[v - 1];
    }

    LocalDate date() {
      LocalDate d = ndate();
      if (d == null) {
        throw new IllegalStateException("a required date is missing");
      }
      return d;
    }

    @Nullable LocalDate ndate() {
      long v = svar();
      return v == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(v);
    }
  }
}
