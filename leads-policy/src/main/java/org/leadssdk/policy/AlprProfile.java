package org.leadssdk.policy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * What DOM 53060.7 asks of a CDCR staff member before ALPR access. Immutable.
 *
 * @param roleGroup the staff member's job role
 * @param communityComplianceUnit whether the staff member is assigned to the Community Compliance Unit
 *     (needed by Parole Agents and Parole Service Associates)
 * @param trainingCompleted the date department-approved ALPR training was completed; {@code null} if not
 * @param form110Signed the date the CDCR Form 110 ALPR End User Agreement was signed; {@code null} if not
 * @param deputyDirectorApproval the Deputy Director's approval for other DAPO users; {@code null} if none
 * @param division the staff member's division, whose case-number format the purpose must cite
 */
public record AlprProfile(
    AlprRoleGroup roleGroup,
    boolean communityComplianceUnit,
    @Nullable LocalDate trainingCompleted,
    @Nullable LocalDate form110Signed,
    @Nullable DeputyDirectorApproval deputyDirectorApproval,
    Division division) {

  /**
   * Validates the profile.
   *
   * @throws NullPointerException if the role group or division is null
   */
  public AlprProfile {
    Check.notNull("alpr.roleGroup", roleGroup);
    Check.notNull("alpr.division", division);
  }

  /** A copy with another role group. */
  public AlprProfile withRoleGroup(AlprRoleGroup value) {
    return new AlprProfile(value, communityComplianceUnit, trainingCompleted, form110Signed, deputyDirectorApproval,
        division);
  }

  /** A copy with the Community Compliance Unit assignment set. */
  public AlprProfile withCommunityComplianceUnit(boolean value) {
    return new AlprProfile(roleGroup, value, trainingCompleted, form110Signed, deputyDirectorApproval, division);
  }

  /** A copy with the training date ({@code null}: not trained). */
  public AlprProfile withTrainingCompleted(@Nullable LocalDate value) {
    return new AlprProfile(roleGroup, communityComplianceUnit, value, form110Signed, deputyDirectorApproval, division);
  }

  /** A copy with the Form 110 date ({@code null}: not signed). */
  public AlprProfile withForm110Signed(@Nullable LocalDate value) {
    return new AlprProfile(roleGroup, communityComplianceUnit, trainingCompleted, value, deputyDirectorApproval,
        division);
  }

  /** A copy with the Deputy Director approval ({@code null}: none). */
  public AlprProfile withDeputyDirectorApproval(@Nullable DeputyDirectorApproval value) {
    return new AlprProfile(roleGroup, communityComplianceUnit, trainingCompleted, form110Signed, value, division);
  }
}
