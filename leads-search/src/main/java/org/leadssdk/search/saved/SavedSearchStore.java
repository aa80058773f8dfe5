package org.leadssdk.search.saved;

import java.util.List;
import java.util.Optional;

/**
 * Where saved searches are kept, with optimistic concurrency: {@link #save} stores a saved search only if
 * the caller read the version that is stored, so two users (or two windows) editing the same saved search
 * never overwrite each other unknowingly. Implementations are thread-safe; the SDK provides
 * {@link InMemorySavedSearchStore} and the crash-safe {@link FileSavedSearchStore}.
 *
 * <p>The store checks versions only; who may save, read or delete is decided by {@link SavedSearches}.
 */
public interface SavedSearchStore {

  /**
   * Stores the saved search as the next version.
   *
   * @param search the saved search; its {@link SavedSearch#version()} is the version the caller read:
   *     {@code 0} to create one that must not exist yet
   * @return the stored saved search, whose version is {@code search.version() + 1}
   * @throws SavedSearchConflictException if the stored version is not {@code search.version()} (another
   *     save or a delete came first; for version 0, one with this id exists)
   * @throws SavedSearchStoreException if the store cannot be written (nothing is changed)
   */
  SavedSearch save(SavedSearch search);

  /**
   * The saved search with this id.
   *
   * @throws SavedSearchStoreException if the store cannot be read
   */
  Optional<SavedSearch> find(String id);

  /**
   * The saved searches of an owner (user IDs compared ignoring case), by name then id.
   *
   * @throws SavedSearchStoreException if the store cannot be read
   */
  List<SavedSearch> listByOwner(String ownerUserId);

  /**
   * Every saved search, by id (what alerts evaluate after each delta).
   *
   * @throws SavedSearchStoreException if the store cannot be read
   */
  List<SavedSearch> all();

  /**
   * Deletes the saved search if the stored version is {@code expectedVersion}.
   *
   * @throws SavedSearchConflictException if none is stored or the stored version differs
   * @throws SavedSearchStoreException if the store cannot be written (nothing is changed)
   */
  void delete(String id, long expectedVersion);
}
