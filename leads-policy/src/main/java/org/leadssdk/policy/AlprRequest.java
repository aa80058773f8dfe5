package org.leadssdk.policy;

import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Plate;
import org.leadssdk.core.internal.Check;

/**
 * An ALPR query as DOM 53060.7 sees it: who asks, for which plate, and why. Immutable.
 *
 * @param user the CDCR staff member asking (with an {@link AlprProfile})
 * @param agencyOri the ORI of the user's agency, recorded with the query (SB 34)
 * @param plate the plate queried
 * @param purpose the purpose as typed, each time ALPR is accessed; {@code null} when none was given (a
 *     denial, not an error, so that the refusal is audited)
 * @param caseNumber the internal case number in its own field; {@code null} when the purpose cites it
 */
public record AlprRequest(
    User user, String agencyOri, Plate plate, @Nullable String purpose, @Nullable String caseNumber) {
  /**
   * Validates the request's shape (the rules are {@link AlprPolicy}'s).
   *
   * @throws NullPointerException if user, agency or plate is null
   * @throws IllegalArgumentException if the ORI is malformed, or the case number is longer than 64
   *     characters or holds control characters
   */
  public AlprRequest {
    Check.notNull("alpr.user", user);
    agencyOri = Agency.checkOri(agencyOri);
    Check.notNull("alpr.plate", plate);
    if (purpose != null) {
      Check.inRange("alpr.purpose length", purpose.length(), 0, 100_000);
    }
    caseNumber = caseNumber == null || caseNumber.isBlank() ? null : Check.text("alpr.caseNumber", caseNumber, 64);
  }

  /** A request whose purpose cites the case number; the agency is the user's. */
  public static AlprRequest of(User user, Plate plate, @Nullable String purpose) {
    return new AlprRequest(user, user.agencyOri(), plate, purpose, null);
  }
}
