package org.leadssdk.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.EyeColor;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Race;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Sex;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.ZipCode;
import org.leadssdk.core.internal.Check;

/**
 * A search: an optional search term over all fields, fielded criteria, an optional area, the order, the
 * page and the facets wanted. All criteria must hold (AND); within one criterion, the listed values are
 * alternatives (OR). Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * SearchRequest r = SearchRequest.builder()
 *     .term("dragon tattoo")
 *     .statuses(ParoleStatus.ACTIVE, ParoleStatus.PRCS)
 *     .within(GeoPoint.of(38.5767, -121.4934), Distance.parse("2mi"))
 *     .sort(SortOrder.DISTANCE)
 *     .facets(FacetDimension.STATUS)
 *     .build();
 * }</pre>
 *
 * @param term text searched in every field ("Search Term will search ALL fields"); words are all
 *     required; {@code "quoted phrases"}, {@code -excluded}, {@code a | b}, {@code prefix*} (2+ letters
 *     before the star) and {@code word~} (typo-tolerant, as the names are: the same first letter, one typo
 *     up to 5 letters, two from 6, none under 3; {@code word~1} asks for at most one; up to 6 such words)
 *     are understood; at most 24 words and 200 characters. The SSN and the driver licence are never
 *     searched; the CII and FBI numbers are, even for a user whose redaction profile hides them (the hit is
 *     then shown without them)
 * @param lastName last name or alias last name: exact, then sounds-alike, then one or two typos
 * @param firstName first name or alias first name, matched like the last name
 * @param cdcNumber the CDC number
 * @param dateOfBirthFrom earliest date of birth
 * @param dateOfBirthTo latest date of birth
 * @param ageMin youngest age in whole years on the search day
 * @param ageMax oldest age in whole years on the search day
 * @param heightMinInches shortest height
 * @param heightMaxInches tallest height
 * @param weightMinPounds lightest weight
 * @param weightMaxPounds heaviest weight
 * @param sexes accepted sexes (empty: any)
 * @param races accepted races (empty: any)
 * @param hairColors accepted hair colours (empty: any)
 * @param eyeColors accepted eye colours (empty: any)
 * @param smtText words of a scar, mark or tattoo description, e.g. "dragon"
 * @param smtCode an NCIC SMT code or its kind, e.g. {@code TAT L ARM} or {@code TAT}
 * @param plate a plate or pattern: {@code 7ABC123}, {@code 7AB*}, {@code *C123}, {@code *BC12*},
 *     {@code 7A?C123} ({@code ?} one unknown character); at least 3 known characters
 * @param offense a code section ({@code PC 211}, {@code PC 245} for all its subdivisions) or words of
 *     the offense description
 * @param registrations registration requirements that must all apply
 * @param statuses accepted statuses (empty: any)
 * @param levels accepted supervision levels (empty: any)
 * @param agent words of the agent of record's name
 * @param paroleUnit the parole unit code
 * @param countyUnit the PRCS county unit
 * @param county the county of the current residence (as the address records it)
 * @param zip a ZIP code of any address
 * @param geo the area of the current residence; {@code null} for anywhere
 * @param sort the order; {@code null} for relevance when there is a term or a name, else by name
 * @param pageSize hits per page, 1 to 1,000
 * @param after the cursor of the previous page's last hit; {@code null} for the first page
 * @param facets the facet counts wanted
 * @param exactTotal whether the total must be exact (otherwise counting of a relevance-sorted search may stop at
 *     1,000 when its criteria are broad, estimated from Lucene's cost estimates in the largest segment to match more than an eighth of the
 *     index (they overstate or-ed words, names and prefixes, and understate criteria matched mostly by recently
 *     changed records), and the total is then a lower bound; a nearest-first page of a radius search with no other criterion and no facets
 *     is found on the location index without visiting every match, and its total is then a lower bound as soon
 *     as the radius holds more matches than the page needed)
 * @param explain whether each hit lists which fields matched
 */
public record SearchRequest(
    @Nullable String term,
    @Nullable String lastName,
    @Nullable String firstName,
    @Nullable CdcNumber cdcNumber,
    @Nullable LocalDate dateOfBirthFrom,
    @Nullable LocalDate dateOfBirthTo,
    @Nullable Integer ageMin,
    @Nullable Integer ageMax,
    @Nullable Integer heightMinInches,
    @Nullable Integer heightMaxInches,
    @Nullable Integer weightMinPounds,
    @Nullable Integer weightMaxPounds,
    Set<Sex> sexes,
    Set<Race> races,
    Set<HairColor> hairColors,
    Set<EyeColor> eyeColors,
    @Nullable String smtText,
    @Nullable String smtCode,
    @Nullable String plate,
    @Nullable String offense,
    Set<RegistrationStatute> registrations,
    Set<ParoleStatus> statuses,
    Set<SupervisionLevel> levels,
    @Nullable String agent,
    @Nullable String paroleUnit,
    @Nullable CountyUnit countyUnit,
    @Nullable County county,
    @Nullable ZipCode zip,
    @Nullable GeoFilter geo,
    @Nullable SortOrder sort,
    int pageSize,
    @Nullable PageCursor after,
    Set<FacetDimension> facets,
    boolean exactTotal,
    boolean explain) {

  /** The longest search term accepted. */
  public static final int MAX_TERM_LENGTH = 200;

  /**
   * Validates the request.
   *
   * @throws IllegalArgumentException naming the first criterion out of range (ranges reversed, page
   *     size out of 1-1,000, text too long, distance order without a point)
   */
  public SearchRequest {
    term = text("term", term, MAX_TERM_LENGTH);
    lastName = text("lastName", lastName, 40);
    firstName = text("firstName", firstName, 40);
    smtText = text("smtText", smtText, 100);
    smtCode = text("smtCode", smtCode, 10);
    plate = text("plate", plate, 12);
    offense = text("offense", offense, 100);
    agent = text("agent", agent, 60);
    paroleUnit = text("paroleUnit", paroleUnit, 20);
    sexes = Set.copyOf(Check.notNull("sexes", sexes));
    races = Set.copyOf(Check.notNull("races", races));
    hairColors = Set.copyOf(Check.notNull("hairColors", hairColors));
    eyeColors = Set.copyOf(Check.notNull("eyeColors", eyeColors));
    registrations = Set.copyOf(Check.notNull("registrations", registrations));
    statuses = Set.copyOf(Check.notNull("statuses", statuses));
    levels = Set.copyOf(Check.notNull("levels", levels));
    facets = Set.copyOf(Check.notNull("facets", facets));
    Check.inRange("pageSize", pageSize, 1, 1000);
    range("dateOfBirth", dateOfBirthFrom, dateOfBirthTo);
    intRange("age", ageMin, ageMax, 0, 130);
    intRange("heightInches", heightMinInches, heightMaxInches, 0, 120);
    intRange("weightPounds", weightMinPounds, weightMaxPounds, 0, 1000);
    if (sort == SortOrder.DISTANCE && !(geo instanceof GeoFilter.Within)) {
      throw new IllegalArgumentException("sort DISTANCE needs a point: add within(center, radius)");
    }
  }

  /** A builder with no criteria, page size 20. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The criteria as one line, for the audit trail and logs of the host: {@code term="dragon tattoo";
   * status=ACTIVE,PRCS; within 2.0 mi of 38.57670,-121.49340}. Only the criteria that are set appear.
   */
  public String describe() {
    StringBuilder b = new StringBuilder();
    part(b, "term", term == null ? null : "\"" + term + "\"");
    part(b, "lastName", lastName);
    part(b, "firstName", firstName);
    part(b, "cdcNumber", cdcNumber == null ? null : cdcNumber.value());
    part(b, "dateOfBirth", dateOfBirthFrom == null && dateOfBirthTo == null ? null : dateOfBirthFrom + ".." + dateOfBirthTo);
    part(b, "age", ageMin == null && ageMax == null ? null : ageMin + ".." + ageMax);
    part(b, "heightInches", heightMinInches == null && heightMaxInches == null ? null : heightMinInches + ".." + heightMaxInches);
    part(b, "weightPounds", weightMinPounds == null && weightMaxPounds == null ? null : weightMinPounds + ".." + weightMaxPounds);
    codes(b, "sex", sexes);
    codes(b, "race", races);
    codes(b, "hair", hairColors);
    codes(b, "eyes", eyeColors);
    part(b, "smtText", smtText);
    part(b, "smtCode", smtCode);
    part(b, "plate", plate);
    part(b, "offense", offense);
    codes(b, "registration", registrations);
    codes(b, "status", statuses);
    codes(b, "level", levels);
    part(b, "agent", agent);
    part(b, "paroleUnit", paroleUnit);
    part(b, "countyUnit", countyUnit == null ? null : countyUnit.code());
    part(b, "county", county == null ? null : county.code());
    part(b, "zip", zip == null ? null : zip.value());
    if (geo != null) {
      part(b, "area", switch (geo) {
        case GeoFilter.Within w -> "within " + w.radius() + " of "
            + String.format(java.util.Locale.ROOT, "%.5f,%.5f", w.center().latitude(), w.center().longitude());
        case GeoFilter.Inside i -> "inside " + i.shape();
        case GeoFilter.InCounty c -> "inside county " + c.county().code();
      });
    }
    part(b, "sort", sort == null ? null : sort.name());
    part(b, "page", after == null ? null : "after cursor");
    return b.isEmpty() ? "all records" : b.toString();
  }

  private static void part(StringBuilder b, String name, @Nullable String value) {
    if (value != null) {
      if (!b.isEmpty()) {
        b.append("; ");
      }
      b.append(name).append('=').append(value);
    }
  }

  private static void codes(StringBuilder b, String name, Set<? extends org.leadssdk.core.Coded> values) {
    if (!values.isEmpty()) {
      part(b, name, values.stream().map(org.leadssdk.core.Coded::code).sorted().collect(java.util.stream.Collectors.joining(",")));
    }
  }

  /** Whether any criterion besides the area is set (used to choose the default order). */
  boolean hasText() {
    return term != null || lastName != null || firstName != null || smtText != null || offense != null
        || agent != null;
  }

  /** The order to use: the given one, or relevance for text searches and name otherwise. */
  SortOrder effectiveSort() {
    if (sort != null) {
      return sort;
    }
    return hasText() ? SortOrder.RELEVANCE : SortOrder.NAME;
  }

  private static @Nullable String text(String field, @Nullable String value, int max) {
    if (value == null) {
      return null;
    }
    // Control characters (a pasted tab or newline) become spaces rather than failing the search.
    String s = value.replaceAll("\\p{Cntrl}", " ").strip();
    if (s.isEmpty()) {
      return null;
    }
    Check.argument(s.length() <= max,
        () -> field + " must be at most " + max + " characters, got " + s.length());
    return s;
  }

  private static void range(String field, @Nullable LocalDate from, @Nullable LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(field + " range is reversed: " + from + " to " + to);
    }
  }

  private static void intRange(String field, @Nullable Integer min, @Nullable Integer max, int lo, int hi) {
    if (min != null) {
      Check.inRange(field + "Min", min, lo, hi);
    }
    if (max != null) {
      Check.inRange(field + "Max", max, lo, hi);
    }
    if (min != null && max != null && max < min) {
      throw new IllegalArgumentException(field + " range is reversed: " + min + " to " + max);
    }
  }

  /** Assembles a {@link SearchRequest}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String term;
    private @Nullable String lastName;
    private @Nullable String firstName;
    private @Nullable CdcNumber cdcNumber;
    private @Nullable LocalDate dobFrom;
    private @Nullable LocalDate dobTo;
    private @Nullable Integer ageMin;
    private @Nullable Integer ageMax;
    private @Nullable Integer heightMin;
    private @Nullable Integer heightMax;
    private @Nullable Integer weightMin;
    private @Nullable Integer weightMax;
    private final Set<Sex> sexes = EnumSet.noneOf(Sex.class);
    private final Set<Race> races = EnumSet.noneOf(Race.class);
    private final Set<HairColor> hair = EnumSet.noneOf(HairColor.class);
    private final Set<EyeColor> eyes = EnumSet.noneOf(EyeColor.class);
    private @Nullable String smtText;
    private @Nullable String smtCode;
    private @Nullable String plate;
    private @Nullable String offense;
    private final Set<RegistrationStatute> registrations = EnumSet.noneOf(RegistrationStatute.class);
    private final Set<ParoleStatus> statuses = EnumSet.noneOf(ParoleStatus.class);
    private final Set<SupervisionLevel> levels = EnumSet.noneOf(SupervisionLevel.class);
    private @Nullable String agent;
    private @Nullable String paroleUnit;
    private @Nullable CountyUnit countyUnit;
    private @Nullable County county;
    private @Nullable ZipCode zip;
    private @Nullable GeoFilter geo;
    private @Nullable SortOrder sort;
    private int pageSize = 20;
    private @Nullable PageCursor after;
    private final Set<FacetDimension> facets = EnumSet.noneOf(FacetDimension.class);
    private boolean exactTotal;
    private boolean explain = true;

    private Builder() {}

    /** Text searched in every field. */
    public Builder term(String value) {
      this.term = Check.notNull("term", value);
      return this;
    }

    /** Last name or alias last name. */
    public Builder lastName(String value) {
      this.lastName = Check.notNull("lastName", value);
      return this;
    }

    /** First name or alias first name. */
    public Builder firstName(String value) {
      this.firstName = Check.notNull("firstName", value);
      return this;
    }

    /** The CDC number. */
    public Builder cdcNumber(CdcNumber value) {
      this.cdcNumber = Check.notNull("cdcNumber", value);
      return this;
    }

    /** Dates of birth from {@code from} to {@code to}, both inclusive; either may be null for open. */
    public Builder dateOfBirth(@Nullable LocalDate from, @Nullable LocalDate to) {
      this.dobFrom = from;
      this.dobTo = to;
      return this;
    }

    /** Ages in whole years on the search day, both inclusive; either may be null for open. */
    public Builder age(@Nullable Integer min, @Nullable Integer max) {
      this.ageMin = min;
      this.ageMax = max;
      return this;
    }

    /** Heights in inches, both inclusive; either may be null for open. */
    public Builder heightInches(@Nullable Integer min, @Nullable Integer max) {
      this.heightMin = min;
      this.heightMax = max;
      return this;
    }

    /** Weights in pounds, both inclusive; either may be null for open. */
    public Builder weightPounds(@Nullable Integer min, @Nullable Integer max) {
      this.weightMin = min;
      this.weightMax = max;
      return this;
    }

    /** Accepted sexes. */
    public Builder sexes(Sex... values) {
      sexes.addAll(List.of(values));
      return this;
    }

    /** Accepted races. */
    public Builder races(Race... values) {
      races.addAll(List.of(values));
      return this;
    }

    /** Accepted hair colours. */
    public Builder hairColors(HairColor... values) {
      hair.addAll(List.of(values));
      return this;
    }

    /** Accepted eye colours. */
    public Builder eyeColors(EyeColor... values) {
      eyes.addAll(List.of(values));
      return this;
    }

    /** Words of an SMT description. */
    public Builder smtText(String value) {
      this.smtText = Check.notNull("smtText", value);
      return this;
    }

    /** An NCIC SMT code or kind. */
    public Builder smtCode(String value) {
      this.smtCode = Check.notNull("smtCode", value);
      return this;
    }

    /** A plate or plate pattern. */
    public Builder plate(String value) {
      this.plate = Check.notNull("plate", value);
      return this;
    }

    /** A code section or words of an offense. */
    public Builder offense(String value) {
      this.offense = Check.notNull("offense", value);
      return this;
    }

    /** Registration requirements that must all apply. */
    public Builder registrations(RegistrationStatute... values) {
      registrations.addAll(List.of(values));
      return this;
    }

    /** Accepted statuses. */
    public Builder statuses(ParoleStatus... values) {
      statuses.addAll(List.of(values));
      return this;
    }

    /** Accepted statuses. */
    public Builder statuses(Collection<ParoleStatus> values) {
      statuses.addAll(values);
      return this;
    }

    /** Accepted supervision levels. */
    public Builder levels(SupervisionLevel... values) {
      levels.addAll(List.of(values));
      return this;
    }

    /** Words of the agent of record's name. */
    public Builder agent(String value) {
      this.agent = Check.notNull("agent", value);
      return this;
    }

    /** The parole unit code. */
    public Builder paroleUnit(String value) {
      this.paroleUnit = Check.notNull("paroleUnit", value);
      return this;
    }

    /** The PRCS county unit. */
    public Builder countyUnit(CountyUnit value) {
      this.countyUnit = Check.notNull("countyUnit", value);
      return this;
    }

    /** The county of the current residence. */
    public Builder county(County value) {
      this.county = Check.notNull("county", value);
      return this;
    }

    /** A ZIP code of any address. */
    public Builder zip(ZipCode value) {
      this.zip = Check.notNull("zip", value);
      return this;
    }

    /** Current residence within {@code radius} of {@code center}. */
    public Builder within(org.leadssdk.core.GeoPoint center, org.leadssdk.geo.Distance radius) {
      this.geo = GeoFilter.within(center, radius);
      return this;
    }

    /** Current residence inside the area. */
    public Builder area(GeoFilter value) {
      this.geo = Check.notNull("geo", value);
      return this;
    }

    /** The order of the hits. */
    public Builder sort(SortOrder value) {
      this.sort = Check.notNull("sort", value);
      return this;
    }

    /** Hits per page, 1 to 1,000 (default 20). */
    public Builder pageSize(int value) {
      this.pageSize = value;
      return this;
    }

    /** Continue after the previous page's cursor. */
    public Builder after(PageCursor value) {
      this.after = Check.notNull("after", value);
      return this;
    }

    /** Facet counts to return. */
    public Builder facets(FacetDimension... values) {
      facets.addAll(List.of(values));
      return this;
    }

    /**
     * Count every match exactly (slower for broad searches; a nearest-first radius page then visits every
     * match in the radius instead of the few nearest).
     */
    public Builder exactTotal() {
      this.exactTotal = true;
      return this;
    }

    /** Whether hits list the fields that matched (default true). */
    public Builder explain(boolean value) {
      this.explain = value;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException if a criterion is out of range
     */
    public SearchRequest build() {
      return new SearchRequest(term, lastName, firstName, cdcNumber, dobFrom, dobTo, ageMin, ageMax, heightMin,
          heightMax, weightMin, weightMax, sexes, races, hair, eyes, smtText, smtCode, plate, offense,
          registrations, statuses, levels, agent, paroleUnit, countyUnit, county, zip, geo, sort, pageSize, after,
          facets, exactTotal, explain);
    }
  }
}
