package org.leadssdk.policy;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * The accounts issued, one per unique user ID (Parole LEADS 2.0 overview: "a unique User ID and
 * Password"). {@link LeadsAccessPolicy} denies a user whose ID is not registered or whose presented
 * account differs from the registered one (a shared or copied account). Thread-safe.
 */
public final class AccountRegistry {
  private final Map<String, User> byId = new ConcurrentHashMap<>();

  private AccountRegistry() {}

  /** An empty registry. */
  public static AccountRegistry create() {
    return new AccountRegistry();
  }

  /**
   * A registry holding {@code users}.
   *
   * @throws IllegalStateException if two users share an ID (ignoring case)
   */
  public static AccountRegistry of(Collection<User> users) {
    AccountRegistry r = new AccountRegistry();
    Check.copy("users", users).forEach(r::register);
    return r;
  }

  /**
   * Issues an account.
   *
   * @throws IllegalStateException if the ID (ignoring case) is already issued: user IDs are unique
   */
  public void register(User user) {
    Check.notNull("user", user);
    User previous = byId.putIfAbsent(key(user.id()), user);
    if (previous != null) {
      throw new IllegalStateException("user.id: " + Mask.partial(user.id())
          + " is already issued; a user ID is unique (Parole LEADS 2.0 overview: access)");
    }
  }

  /**
   * Replaces the registered account of the same ID (a change by the account administrator).
   *
   * @throws IllegalStateException if no account has this ID
   */
  public void update(User user) {
    Check.notNull("user", user);
    if (byId.replace(key(user.id()), user) == null) {
      throw new IllegalStateException("user.id: " + Mask.partial(user.id()) + " is not registered");
    }
  }

  /** The account registered under the ID (ignoring case). */
  public Optional<User> find(String userId) {
    return Optional.ofNullable(byId.get(key(Check.notNull("userId", userId))));
  }

  private static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }
}
