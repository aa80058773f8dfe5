package org.leadssdk.policy;

import java.util.regex.Pattern;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * Why a decision was made: a stable code a program can test, a message a person can read, and the rule
 * it applies. Messages never carry the sensitive values they talk about. Immutable.
 *
 * @param code stable upper-case code such as {@code AGREEMENT_MISSING}; part of the API
 * @param message a sentence for the user, at most 500 characters
 * @param rule the rule applied
 */
public record Reason(String code, String message, Rule rule) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  /**
   * Validates the reason.
   *
   * @throws IllegalArgumentException if the code is not upper-case letters, digits and underscores or the
   *     message is blank or too long
   */
  public Reason {
    Check.notNull("reason.code", code);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("reason.code: " + Mask.plain(code)
          + " must be 2-64 upper-case letters, digits and underscores, starting with a letter");
    }
    message = Check.text("reason.message", message, 500);
    Check.notNull("reason.rule", rule);
  }

  /** As {@code "CODE: message (rule)"}. */
  @Override
  public String toString() {
    return code + ": " + message + " (" + rule.citation() + ")";
  }
}
