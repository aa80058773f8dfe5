package org.leadssdk.search.lineup;

import java.time.LocalDate;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.Race;
import org.leadssdk.core.Sex;
import org.leadssdk.core.internal.Check;

/**
 * The description the fillers of a line-up are chosen by: the subject's record, or the eyewitness'
 * description of the perpetrator (PC 859.7(a)(1), (5)). It holds no name, identifier, history or status.
 * Immutable.
 *
 * @param sex the sex
 * @param race the race
 * @param ageYears the age in whole years, 10 to 120
 * @param heightInches the height in inches, 36 to 96 (the range of {@link PhysicalDescription})
 * @param weightPounds the weight in pounds, 50 to 700 (the range of {@link PhysicalDescription})
 * @param hair the hair colour
 */
public record SubjectDescription(Sex sex, Race race, int ageYears, int heightInches, int weightPounds, HairColor hair) {
  /**
   * Validates the description.
   *
   * @throws NullPointerException if sex, race or hair is null
   * @throws IllegalArgumentException naming the value out of its range
   */
  public SubjectDescription {
    Check.notNull("description.sex", sex);
    Check.notNull("description.race", race);
    Check.notNull("description.hair", hair);
    Check.inRange("description.ageYears", ageYears, 10, 120);
    Check.inRange("description.heightInches", heightInches, 36, 96);
    Check.inRange("description.weightPounds", weightPounds, 50, 700);
  }

  /** The description of a record, with the age on {@code date}. */
  public static SubjectDescription of(Parolee record, LocalDate date) {
    Check.notNull("record", record);
    Check.notNull("date", date);
    PhysicalDescription d = record.description();
    return new SubjectDescription(d.sex(), d.race(), d.ageOn(date), d.heightInches(), d.weightPounds(), d.hair());
  }
}
