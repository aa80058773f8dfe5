package org.leadssdk.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * Physical descriptors, coded with NCIC code tables. Immutable.
 *
 * @param dateOfBirth the date of birth, on or after 1900-01-01
 * @param sex NCIC sex
 * @param race NCIC race
 * @param ethnicity NCIC ethnicity; {@code null} when not recorded
 * @param heightInches height in inches, 36 to 96
 * @param weightPounds weight in pounds, 50 to 700
 * @param hair NCIC hair colour
 * @param eyes NCIC eye colour
 * @param skin NCIC skin tone; {@code null} when not recorded
 * @param birthplace state or country of birth as recorded (e.g. {@code CA}, {@code MEXICO}); {@code null}
 *     when unknown
 */
public record PhysicalDescription(
    LocalDate dateOfBirth,
    Sex sex,
    Race race,
    @Nullable Ethnicity ethnicity,
    int heightInches,
    int weightPounds,
    HairColor hair,
    EyeColor eyes,
    @Nullable SkinTone skin,
    @Nullable String birthplace) {

  /** The earliest accepted date of birth. */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /**
   * Validates the description.
   *
   * @throws IllegalArgumentException if a value is out of its range
   */
  public PhysicalDescription {
    Check.notNull("description.dateOfBirth", dateOfBirth);
    Check.notNull("description.sex", sex);
    Check.notNull("description.race", race);
    Check.notNull("description.hair", hair);
    Check.notNull("description.eyes", eyes);
    if (dateOfBirth.isBefore(EARLIEST_BIRTH)) {
      throw new IllegalArgumentException("description.dateOfBirth: " + Mask.partial(dateOfBirth)
          + " must be on or after " + EARLIEST_BIRTH);
    }
    Check.inRange("description.heightInches", heightInches, 36, 96);
    Check.inRange("description.weightPounds", weightPounds, 50, 700);
    birthplace = Check.optionalText("description.birthplace", birthplace, 40);
  }

  /** Age in whole years on {@code date}. */
  public int ageOn(LocalDate date) {
    return java.time.Period.between(dateOfBirth, date).getYears();
  }

  /** Masks the date of birth. */
  @Override
  public String toString() {
    return "PhysicalDescription[dateOfBirth=" + Mask.partial(dateOfBirth) + ", sex=" + sex.code()
        + ", race=" + race.code() + ", heightInches=" + heightInches + ", weightPounds=" + weightPounds
        + ", hair=" + hair.code() + ", eyes=" + eyes.code() + "]";
  }
}
