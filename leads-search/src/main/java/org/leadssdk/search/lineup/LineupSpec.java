package org.leadssdk.search.lineup;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * How closely the fillers of a photo line-up must resemble the subject's description, and how many there
 * are. PC 859.7(a)(5) asks that the fillers "generally fit the eyewitness' description of the perpetrator"
 * and that the suspect's photo "not unduly stand out"; the statute sets no figures, so the bands are the
 * host's choice, with the defaults of {@link #defaults()}. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * LineupSpec spec = LineupSpec.builder().ageYears(3).heightInches(2).sameHair(false).build();
 * }</pre>
 *
 * @param ageYears a filler's age may differ from the subject's by at most this many whole years (0 to 30);
 *     {@code null} turns the age band off
 * @param heightInches a filler's height may differ by at most this many inches (0 to 24); {@code null} off
 * @param weightPounds a filler's weight may differ by at most this many pounds (0 to 200); {@code null} off
 * @param sameSex whether a filler must have the subject's sex
 * @param sameRace whether a filler must have the subject's race
 * @param sameHair whether a filler must have the subject's hair colour
 * @param fillerCount how many fillers join the subject, 1 to {@value #MAX_FILLERS}
 */
public record LineupSpec(
    @Nullable Integer ageYears,
    @Nullable Integer heightInches,
    @Nullable Integer weightPounds,
    boolean sameSex,
    boolean sameRace,
    boolean sameHair,
    int fillerCount) {

  /** The default number of fillers: five, so that the witness sees six photos. */
  public static final int DEFAULT_FILLERS = 5;

  /** The most fillers a line-up may hold. */
  public static final int MAX_FILLERS = 19;

  /**
   * Validates the bands.
   *
   * @throws IllegalArgumentException naming the band out of its range, or the filler count out of 1 to
   *     {@value #MAX_FILLERS}
   */
  public LineupSpec {
    if (ageYears != null) {
      Check.inRange("spec.ageYears", ageYears, 0, 30);
    }
    if (heightInches != null) {
      Check.inRange("spec.heightInches", heightInches, 0, 24);
    }
    if (weightPounds != null) {
      Check.inRange("spec.weightPounds", weightPounds, 0, 200);
    }
    Check.inRange("spec.fillerCount", fillerCount, 1, MAX_FILLERS);
  }

  /**
   * The defaults: age within 5 years, height within 3 inches, weight within 20 pounds, same sex, race and
   * hair colour, {@value #DEFAULT_FILLERS} fillers.
   */
  public static LineupSpec defaults() {
    return builder().build();
  }

  /** A builder holding the {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The bands that are on. */
  public Set<Band> bands() {
    EnumSet<Band> on = EnumSet.noneOf(Band.class);
    if (sameSex) {
      on.add(Band.SEX);
    }
    if (sameRace) {
      on.add(Band.RACE);
    }
    if (sameHair) {
      on.add(Band.HAIR);
    }
    if (ageYears != null) {
      on.add(Band.AGE);
    }
    if (heightInches != null) {
      on.add(Band.HEIGHT);
    }
    if (weightPounds != null) {
      on.add(Band.WEIGHT);
    }
    return on;
  }

  /** The band as a reader sees it, e.g. {@code age within 5 years}. */
  public String describe(Band band) {
    Check.notNull("band", band);
    return switch (band) {
      case SEX -> sameSex ? "same sex" : "any sex";
      case RACE -> sameRace ? "same race" : "any race";
      case HAIR -> sameHair ? "same hair colour" : "any hair colour";
      case AGE -> ageYears == null ? "any age" : "age within " + ageYears + " years";
      case HEIGHT -> heightInches == null ? "any height" : "height within " + heightInches + " inches";
      case WEIGHT -> weightPounds == null ? "any weight" : "weight within " + weightPounds + " pounds";
    };
  }

  /** All bands that are on, as text: {@code same sex, same race, age within 5 years}. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    for (Band band : bands()) {
      if (!b.isEmpty()) {
        b.append(", ");
      }
      b.append(describe(band));
    }
    return b.isEmpty() ? "no bands" : b.toString().toLowerCase(Locale.ROOT);
  }

  /** Assembles a {@link LineupSpec}, starting from the defaults. Not thread-safe. */
  public static final class Builder {
    private @Nullable Integer ageYears = 5;
    private @Nullable Integer heightInches = 3;
    private @Nullable Integer weightPounds = 20;
    private boolean sameSex = true;
    private boolean sameRace = true;
    private boolean sameHair = true;
    private int fillerCount = DEFAULT_FILLERS;

    private Builder() {}

    /** The age band in years (0 to 30); {@code null} turns it off. Default 5. */
    public Builder ageYears(@Nullable Integer value) {
      this.ageYears = value;
      return this;
    }

    /** The height band in inches (0 to 24); {@code null} turns it off. Default 3. */
    public Builder heightInches(@Nullable Integer value) {
      this.heightInches = value;
      return this;
    }

    /** The weight band in pounds (0 to 200); {@code null} turns it off. Default 20. */
    public Builder weightPounds(@Nullable Integer value) {
      this.weightPounds = value;
      return this;
    }

    /** Whether fillers must have the subject's sex (default true). */
    public Builder sameSex(boolean value) {
      this.sameSex = value;
      return this;
    }

    /** Whether fillers must have the subject's race (default true). */
    public Builder sameRace(boolean value) {
      this.sameRace = value;
      return this;
    }

    /** Whether fillers must have the subject's hair colour (default true). */
    public Builder sameHair(boolean value) {
      this.sameHair = value;
      return this;
    }

    /** How many fillers, 1 to {@value LineupSpec#MAX_FILLERS} (default {@value LineupSpec#DEFAULT_FILLERS}). */
    public Builder fillerCount(int value) {
      this.fillerCount = value;
      return this;
    }

    /**
     * Builds the spec.
     *
     * @throws IllegalArgumentException if a band or the filler count is out of range
     */
    public LineupSpec build() {
      return new LineupSpec(ageYears, heightInches, weightPounds, sameSex, sameRace, sameHair, fillerCount);
    }
  }
}
