package org.leadssdk.search.saved;

/**
 * Receives the alerts of saved searches; the host implements it (e.g. to queue a notice for the owner).
 * Called on the thread that applies the delta, one alert at a time, each after its audit event is stored.
 * An exception thrown here does not stop the other alerts; the alert is counted as undelivered in the
 * {@link DeltaAlertReport}.
 */
@FunctionalInterface
public interface SavedSearchAlertListener {
  /** Takes one alert. Should return quickly (hand the alert to another thread for slow work). */
  void onAlert(SavedSearchAlert alert);
}
