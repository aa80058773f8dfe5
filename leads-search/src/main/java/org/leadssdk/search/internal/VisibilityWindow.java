package org.leadssdk.search.internal;

/**
 * The span in which a record may be shown, in epoch milliseconds: {@code [from, until)}. Unbounded ends
 * are {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE}.
 *
 * @param from first instant visible
 * @param until first instant no longer visible
 */
public record VisibilityWindow(long from, long until) {
  /** Whether the window has a bound (and so needs the time filter). */
  public boolean bounded() {
    return from != Long.MIN_VALUE || until != Long.MAX_VALUE;
  }
}
