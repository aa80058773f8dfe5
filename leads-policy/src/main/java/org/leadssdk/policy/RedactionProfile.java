package org.leadssdk.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.leadssdk.core.internal.Check;

/**
 * Which sensitive fields are hidden unless a role grants them. A field is shown to a user when it is not
 * in {@link #hidden()} or one of the user's roles grants it. Immutable and thread-safe.
 *
 * <pre>{@code
 * RedactionProfile profile = RedactionProfile.defaults();           // SSN and driver licence hidden
 * Set<SensitiveField> seen = profile.visibleTo(Set.of(Role.LEADS_USER, Role.SSN_ACCESS));
 * }</pre>
 *
 * @param hidden the fields hidden by default
 * @param grants for each role, the hidden fields it shows
 */
public record RedactionProfile(Set<SensitiveField> hidden, Map<Role, Set<SensitiveField>> grants) {
  /**
   * Copies the sets.
   *
   * @throws NullPointerException if a set, key or element is null
   */
  public RedactionProfile {
    hidden = enumSet(Check.copy("hidden", hidden));
    Check.notNull("grants", grants);
    EnumMap<Role, Set<SensitiveField>> copy = new EnumMap<>(Role.class);
    grants.forEach((role, fields) ->
        copy.put(Check.notNull("grants key", role), enumSet(Check.copy("grants[" + role + "]", fields))));
    grants = Collections.unmodifiableMap(copy);
  }

  private static Set<SensitiveField> enumSet(Collection<SensitiveField> values) {
    EnumSet<SensitiveField> set = EnumSet.noneOf(SensitiveField.class);
    set.addAll(values);
    return Collections.unmodifiableSet(set);
  }

  /**
   * The default profile: SSN hidden unless {@link Role#SSN_ACCESS}, driver licence hidden unless
   * {@link Role#DRIVER_LICENCE_ACCESS}; everything else shown.
   */
  public static RedactionProfile defaults() {
    return new RedactionProfile(EnumSet.of(SensitiveField.SSN, SensitiveField.DRIVER_LICENCE), Map.of(
        Role.SSN_ACCESS, Set.of(SensitiveField.SSN),
        Role.DRIVER_LICENCE_ACCESS, Set.of(SensitiveField.DRIVER_LICENCE)));
  }

  /** The fields a user with these roles may see, among the hidden ones and the rest. */
  public Set<SensitiveField> visibleTo(Collection<Role> roles) {
    Check.notNull("roles", roles);
    EnumSet<SensitiveField> visible = EnumSet.allOf(SensitiveField.class);
    visible.removeAll(hidden);
    for (Role r : roles) {
      visible.addAll(grants.getOrDefault(Check.notNull("roles[]", r), Set.of()));
    }
    return Collections.unmodifiableSet(visible);
  }

  /** The fields hidden from a user with these roles. */
  public Set<SensitiveField> hiddenFrom(Collection<Role> roles) {
    EnumSet<SensitiveField> h = EnumSet.allOf(SensitiveField.class);
    h.removeAll(visibleTo(roles));
    return Collections.unmodifiableSet(h);
  }
}
