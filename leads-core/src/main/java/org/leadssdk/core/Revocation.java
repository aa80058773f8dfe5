package org.leadssdk.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * Parole revoked: the parolee is in custody from {@code custodyFrom} and returned to DAPO on
 * {@code releasedOn}. DOM 81010.9(a): the days in custody extend the parole period, and continuous-parole
 * credit restarts on release. Immutable.
 *
 * @param custodyFrom first day in custody for the revocation
 * @param releasedOn day of release back to DAPO; {@code null} while still in custody
 */
public record Revocation(LocalDate custodyFrom, @Nullable LocalDate releasedOn) implements SupervisionEvent {
  /**
   * Validates the dates.
   *
   * @throws IllegalArgumentException if {@code releasedOn} is before {@code custodyFrom}
   */
  public Revocation {
    Check.notNull("revocation.custodyFrom", custodyFrom);
    if (releasedOn != null && releasedOn.isBefore(custodyFrom)) {
      throw new IllegalArgumentException("revocation.releasedOn: " + Mask.partial(releasedOn)
          + " is before revocation.custodyFrom " + Mask.partial(custodyFrom));
    }
  }

  @Override
  public LocalDate start() {
    return custodyFrom;
  }

  @Override
  public @Nullable LocalDate end() {
    return releasedOn;
  }
}
