package org.leadssdk.policy;

import java.time.LocalDate;
import org.leadssdk.core.internal.Check;

/**
 * The recorded approval by which the Deputy Director adds a DAPO user to the ALPR end users
 * (DOM 53060.7: "Additional DAPO users may be added with the approval of the Deputy Director").
 * Immutable.
 *
 * @param approvedBy who approved (name or staff id of the Deputy Director)
 * @param approvedOn the date of the approval
 */
public record DeputyDirectorApproval(String approvedBy, LocalDate approvedOn) {
  /**
   * Validates the approval.
   *
   * @throws IllegalArgumentException if {@code approvedBy} is blank
   */
  public DeputyDirectorApproval {
    approvedBy = Check.text("deputyDirectorApproval.approvedBy", approvedBy, 100);
    Check.notNull("deputyDirectorApproval.approvedOn", approvedOn);
  }
}
