package org.leadssdk.core.rules;

import org.leadssdk.core.internal.Check;

/**
 * What one document of the current commitment records as the offender's last residence. Immutable.
 *
 * @param source the document: POR, sentencing transcript or arrest report
 * @param residence what it records
 */
public record ResidenceEvidence(EvidenceSource source, StatedResidence residence) {
  /**
   * Validates that both parts are given.
   *
   * @throws NullPointerException if a part is null
   */
  public ResidenceEvidence {
    Check.notNull("evidence.source", source);
    Check.notNull("evidence.residence", residence);
  }
}
