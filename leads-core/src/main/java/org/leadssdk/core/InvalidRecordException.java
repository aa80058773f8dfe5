package org.leadssdk.core;

import java.util.List;
import org.leadssdk.core.internal.Check;

/**
 * Outside data (a vendor's record, a feed line, a JSON document) is invalid. Carries every problem found,
 * not only the first:
 *
 * <pre>
 * Parolee has 2 problems:
 *  - cdcNumber: missing (required)
 *  - addresses[1].to: must not be before from
 * </pre>
 */
public final class InvalidRecordException extends LeadsException {
  private static final long serialVersionUID = 1L;

  private final String recordType;
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param recordType the kind of record, e.g. {@code "Parolee"}
   * @param violations at least one problem
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidRecordException(String recordType, List<Violation> violations) {
    super(message(recordType, violations));
    this.recordType = recordType;
    this.violations = List.copyOf(violations);
  }

  private static String message(String recordType, List<Violation> violations) {
    Check.notNull("recordType", recordType);
    Check.notNull("violations", violations);
    Check.argument(!violations.isEmpty(), () -> "violations must not be empty");
    StringBuilder b = new StringBuilder(recordType).append(" has ").append(violations.size())
        .append(violations.size() == 1 ? " problem:" : " problems:");
    for (Violation v : violations) {
      b.append("\n - ").append(v);
    }
    return b.toString();
  }

  /** The kind of record, e.g. {@code "Parolee"}. */
  public String recordType() {
    return recordType;
  }

  /** Every problem found, in field order; never empty. */
  public List<Violation> violations() {
    return violations;
  }
}
