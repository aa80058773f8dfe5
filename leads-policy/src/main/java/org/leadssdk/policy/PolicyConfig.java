package org.leadssdk.policy;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * The configurable figures of the policy, with the defaults of the source documents. Immutable.
 *
 * <pre>{@code
 * PolicyConfig config = PolicyConfig.builder().inactivityLimit(Duration.ofDays(60)).build();
 * }</pre>
 *
 * @param trainingValidity how long LEADS training stays valid after its completion date; {@code null}
 *     when it never expires. Default two years: the overview requires training but names no period; two
 *     years is the usual CLETS recertification cycle, so a host that has another must set it
 * @param alprTrainingValidity how long ALPR training stays valid; {@code null} (the default) when it
 *     never expires, as DOM 53060.7 names no period
 * @param inactivityLimit an account unused for longer than this is denied; default 90 days
 * @param dischargedVisibleDays a Discharged record is visible on the discharge date and this many calendar
 *     days after it; default 365 ("available to law enforcement for one (1) year"), 0 to 3650
 * @param preParoleVisibleDays a Pre-Parole record is visible from this many calendar days before the
 *     release date; default 120 ("awaiting parole within 120 days"), 0 to 3650
 * @param zone the time zone of calendar days (discharge and release dates); default America/Los_Angeles
 * @param purposeMaxLength the longest ALPR purpose accepted, in characters; default 500, 20 to 4000
 */
public record PolicyConfig(
    @Nullable Period trainingValidity,
    @Nullable Period alprTrainingValidity,
    Duration inactivityLimit,
    int dischargedVisibleDays,
    int preParoleVisibleDays,
    ZoneId zone,
    int purposeMaxLength) {

  /** The defaults of the source documents. */
  public static final PolicyConfig DEFAULTS = builder().build();

  /**
   * Validates the configuration.
   *
   * @throws IllegalArgumentException if a figure is out of its range or a period is negative or zero
   */
  public PolicyConfig {
    if (trainingValidity != null) {
      Check.argument(!trainingValidity.isNegative() && !trainingValidity.isZero(),
          () -> "trainingValidity must be positive, got " + trainingValidity);
    }
    if (alprTrainingValidity != null) {
      Check.argument(!alprTrainingValidity.isNegative() && !alprTrainingValidity.isZero(),
          () -> "alprTrainingValidity must be positive, got " + alprTrainingValidity);
    }
    Check.notNull("inactivityLimit", inactivityLimit);
    Check.argument(!inactivityLimit.isNegative() && !inactivityLimit.isZero(),
        () -> "inactivityLimit must be positive, got " + inactivityLimit);
    Check.inRange("dischargedVisibleDays", dischargedVisibleDays, 0, 3650);
    Check.inRange("preParoleVisibleDays", preParoleVisibleDays, 0, 3650);
    Check.notNull("zone", zone);
    Check.inRange("purposeMaxLength", purposeMaxLength, 20, 4000);
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.trainingValidity = trainingValidity;
    b.alprTrainingValidity = alprTrainingValidity;
    b.inactivityLimit = inactivityLimit;
    b.dischargedVisibleDays = dischargedVisibleDays;
    b.preParoleVisibleDays = preParoleVisibleDays;
    b.zone = zone;
    b.purposeMaxLength = purposeMaxLength;
    return b;
  }

  /** Assembles a {@link PolicyConfig}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private @Nullable Period trainingValidity = Period.ofYears(2);
    private @Nullable Period alprTrainingValidity;
    private Duration inactivityLimit = Duration.ofDays(90);
    private int dischargedVisibleDays = 365;
    private int preParoleVisibleDays = 120;
    private ZoneId zone = ZoneId.of("America/Los_Angeles");
    private int purposeMaxLength = 500;

    private Builder() {}

    /** Sets the LEADS training validity; {@code null}: never expires. */
    public Builder trainingValidity(@Nullable Period value) {
      this.trainingValidity = value;
      return this;
    }

    /** Sets the ALPR training validity; {@code null}: never expires. */
    public Builder alprTrainingValidity(@Nullable Period value) {
      this.alprTrainingValidity = value;
      return this;
    }

    /** Sets the inactivity limit. */
    public Builder inactivityLimit(Duration value) {
      this.inactivityLimit = Check.notNull("inactivityLimit", value);
      return this;
    }

    /** Sets the days a Discharged record stays visible after the discharge date. */
    public Builder dischargedVisibleDays(int value) {
      this.dischargedVisibleDays = value;
      return this;
    }

    /** Sets the days before release from which a Pre-Parole record is visible. */
    public Builder preParoleVisibleDays(int value) {
      this.preParoleVisibleDays = value;
      return this;
    }

    /** Sets the time zone of calendar days. */
    public Builder zone(ZoneId value) {
      this.zone = Check.notNull("zone", value);
      return this;
    }

    /** Sets the longest accepted ALPR purpose. */
    public Builder purposeMaxLength(int value) {
      this.purposeMaxLength = value;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @throws IllegalArgumentException if a figure is out of range
     */
    public PolicyConfig build() {
      return new PolicyConfig(trainingValidity, alprTrainingValidity, inactivityLimit, dischargedVisibleDays,
          preParoleVisibleDays, zone, purposeMaxLength);
    }
  }
}
