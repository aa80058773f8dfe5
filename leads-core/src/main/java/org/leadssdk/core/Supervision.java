package org.leadssdk.core;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * The supervision part of a parolee record (Parole LEADS 2.0: status, supervision level, agent of
 * record, parole unit and phone, special conditions). Immutable.
 *
 * <p>Rules between the fields are checked with the whole record by {@link Parolee}.
 *
 * @param status the parole status
 * @param level the supervision level
 * @param agent the agent of record; {@code null} when none is assigned
 * @param paroleUnit the parole unit; {@code null} when none is assigned
 * @param countyUnit the PRCS county unit; present exactly when the status is PRCS
 * @param specialConditions the special conditions of parole as text, each at most 200 characters
 * @param releaseDate the release date to parole (the planned one for Pre-Parole); {@code null} when
 *     unknown
 * @param dischargeDate the date parole was discharged; present exactly when the status is Discharged
 * @param controllingDischargeDate the controlling discharge date (DOM 81010.9); {@code null} when not
 *     computed
 * @param events revocations and suspensions, oldest first
 * @param countyOfLastLegalResidence the county of last legal residence (COLLR, DOM 81010.2.1);
 *     {@code null} when not determined
 */
public record Supervision(
    ParoleStatus status,
    SupervisionLevel level,
    @Nullable AgentOfRecord agent,
    @Nullable ParoleUnit paroleUnit,
    @Nullable CountyUnit countyUnit,
    List<String> specialConditions,
    @Nullable LocalDate releaseDate,
    @Nullable LocalDate dischargeDate,
    @Nullable LocalDate controllingDischargeDate,
    List<SupervisionEvent> events,
    @Nullable County countyOfLastLegalResidence) {

  /**
   * Validates the parts and copies the lists.
   *
   * @throws IllegalArgumentException if a special condition is blank or too long
   * @throws NullPointerException if a required part or a list element is null
   */
  public Supervision {
    Check.notNull("supervision.status", status);
    Check.notNull("supervision.level", level);
    List<String> conditions = Check.copy("supervision.specialConditions", specialConditions);
    String[] stripped = null;
    for (int i = 0; i < conditions.size(); i++) {
      String c = conditions.get(i);
      String text = Check.text("supervision.specialConditions[]", c, 200);
      if (stripped == null && !text.equals(c)) {
        stripped = conditions.toArray(new String[0]);
      }
      if (stripped != null) {
        stripped[i] = text;
      }
    }
    // A loop, not a stream: a search decodes every record it returns.
    specialConditions = stripped == null ? conditions : List.of(stripped);
    events = Check.copy("supervision.events", events);
  }
}
