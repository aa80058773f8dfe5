package org.leadssdk.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.AccountRegistry;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.Agency;
import org.leadssdk.policy.AlprProfile;
import org.leadssdk.policy.AlprRoleGroup;
import org.leadssdk.policy.Division;
import org.leadssdk.policy.Role;
import org.leadssdk.policy.User;

/**
 * Synthetic agencies, users and access contexts for tests: a sheriff's office with every agreement on
 * file, a trained deputy with the LEADS roles, and a DAPO special agent with an ALPR profile. All names
 * and numbers are synthetic.
 */
public final class TestAccess {
  /** The synthetic agency's ORI. */
  public static final String ORI = "CA0340000";
  /** The synthetic DAPO division's ORI. */
  public static final String DAPO_ORI = "CA0349400";
  /** The synthetic DAPO division with its case-number pattern, e.g. {@code DAPO-2026-000123}. */
  public static final Division DAPO = Division.of("DAPO", "DAPO-\\d{4}-\\d{6}");

  private TestAccess() {}

  /** The synthetic sheriff's office, all three agreements signed on 2024-01-10. */
  public static Agency agency() {
    return Agency.withAllAgreements(ORI, "Synthetic County Sheriff", LocalDate.of(2024, 1, 10));
  }

  /** The synthetic DAPO unit, all agreements on file. */
  public static Agency dapo() {
    return Agency.withAllAgreements(DAPO_ORI, "Synthetic DAPO Region", LocalDate.of(2024, 1, 10));
  }

  /**
   * A trained deputy of {@link #agency()} with LEADS, line-up and download roles, active {@code now}.
   *
   * @param now the instant the test runs at (the user was last active a day before)
   */
  public static User.Builder deputy(Instant now) {
    return User.builder().id("deputy01").agencyOri(ORI)
        .roles(List.of(Role.LEADS_USER, Role.PHOTO_LINEUP, Role.DATA_DOWNLOAD))
        .trainingCompleted(LocalDate.of(2025, 6, 1)).endUserAgreementSigned(LocalDate.of(2025, 6, 1))
        .active(true).lastActivity(now.minusSeconds(86_400));
  }

  /** A DAPO special agent with ALPR training and Form 110 on file, active {@code now}. */
  public static User.Builder specialAgent(Instant now) {
    return User.builder().id("agent07").agencyOri(DAPO_ORI).addRole(Role.LEADS_USER)
        .trainingCompleted(LocalDate.of(2025, 5, 1)).endUserAgreementSigned(LocalDate.of(2025, 5, 1))
        .active(true).lastActivity(now.minusSeconds(3_600))
        .alpr(new AlprProfile(AlprRoleGroup.SPECIAL_AGENT, false, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2),
            null, DAPO));
  }

  /** A registry holding these users. */
  public static AccountRegistry registry(User... users) {
    return AccountRegistry.of(List.of(users));
  }

  /** The deputy's context for {@code action} at {@code now}, in {@link #agency()}. */
  public static AccessContext deputyContext(Action action, Instant now) {
    return AccessContext.of(deputy(now).build(), agency(), action);
  }
}
