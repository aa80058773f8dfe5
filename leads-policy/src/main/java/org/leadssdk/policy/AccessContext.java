package org.leadssdk.policy;

import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * Who asks to do what, and why: the user, the user's agency, the action, and the purpose and case number
 * the user gave (optional for LEADS; recorded in the audit trail when given). Immutable.
 *
 * @param user the account asking
 * @param agency the agency the account belongs to, with its agreements on file
 * @param action what the user asks to do
 * @param purpose why, as the user typed it; {@code null} when not given
 * @param caseNumber the user's case number; {@code null} when not given
 */
public record AccessContext(
    User user, Agency agency, Action action, @Nullable String purpose, @Nullable String caseNumber) {
  /**
   * Validates the context.
   *
   * @throws NullPointerException if user, agency or action is null
   * @throws IllegalArgumentException if purpose or case number is blank or too long (500 and 64 characters)
   */
  public AccessContext {
    Check.notNull("context.user", user);
    Check.notNull("context.agency", agency);
    Check.notNull("context.action", action);
    purpose = Check.optionalText("context.purpose", purpose, 500);
    caseNumber = Check.optionalText("context.caseNumber", caseNumber, 64);
  }

  /** A context without purpose or case number. */
  public static AccessContext of(User user, Agency agency, Action action) {
    return new AccessContext(user, agency, action, null, null);
  }

  /** A copy with the purpose and case number. */
  public AccessContext withPurpose(@Nullable String purposeText, @Nullable String caseNumberText) {
    return new AccessContext(user, agency, action, purposeText, caseNumberText);
  }
}
