/**
 * Saved searches and their alerts: a {@link org.leadssdk.search.saved.SavedSearch} (a named search owned
 * by a user, stored as versioned JSON), the {@link org.leadssdk.search.saved.SavedSearchStore} that keeps
 * them (in memory or crash-safe files), the {@link org.leadssdk.search.saved.SavedSearches} service that
 * saves and runs them with the owner's current rights, and the alerts a host receives through a
 * {@link org.leadssdk.search.saved.SavedSearchAlertListener} when a delta moves records into or out of a
 * saved search (computed by {@link org.leadssdk.search.SavedSearchAlerts}).
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.search.saved;
