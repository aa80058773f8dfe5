package org.leadssdk.search.saved;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.leadssdk.core.internal.Check;

/**
 * A {@link SavedSearchStore} in memory: for tests and hosts that keep saved searches elsewhere and load
 * them at start. Nothing survives the process. Thread-safe.
 */
public final class InMemorySavedSearchStore implements SavedSearchStore {
  /** Orders an owner's list: by name, then id. */
  static final Comparator<SavedSearch> BY_NAME = Comparator.comparing(SavedSearch::name).thenComparing(SavedSearch::id);

  private final Map<String, SavedSearch> byId = new TreeMap<>();

  private InMemorySavedSearchStore() {}

  /** An empty store. */
  public static InMemorySavedSearchStore create() {
    return new InMemorySavedSearchStore();
  }

  @Override
  public synchronized SavedSearch save(SavedSearch search) {
    Check.notNull("search", search);
    SavedSearch held = byId.get(search.id());
    long actual = held == null ? 0 : held.version();
    if (actual != search.version()) {
      throw new SavedSearchConflictException(search.id(), search.version(), actual);
    }
    SavedSearch stored = search.withUpdate(search.updatedAt(), actual + 1);
    byId.put(stored.id(), stored);
    return stored;
  }

  @Override
  public synchronized Optional<SavedSearch> find(String id) {
    return Optional.ofNullable(byId.get(Check.notNull("id", id)));
  }

  @Override
  public synchronized List<SavedSearch> listByOwner(String ownerUserId) {
    Check.notNull("ownerUserId", ownerUserId);
    List<SavedSearch> out = new ArrayList<>();
    for (SavedSearch s : byId.values()) {
      if (s.isOwnedBy(ownerUserId)) {
        out.add(s);
      }
    }
    out.sort(BY_NAME);
    return List.copyOf(out);
  }

  @Override
  public synchronized List<SavedSearch> all() {
    return List.copyOf(byId.values());
  }

  @Override
  public synchronized void delete(String id, long expectedVersion) {
    Check.notNull("id", id);
    SavedSearch held = byId.get(id);
    long actual = held == null ? 0 : held.version();
    if (held == null || actual != expectedVersion) {
      throw new SavedSearchConflictException(id, expectedVersion, actual);
    }
    byId.remove(id);
  }
}
