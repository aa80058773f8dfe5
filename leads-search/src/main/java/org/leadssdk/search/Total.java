package org.leadssdk.search;

/**
 * How many visible records a search matched: exact, or only a lower bound when counting stopped early.
 * Immutable.
 *
 * @param lowerBound the number counted; the exact total when {@link #isExact()}
 * @param isExact whether counting went to the end
 */
public record Total(long lowerBound, boolean isExact) {
  /**
   * The exact total.
   *
   * @throws IllegalStateException if the total is only a lower bound; ask for {@link #lowerBound()} or
   *     request an exact total
   */
  public long count() {
    if (!isExact) {
      throw new IllegalStateException("the total is a lower bound (at least " + lowerBound
          + "); use lowerBound(), or request an exact total with SearchRequest.Builder.exactTotal()");
    }
    return lowerBound;
  }
}
