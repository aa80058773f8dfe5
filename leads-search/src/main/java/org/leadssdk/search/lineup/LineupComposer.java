package org.leadssdk.search.lineup;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Photo;
import org.leadssdk.core.PhotoKind;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccessDeniedException;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.Decision;
import org.leadssdk.policy.Role;
import org.leadssdk.policy.SensitiveField;
import org.leadssdk.policy.audit.AuditFailedException;
import org.leadssdk.search.IndexUnavailableException;
import org.leadssdk.search.LeadsSearch;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.internal.SearchInternals;

/**
 * Builds photo line-ups from the index of a {@link LeadsSearch} and sends their packages, with the same
 * policy, retention and audit as every search: the user's {@link Action#LINEUP} access is decided first
 * (it needs {@link Role#PHOTO_LINEUP}; a denial is audited and thrown), only records that retention shows
 * at that instant are used, and one audit event naming the subject's and the fillers' CDC numbers is
 * written before the line-up is returned (fail closed: no line-up without its event). A line-up that
 * cannot be built is audited too, with the reason.
 *
 * <p><b>Fillers</b> (PC 859.7(a)(5): they "generally fit the eyewitness' description"): records that fit
 * every band of the {@link LineupSpec} around the subject's description, have a front photo
 * ({@link PhotoKind#MUGSHOT}; the newest one is shown), and are neither the subject nor the subject's
 * possible duplicate (the same CDC number, a shared CII, FBI, SSN or driver licence, or a shared name or
 * alias, compared case- and accent-blind; a last-name-only alias matches every first name). They are drawn
 * uniformly at random among all that fit (reservoir sampling over every visible match), shuffled, and the
 * subject is placed at a uniformly random position (PC 859.7(c)(2): a "computer program" places the photo
 * so that a blinded administrator does not know where it is). Ages are whole years on the day of the
 * line-up in the index's time zone.
 *
 * <p><b>Randomness:</b> {@link SecureRandom} by default; tests pass a seeded generator to the builder. Calls
 * on one composer are serialized on its generator, which need not be thread-safe; the composer is
 * otherwise thread-safe.
 *
 * <pre>{@code
 * LineupComposer composer = LineupComposer.builder(search).build();
 * Lineup lineup = composer.compose(
 *     AccessContext.of(user, agency, Action.LINEUP).withPurpose("robbery witness", "SO-2026-000123"),
 *     LineupSubject.inIndex(CdcNumber.parse("AB1234")), LineupSpec.defaults());
 * }</pre>
 */
public final class LineupComposer {
  private final LeadsSearch search;
  private final RandomGenerator random;
  private final SearchInternals internals = SearchInternals.get();

  private LineupComposer(Builder b) {
    this.search = b.search;
    this.random = b.random == null ? new SecureRandom() : b.random;
  }

  /** A builder for a composer over {@code search}'s index, policy, redactor, audit trail and clock. */
  public static Builder builder(LeadsSearch search) {
    return new Builder(search);
  }

  /**
   * Builds a line-up around {@code subject}.
   *
   * @param context who asks; its action must be {@link Action#LINEUP}; its case number is recorded
   * @param subject the suspect: a record of the index, or a described suspect with the host's photo
   * @param spec the bands and the number of fillers
   * @return the line-up, with the key and the spread
   * @throws IllegalArgumentException if the context's action is not LINEUP, the subject is not in the
   *     index or not visible now (retention), or has no front photo
   * @throws IllegalStateException if the redaction profile hides photos from the user's roles
   * @throws NotEnoughFillersException if fewer records fit than fillers are needed (audited)
   * @throws AccessDeniedException if policy denies the user (audited)
   * @throws AuditFailedException if the audit event cannot be written (no line-up is returned)
   * @throws IndexUnavailableException if the index cannot be read
   */
  public Lineup compose(AccessContext context, LineupSubject subject, LineupSpec spec) {
    Check.notNull("subject", subject);
    Check.notNull("spec", spec);
    Instant now = internals.now(search);
    String what = "line-up around " + switch (subject) {
      case LineupSubject.InIndex s -> "record " + s.cdcNumber().value();
      case LineupSubject.Described d -> "a described suspect (not in the index)";
    } + "; " + spec.describe() + "; " + spec.fillerCount() + " fillers";
    Decision decision = internals.decide(search, context, Action.LINEUP, now, what);
    List<String> subjectIds = subject instanceof LineupSubject.InIndex s ? List.of(s.cdcNumber().value()) : List.of();
    Lineup lineup;
    try {
      if (internals.redactor(search).profile().hiddenFrom(context.user().roles()).contains(SensitiveField.PHOTOS)) {
        throw new IllegalStateException("photos are hidden from the user's roles by the redaction profile; a "
            + "line-up shows photos, so it cannot be built for this user");
      }
      synchronized (random) {
        lineup = build(context, subject, spec, now);
      }
    } catch (NotEnoughFillersException | IllegalArgumentException | IllegalStateException
        | IndexUnavailableException e) {
      auditFailure(context, decision, now, what, subjectIds, "line-up not built: " + e.getMessage(), e);
      throw e;
    }
    List<String> shown = lineup.key().cdcNumbers().stream().map(CdcNumber::value).toList();
    internals.auditTrail(search).append(internals.event(search, context, decision, now).query(what)
        .recordIds(shown).resultCount((long) lineup.positions().size())
        .detail("line-up " + lineup.id() + " built: " + lineup.positions().size() + " positions").build());
    return lineup;
  }

  /**
   * Sends a line-up's witness package (never its key) to a partner agency through the host's sender
   * ("Ability to save Photo-Line-up, and email to other LEA partners", Parole LEADS 2.0 overview). The
   * user's {@link Action#LINEUP} access is decided first; the package is written (photos checked against
   * their hashes); the audit event naming the line-up, the recipient, the package's SHA-256 and the CDC
   * numbers shown is written <em>before</em> the sender is called (fail closed). If the sender fails, a
   * second event records the failure and the sender's exception is rethrown.
   *
   * @param context who asks; its action must be {@link Action#LINEUP}
   * @param lineup the line-up to send
   * @param photos the host's photo store
   * @param sender the host's transport
   * @param recipient the partner agency's address in the sender's terms, at most 254 characters
   * @return the parcel that was sent (the zip bytes and their SHA-256)
   * @throws AccessDeniedException if policy denies the user (audited; nothing is sent)
   * @throws PhotoIntegrityException if a photo changed since the line-up was built (audited; nothing sent)
   * @throws AuditFailedException if the audit event cannot be written (nothing is sent)
   */
  public LineupParcel send(AccessContext context, Lineup lineup, PhotoStore photos, LineupSender sender,
      String recipient) {
    Check.notNull("lineup", lineup);
    Check.notNull("photos", photos);
    Check.notNull("sender", sender);
    Check.text("recipient", recipient, 254);
    Instant now = internals.now(search);
    String what = "send line-up " + lineup.id() + " to a partner agency";
    Decision decision = internals.decide(search, context, Action.LINEUP, now, what);
    List<String> shown = lineup.key().cdcNumbers().stream().map(CdcNumber::value).toList();
    LineupParcel parcel;
    try {
      parcel = new LineupParcel(lineup.id(), lineup.caseNumber(), recipient, "lineup-" + lineup.id() + ".zip",
          LineupPackage.witnessPackage(lineup, photos));
    } catch (RuntimeException e) {
      auditFailure(context, decision, now, what, shown, "line-up package not written: " + e.getMessage(), e);
      throw e;
    }
    internals.auditTrail(search).append(internals.event(search, context, decision, now).query(what)
        .recordIds(shown).resultCount((long) lineup.positions().size())
        .detail(clip("line-up " + lineup.id() + " package " + parcel.fileName() + " (sha256 " + parcel.sha256()
            + ") sent to " + recipient)).build());
    try {
      sender.send(parcel);
    } catch (RuntimeException e) {
      auditFailure(context, decision, now, what, shown, "sending line-up " + lineup.id() + " to " + recipient
          + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
      throw e;
    }
    return parcel;
  }

  private void auditFailure(AccessContext context, Decision decision, Instant now, String what, List<String> ids,
      String detail, RuntimeException cause) {
    try {
      internals.auditTrail(search).append(internals.event(search, context, decision, now).query(what)
          .recordIds(ids).resultCount(0L).detail(clip(detail)).build());
    } catch (RuntimeException auditFailure) {
      cause.addSuppressed(auditFailure);
    }
  }

  private Lineup build(AccessContext context, LineupSubject subject, LineupSpec spec, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, internals.zone(search));
    SubjectDescription description;
    Photo subjectPhoto;
    SamePerson same;
    @Nullable CdcNumber subjectCdc;
    switch (subject) {
      case LineupSubject.InIndex s -> {
        Parolee record = internals.visible(search, s.cdcNumber(), now).orElseThrow(() -> new IllegalArgumentException(
            "subject.cdcNumber: " + Mask.partial(s.cdcNumber().value())
                + " is not in the index or not visible now (retention)"));
        subjectPhoto = frontPhoto(record).orElseThrow(() -> new IllegalArgumentException("subject.cdcNumber: "
            + Mask.partial(s.cdcNumber().value()) + " has no front photo (" + PhotoKind.MUGSHOT.code() + ")"));
        description = SubjectDescription.of(record, today);
        same = SamePerson.of(record);
        subjectCdc = record.cdcNumber();
      }
      case LineupSubject.Described d -> {
        description = d.description();
        subjectPhoto = d.photo();
        same = SamePerson.of(d);
        subjectCdc = null;
      }
    }

    // Reservoir sampling: every fitting candidate has the same chance, whatever the index order.
    int k = spec.fillerCount();
    List<Parolee> chosen = new ArrayList<>(k);
    long[] counts = new long[3]; // fitting, without photo, possible duplicates
    CdcNumber self = subjectCdc;
    internals.forEachVisible(search, request(description, spec, today, null), now, candidate -> {
      if (candidate.cdcNumber().equals(self) || !fits(candidate, description, spec, today).isEmpty()) {
        return;
      }
      if (same.matches(candidate)) {
        counts[2]++;
        return;
      }
      Optional<Photo> photo = frontPhoto(candidate);
      if (photo.isEmpty() || photo.get().sha256().equals(subjectPhoto.sha256())) {
        counts[1]++;
        return;
      }
      long seen = counts[0]++;
      if (seen < k) {
        chosen.add(candidate);
      } else {
        long slot = random.nextLong(seen + 1);
        if (slot < k) {
          chosen.set((int) slot, candidate);
        }
      }
    });
    if (counts[0] < k) {
      throw new NotEnoughFillersException(spec, counts[0], fittingWithEachBandOff(description, spec, today, same, now),
          counts[1], counts[2]);
    }

    // Shuffle (the reservoir keeps early candidates in index order), then place the subject.
    for (int i = chosen.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Parolee t = chosen.get(i);
      chosen.set(i, chosen.get(j));
      chosen.set(j, t);
    }
    int subjectIndex = random.nextInt(k + 1);
    List<LineupPosition> positions = new ArrayList<>(k + 1);
    List<LineupKey.Entry> key = new ArrayList<>(k + 1);
    int filler = 0;
    for (int i = 0; i <= k; i++) {
      int number = i + 1;
      if (i == subjectIndex) {
        positions.add(LineupPosition.of(number, subjectPhoto));
        key.add(new LineupKey.Entry(number, true, subjectCdc));
      } else {
        Parolee f = chosen.get(filler++);
        positions.add(LineupPosition.of(number, frontPhoto(f).orElseThrow()));
        key.add(new LineupKey.Entry(number, false, f.cdcNumber()));
      }
    }
    List<AttributeSpread> spread = List.of(
        AttributeSpread.of(Band.AGE, description.ageYears(),
            chosen.stream().mapToInt(p -> p.description().ageOn(today)).toArray()),
        AttributeSpread.of(Band.HEIGHT, description.heightInches(),
            chosen.stream().mapToInt(p -> p.description().heightInches()).toArray()),
        AttributeSpread.of(Band.WEIGHT, description.weightPounds(),
            chosen.stream().mapToInt(p -> p.description().weightPounds()).toArray()));
    return new Lineup(Lineup.VERSION, randomUuid(), now, context.user().id(), context.agency().ori(),
        context.caseNumber(), description, spec, positions, spread, new LineupKey(subjectIndex + 1, key));
  }

  /** With each band that is on turned off in turn, how many candidates would fit. */
  private Map<Band, Long> fittingWithEachBandOff(SubjectDescription description, LineupSpec spec, LocalDate today,
      SamePerson same, Instant now) {
    Map<Band, Long> without = new EnumMap<>(Band.class);
    for (Band off : spec.bands()) {
      long[] n = new long[1];
      internals.forEachVisible(search, request(description, spec, today, off), now, candidate -> {
        Set<Band> failed = fits(candidate, description, spec, today);
        failed.remove(off);
        if (failed.isEmpty() && !same.matches(candidate) && frontPhoto(candidate).isPresent()) {
          n[0]++;
        }
      });
      without.put(off, n[0]);
    }
    return without;
  }

  /** The search for candidates: every band that is on, except {@code off}. */
  private static SearchRequest request(SubjectDescription d, LineupSpec spec, LocalDate today, @Nullable Band off) {
    SearchRequest.Builder b = SearchRequest.builder().explain(false).pageSize(1000);
    Set<Band> on = EnumSet.copyOf(spec.bands().isEmpty() ? EnumSet.noneOf(Band.class) : spec.bands());
    if (off != null) {
      on.remove(off);
    }
    if (on.contains(Band.SEX)) {
      b.sexes(d.sex());
    }
    if (on.contains(Band.RACE)) {
      b.races(d.race());
    }
    if (on.contains(Band.HAIR)) {
      b.hairColors(d.hair());
    }
    Integer age = spec.ageYears();
    if (on.contains(Band.AGE) && age != null) {
      b.age(Math.max(0, d.ageYears() - age), Math.min(130, d.ageYears() + age));
    }
    Integer height = spec.heightInches();
    if (on.contains(Band.HEIGHT) && height != null) {
      b.heightInches(Math.max(0, d.heightInches() - height), Math.min(120, d.heightInches() + height));
    }
    Integer weight = spec.weightPounds();
    if (on.contains(Band.WEIGHT) && weight != null) {
      b.weightPounds(Math.max(0, d.weightPounds() - weight), Math.min(1000, d.weightPounds() + weight));
    }
    return b.build();
  }

  /**
   * The bands {@code candidate} fails against the description (empty: it fits). The index's search is only
   * a first cut; this check decides.
   */
  static Set<Band> fits(Parolee candidate, SubjectDescription d, LineupSpec spec, LocalDate today) {
    PhysicalDescription c = candidate.description();
    EnumSet<Band> failed = EnumSet.noneOf(Band.class);
    if (spec.sameSex() && c.sex() != d.sex()) {
      failed.add(Band.SEX);
    }
    if (spec.sameRace() && c.race() != d.race()) {
      failed.add(Band.RACE);
    }
    if (spec.sameHair() && c.hair() != d.hair()) {
      failed.add(Band.HAIR);
    }
    Integer age = spec.ageYears();
    if (age != null && Math.abs(c.ageOn(today) - d.ageYears()) > age) {
      failed.add(Band.AGE);
    }
    Integer height = spec.heightInches();
    if (height != null && Math.abs(c.heightInches() - d.heightInches()) > height) {
      failed.add(Band.HEIGHT);
    }
    Integer weight = spec.weightPounds();
    if (weight != null && Math.abs(c.weightPounds() - d.weightPounds()) > weight) {
      failed.add(Band.WEIGHT);
    }
    return failed;
  }

  /** The newest mugshot (one without a date counts as oldest; the first listed wins a tie). */
  static Optional<Photo> frontPhoto(Parolee p) {
    Photo best = null;
    for (Photo photo : p.photos()) {
      if (photo.kind() != PhotoKind.MUGSHOT) {
        continue;
      }
      if (best == null || newer(photo.taken(), best.taken())) {
        best = photo;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean newer(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a != null && (b == null || a.isAfter(b));
  }

  private String randomUuid() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(high, low).toString().toLowerCase(Locale.ROOT);
  }

  private static String clip(String detail) {
    return detail.length() > 2000 ? detail.substring(0, 2000) : detail;
  }

  /** Configures a {@link LineupComposer}. Not thread-safe. */
  public static final class Builder {
    private final LeadsSearch search;
    private @Nullable RandomGenerator random;

    private Builder(LeadsSearch search) {
      this.search = Check.notNull("search", search);
    }

    /**
     * The random generator that draws fillers, shuffles them and places the subject (default: a new
     * {@link SecureRandom}). Pass a seeded generator only in tests: a predictable order lets someone who
     * knows the seed tell where the subject is.
     */
    public Builder random(RandomGenerator value) {
      this.random = Check.notNull("random", value);
      return this;
    }

    /** Builds the composer. */
    public LineupComposer build() {
      return new LineupComposer(this);
    }
  }
}
