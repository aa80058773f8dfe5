package org.leadssdk.search;

import java.util.List;
import java.util.OptionalDouble;
import org.leadssdk.core.Parolee;

/**
 * One record a search found, redacted for the user who asked. Immutable.
 *
 * @param record the record as this user may see it
 * @param score the relevance score (0 when the order is not by relevance)
 * @param distanceMeters great-circle distance from the search point to the current residence, when the
 *     search had a point and the record a geocode
 * @param matched which fields matched and how (empty if not requested)
 */
public record Hit(Parolee record, float score, OptionalDouble distanceMeters, List<MatchedField> matched) {
  /** Copies the list. */
  public Hit {
    matched = List.copyOf(matched);
  }
}
