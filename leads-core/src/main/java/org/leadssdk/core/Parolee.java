package org.leadssdk.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A parolee record as Parole LEADS 2.0 shows it, identified by its CDC number. Immutable and thread-safe.
 *
 * <p>The constructor checks the record as a whole and reports every problem at once in an
 * {@link InvalidRecordException} (missing parts, and rules between fields such as "a PRCS record has a
 * county unit"); each part has already checked itself when it was made. Assemble records with
 * {@link #builder()}:
 *
 * <pre>{@code
 * Parolee p = Parolee.builder()
 *     .cdcNumber(CdcNumber.parse("AB1234"))
 *     .name(PersonName.of("JOHN", "DOE"))
 *     .description(description)
 *     .supervision(supervision)
 *     .recordVersion(1).sourceTimestamp(Instant.parse("2026-01-05T08:00:00Z"))
 *     .build();
 * }</pre>
 *
 * @param cdcNumber the record's identity
 * @param name the name
 * @param aliases other names used, in the order recorded
 * @param monikers nicknames and street names, each at most 40 characters
 * @param identifiers CII, FBI, SSN and driver licence
 * @param description physical descriptors
 * @param addresses addresses with their history
 * @param photos photo references
 * @param smts scars, marks and tattoos
 * @param vehicles vehicles
 * @param offenses commitment offenses
 * @param registrations the registration requirements that apply (a statute absent here is "N")
 * @param supervision status, level, agent, units, dates and events
 * @param recordVersion the source's version of this record, {@code >= 1}, monotonic per record
 * @param sourceTimestamp when the source last changed the record
 */
public record Parolee(
    CdcNumber cdcNumber,
    PersonName name,
    List<Alias> aliases,
    List<String> monikers,
    Identifiers identifiers,
    PhysicalDescription description,
    List<Address> addresses,
    List<Photo> photos,
    List<Smt> smts,
    List<Vehicle> vehicles,
    List<Offense> offenses,
    Set<RegistrationStatute> registrations,
    Supervision supervision,
    long recordVersion,
    Instant sourceTimestamp) {

  /**
   * Checks the whole record and copies its collections.
   *
   * @throws InvalidRecordException listing every problem, if any
   */
  public Parolee {
    List<Violation> problems = new ArrayList<>();
    required(problems, "cdcNumber", cdcNumber);
    required(problems, "name", name);
    required(problems, "identifiers", identifiers);
    required(problems, "description", description);
    required(problems, "supervision", supervision);
    required(problems, "sourceTimestamp", sourceTimestamp);
    aliases = list(problems, "aliases", aliases);
    monikers = list(problems, "monikers", monikers);
    addresses = list(problems, "addresses", addresses);
    photos = list(problems, "photos", photos);
    smts = list(problems, "smts", smts);
    vehicles = list(problems, "vehicles", vehicles);
    offenses = list(problems, "offenses", offenses);
    registrations = registrations(problems, registrations);
    if (recordVersion < 1) {
      problems.add(new Violation("recordVersion", "must be >= 1, got " + recordVersion));
    }
    List<String> cleanMonikers = new ArrayList<>(monikers.size());
    for (int i = 0; i < monikers.size(); i++) {
      String m = monikers.get(i).strip();
      if (m.isEmpty() || m.length() > 40 || m.chars().anyMatch(Character::isISOControl)) {
        problems.add(new Violation("monikers[" + i + "]",
            Mask.partial(m) + " must be 1-40 characters without control characters"));
      }
      cleanMonikers.add(m);
    }
    monikers = List.copyOf(cleanMonikers);
    if (description != null && sourceTimestamp != null) {
      LocalDate asOf = LocalDate.ofInstant(sourceTimestamp, ZoneOffset.UTC);
      if (description.dateOfBirth().isAfter(asOf)) {
        problems.add(new Violation("description.dateOfBirth",
            Mask.partial(description.dateOfBirth()) + " is after the record's sourceTimestamp (" + asOf + ")"));
      }
    }
    if (supervision != null) {
      checkSupervision(problems, supervision);
    }
    int currentResidences = 0;
    for (Address a : addresses) {
      if (a.type() == AddressType.RESIDENCE && a.isCurrent()) {
        currentResidences++;
      }
    }
    if (currentResidences > 1) {
      problems.add(new Violation("addresses",
          "has " + currentResidences + " current residences (no 'to' date); at most one may be current"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRecordException("Parolee", problems);
    }
  }

  private static void checkSupervision(List<Violation> problems, Supervision s) {
    ParoleStatus status = s.status();
    if (status == ParoleStatus.PRCS && s.countyUnit() == null) {
      problems.add(new Violation("supervision.countyUnit", "missing; a PRCS record has a county unit (PRCS-XX)"));
    }
    if (status != ParoleStatus.PRCS && s.countyUnit() != null) {
      problems.add(new Violation("supervision.countyUnit",
          "given for status " + status.code() + "; only PRCS records have a county unit"));
    }
    if (status == ParoleStatus.DISCHARGED && s.dischargeDate() == null) {
      problems.add(new Violation("supervision.dischargeDate", "missing; a DISCHARGED record has a discharge date"));
    }
    if (status != ParoleStatus.DISCHARGED && s.dischargeDate() != null) {
      problems.add(new Violation("supervision.dischargeDate",
          "given for status " + status.code() + "; only DISCHARGED records have a discharge date"));
    }
    if (status == ParoleStatus.PRE_PAROLE && s.releaseDate() == null) {
      problems.add(new Violation("supervision.releaseDate", "missing; a PRE-PAROLE record has a release date"));
    }
    LocalDate release = s.releaseDate();
    LocalDate discharge = s.dischargeDate();
    if (release != null && discharge != null && discharge.isBefore(release)) {
      problems.add(new Violation("supervision.dischargeDate",
          Mask.partial(discharge) + " is before supervision.releaseDate " + Mask.partial(release)));
    }
    List<SupervisionEvent> events = s.events();
    for (int i = 0; i < events.size(); i++) {
      SupervisionEvent e = events.get(i);
      if (release != null && e.start().isBefore(release)) {
        problems.add(new Violation("supervision.events[" + i + "]",
            "starts " + Mask.partial(e.start()) + ", before the release date " + Mask.partial(release)));
      }
      if (i > 0 && e.start().isBefore(events.get(i - 1).start())) {
        problems.add(new Violation("supervision.events[" + i + "]", "is out of order; events are listed oldest first"));
      }
    }
  }

  private static void required(List<Violation> problems, String path, @Nullable Object value) {
    if (value == null) {
      problems.add(new Violation(path, "missing (required)"));
    }
  }

  private static <T> List<T> list(List<Violation> problems, String path, @Nullable List<T> values) {
    if (values == null) {
      problems.add(new Violation(path, "missing (use an empty list for none)"));
      return List.of();
    }
    List<T> copy = null;
    for (int i = 0; i < values.size(); i++) {
      T v = values.get(i);
      if (v == null) {
        problems.add(new Violation(path + "[" + i + "]", "is null"));
        if (copy == null) {
          copy = new ArrayList<>(values.subList(0, i));
        }
      } else if (copy != null) {
        copy.add(v);
      }
    }
    // Without nulls, one copy (none for a list that is already unmodifiable, as in a copy made by a wither).
    return List.copyOf(copy == null ? values : copy);
  }

  private static Set<RegistrationStatute> registrations(
      List<Violation> problems, @Nullable Set<RegistrationStatute> values) {
    if (values == null) {
      problems.add(new Violation("registrations", "missing (use an empty list for none)"));
      return Set.of();
    }
    EnumSet<RegistrationStatute> set = EnumSet.noneOf(RegistrationStatute.class);
    for (RegistrationStatute r : values) {
      if (r == null) {
        problems.add(new Violation("registrations", "holds a null element"));
      } else {
        set.add(r);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /** A builder with nothing set (lists empty, identifiers none). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values, to derive a changed record. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * This record with other identifiers (as redaction derives it), without going through a builder.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public Parolee withIdentifiers(Identifiers value) {
    Check.notNull("identifiers", value);
    return new Parolee(cdcNumber, name, aliases, monikers, value, description, addresses, photos, smts, vehicles,
        offenses, registrations, supervision, recordVersion, sourceTimestamp);
  }

  /**
   * This record with other photo references (none, when redaction hides them), without a builder.
   *
   * @throws NullPointerException if {@code values} or one of them is null
   */
  public Parolee withPhotos(List<Photo> values) {
    Check.notNull("photos", values);
    return new Parolee(cdcNumber, name, aliases, monikers, identifiers, description, addresses, List.copyOf(values),
        smts, vehicles, offenses, registrations, supervision, recordVersion, sourceTimestamp);
  }

  /**
   * Whether the registration requirement applies ("Y" in LEADS).
   *
   * @throws NullPointerException if {@code statute} is null
   */
  public boolean requiresRegistration(RegistrationStatute statute) {
    Check.notNull("statute", statute);
    return registrations.contains(statute);
  }

  /** The current residence: the residence address without an end date, if any. */
  public Optional<Address> currentResidence() {
    for (Address a : addresses) {
      if (a.type() == AddressType.RESIDENCE && a.isCurrent()) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The parole status (shortcut for {@code supervision().status()}). */
  public ParoleStatus status() {
    return supervision.status();
  }

  /** Shows only the CDC number, status and version; the rest is sensitive. */
  @Override
  public String toString() {
    return "Parolee[cdcNumber=" + cdcNumber + ", status=" + supervision.status().code() + ", recordVersion="
        + recordVersion + "]";
  }

  /**
   * Assembles a {@link Parolee}. Not thread-safe; {@link #build()} reports every problem at once.
   */
  public static final class Builder {
    private @Nullable CdcNumber cdcNumber;
    private @Nullable PersonName name;
    private final List<Alias> aliases = new ArrayList<>();
    private final List<String> monikers = new ArrayList<>();
    private Identifiers identifiers = Identifiers.NONE;
    private @Nullable PhysicalDescription description;
    private final List<Address> addresses = new ArrayList<>();
    private final List<Photo> photos = new ArrayList<>();
    private final List<Smt> smts = new ArrayList<>();
    private final List<Vehicle> vehicles = new ArrayList<>();
    private final List<Offense> offenses = new ArrayList<>();
    private final Set<RegistrationStatute> registrations = EnumSet.noneOf(RegistrationStatute.class);
    private @Nullable Supervision supervision;
    private long recordVersion;
    private @Nullable Instant sourceTimestamp;

    private Builder() {}

    private Builder(Parolee p) {
      cdcNumber = p.cdcNumber;
      name = p.name;
      aliases.addAll(p.aliases);
      monikers.addAll(p.monikers);
      identifiers = p.identifiers;
      description = p.description;
      addresses.addAll(p.addresses);
      photos.addAll(p.photos);
      smts.addAll(p.smts);
      vehicles.addAll(p.vehicles);
      offenses.addAll(p.offenses);
      registrations.addAll(p.registrations);
      supervision = p.supervision;
      recordVersion = p.recordVersion;
      sourceTimestamp = p.sourceTimestamp;
    }

    /** Sets the CDC number (required). */
    public Builder cdcNumber(CdcNumber value) {
      this.cdcNumber = java.util.Objects.requireNonNull(value, "cdcNumber");
      return this;
    }

    /** Sets the name (required). */
    public Builder name(PersonName value) {
      this.name = java.util.Objects.requireNonNull(value, "name");
      return this;
    }

    /** Adds an alias. */
    public Builder addAlias(Alias value) {
      aliases.add(java.util.Objects.requireNonNull(value, "alias"));
      return this;
    }

    /** Replaces the aliases. */
    public Builder aliases(Collection<Alias> values) {
      aliases.clear();
      values.forEach(this::addAlias);
      return this;
    }

    /** Adds a moniker. */
    public Builder addMoniker(String value) {
      monikers.add(java.util.Objects.requireNonNull(value, "moniker"));
      return this;
    }

    /** Replaces the monikers. */
    public Builder monikers(Collection<String> values) {
      monikers.clear();
      values.forEach(this::addMoniker);
      return this;
    }

    /** Sets the identifiers (default: none). */
    public Builder identifiers(Identifiers value) {
      this.identifiers = java.util.Objects.requireNonNull(value, "identifiers");
      return this;
    }

    /** Sets the physical description (required). */
    public Builder description(PhysicalDescription value) {
      this.description = java.util.Objects.requireNonNull(value, "description");
      return this;
    }

    /** Adds an address. */
    public Builder addAddress(Address value) {
      addresses.add(java.util.Objects.requireNonNull(value, "address"));
      return this;
    }

    /** Replaces the addresses. */
    public Builder addresses(Collection<Address> values) {
      addresses.clear();
      values.forEach(this::addAddress);
      return this;
    }

    /** Adds a photo reference. */
    public Builder addPhoto(Photo value) {
      photos.add(java.util.Objects.requireNonNull(value, "photo"));
      return this;
    }

    /** Replaces the photo references. */
    public Builder photos(Collection<Photo> values) {
      photos.clear();
      values.forEach(this::addPhoto);
      return this;
    }

    /** Adds a scar, mark or tattoo. */
    public Builder addSmt(Smt value) {
      smts.add(java.util.Objects.requireNonNull(value, "smt"));
      return this;
    }

    /** Replaces the scars, marks and tattoos. */
    public Builder smts(Collection<Smt> values) {
      smts.clear();
      values.forEach(this::addSmt);
      return this;
    }

    /** Adds a vehicle. */
    public Builder addVehicle(Vehicle value) {
      vehicles.add(java.util.Objects.requireNonNull(value, "vehicle"));
      return this;
    }

    /** Replaces the vehicles. */
    public Builder vehicles(Collection<Vehicle> values) {
      vehicles.clear();
      values.forEach(this::addVehicle);
      return this;
    }

    /** Adds a commitment offense. */
    public Builder addOffense(Offense value) {
      offenses.add(java.util.Objects.requireNonNull(value, "offense"));
      return this;
    }

    /** Replaces the commitment offenses. */
    public Builder offenses(Collection<Offense> values) {
      offenses.clear();
      values.forEach(this::addOffense);
      return this;
    }

    /** Marks a registration requirement as applying. */
    public Builder addRegistration(RegistrationStatute value) {
      registrations.add(java.util.Objects.requireNonNull(value, "registration"));
      return this;
    }

    /** Replaces the registration requirements. */
    public Builder registrations(Collection<RegistrationStatute> values) {
      registrations.clear();
      values.forEach(this::addRegistration);
      return this;
    }

    /** Sets the supervision part (required). */
    public Builder supervision(Supervision value) {
      this.supervision = java.util.Objects.requireNonNull(value, "supervision");
      return this;
    }

    /** Sets the record version ({@code >= 1}, required). */
    public Builder recordVersion(long value) {
      this.recordVersion = value;
      return this;
    }

    /** Sets the source timestamp (required). */
    public Builder sourceTimestamp(Instant value) {
      this.sourceTimestamp = java.util.Objects.requireNonNull(value, "sourceTimestamp");
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException listing every missing part and broken rule
     */
    @SuppressWarnings("NullAway") // missing required parts are reported by the constructor, all at once
    public Parolee build() {
      return new Parolee(cdcNumber, name, aliases, monikers, identifiers, description, addresses, photos, smts,
          vehicles, offenses, registrations, supervision, recordVersion, sourceTimestamp);
    }
  }
}
