package org.leadssdk.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a search's visible matches, with the total, facet counts and what policy left out.
 * Immutable.
 *
 * @param hits this page's hits, in order, redacted for the user
 * @param total how many visible records matched
 * @param facets counts per requested dimension, largest first
 * @param omittedByPolicy how many matching records are not shown because retention hides them at the
 *     search instant (the host decides whether to tell its user)
 * @param next the cursor of the next page; {@code null} on the last page
 * @param searchedAt the instant the search was evaluated at (retention and ages use it)
 */
public record SearchResult(
    List<Hit> hits,
    Total total,
    Map<FacetDimension, List<FacetCount>> facets,
    long omittedByPolicy,
    @Nullable PageCursor next,
    Instant searchedAt) {
  /** Copies the collections. */
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** The next page's cursor, if there is a next page. */
  public Optional<PageCursor> nextPage() {
    return Optional.ofNullable(next);
  }
}
