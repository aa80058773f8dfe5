package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Codes;
import org.leadssdk.core.internal.Mask;

/**
 * Parole suspended because the parolee absconded. DOM 81010.9(b): the tolled time is not credited to
 * the parole period; it begins on the day the superior court's warrant issued, or, for a BPH warrant,
 * on the suspension date BPH ordered, and ends on the arrest for the warrant. Immutable.
 *
 * @param authority who issued the warrant, which decides where tolling begins
 * @param tolledFrom the warrant date (court) or the BPH suspension date (BPH)
 * @param arrestedOn the day of arrest on the warrant; {@code null} while at large
 */
public record Suspension(Authority authority, LocalDate tolledFrom, @Nullable LocalDate arrestedOn)
    implements SupervisionEvent {

  /** Who issued the warrant (DOM 81010.9(b)). */
  public enum Authority implements Coded {
    /** A superior court warrant: tolling begins on the day the warrant issued. */
    COURT("COURT", "Superior court warrant"),
    /** A Board of Parole Hearings warrant: tolling begins on the suspension date BPH ordered. */
    BPH("BPH", "Board of Parole Hearings warrant");

    private static final Codes<Authority> CODES = Codes.of("suspension.authority", Authority.class);
    private final String code;
    private final String displayName;

    Authority(String code, String displayName) {
      this.code = code;
      this.displayName = displayName;
    }

    /**
     * Returns the authority with this code.
     *
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static Authority fromCode(String code) {
      return CODES.parse(code);
    }

    @JsonValue
    @Override
    public String code() {
      return code;
    }

    @Override
    public String displayName() {
      return displayName;
    }
  }

  /**
   * Validates the dates.
   *
   * @throws IllegalArgumentException if {@code arrestedOn} is before {@code tolledFrom}
   */
  public Suspension {
    Check.notNull("suspension.authority", authority);
    Check.notNull("suspension.tolledFrom", tolledFrom);
    if (arrestedOn != null && arrestedOn.isBefore(tolledFrom)) {
      throw new IllegalArgumentException("suspension.arrestedOn: " + Mask.partial(arrestedOn)
          + " is before suspension.tolledFrom " + Mask.partial(tolledFrom));
    }
  }

  @Override
  public LocalDate start() {
    return tolledFrom;
  }

  @Override
  public @Nullable LocalDate end() {
    return arrestedOn;
  }
}
