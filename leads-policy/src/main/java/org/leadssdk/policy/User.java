package org.leadssdk.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.InvalidRecordException;
import org.leadssdk.core.Violation;
import org.leadssdk.core.internal.Mask;

/**
 * A LEADS user account as the agency's account administrator keeps it. Immutable and thread-safe.
 *
 * <pre>{@code
 * User u = User.builder().id("jdoe01").agencyOri("CA0340000").addRole(Role.LEADS_USER)
 *     .trainingCompleted(LocalDate.of(2025, 3, 1)).endUserAgreementSigned(LocalDate.of(2025, 3, 1))
 *     .active(true).build();
 * }</pre>
 *
 * @param id the unique user ID: 3-64 letters, digits, {@code . _ - @}; compared ignoring case
 * @param agencyOri the ORI of the user's agency (see {@link Agency#checkOri})
 * @param roles the roles granted
 * @param trainingCompleted the date LEADS training was completed; {@code null} if not trained
 * @param endUserAgreementSigned the date the End User Agreement was signed; {@code null} if not signed
 * @param active whether the account is enabled
 * @param lastActivity the last time the account was used; {@code null} if never (then the account's
 *     inactivity is not measured: a new account is not inactive)
 * @param alpr the ALPR end-user profile of a CDCR staff member; {@code null} for everyone else
 */
public record User(
    String id,
    String agencyOri,
    Set<Role> roles,
    @Nullable LocalDate trainingCompleted,
    @Nullable LocalDate endUserAgreementSigned,
    boolean active,
    @Nullable Instant lastActivity,
    @Nullable AlprProfile alpr) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,63}");

  /**
   * Validates the account.
   *
   * @throws InvalidRecordException listing every problem
   */
  public User {
    java.util.List<Violation> problems = new java.util.ArrayList<>();
    if (id == null) {
      problems.add(new Violation("user.id", "missing (required)"));
    } else if (!ID.matcher(id).matches()) {
      problems.add(new Violation("user.id", Mask.partial(id)
          + " must be 3-64 letters, digits, '.', '_', '-' or '@', starting with a letter or digit"));
    }
    if (agencyOri == null) {
      problems.add(new Violation("user.agencyOri", "missing (required)"));
    } else {
      try {
        agencyOri = Agency.checkOri(agencyOri);
      } catch (IllegalArgumentException e) {
        problems.add(new Violation("user.agencyOri", e.getMessage()));
      }
    }
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    if (roles == null) {
      problems.add(new Violation("user.roles", "missing (use an empty set for none)"));
    } else {
      for (Role r : roles) {
        if (r == null) {
          problems.add(new Violation("user.roles", "holds a null element"));
        } else {
          set.add(r);
        }
      }
    }
    roles = Collections.unmodifiableSet(set);
    if (!problems.isEmpty()) {
      throw new InvalidRecordException("User", problems);
    }
  }

  /** A builder with nothing set, inactive, no roles. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this account's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Whether the role is granted. */
  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** Shows the id and agency only. */
  @Override
  public String toString() {
    return "User[" + id + "@" + agencyOri + "]";
  }

  /** Assembles a {@link User}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String agencyOri;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    private @Nullable LocalDate trainingCompleted;
    private @Nullable LocalDate endUserAgreementSigned;
    private boolean active;
    private @Nullable Instant lastActivity;
    private @Nullable AlprProfile alpr;

    private Builder() {}

    private Builder(User u) {
      id = u.id;
      agencyOri = u.agencyOri;
      roles.addAll(u.roles);
      trainingCompleted = u.trainingCompleted;
      endUserAgreementSigned = u.endUserAgreementSigned;
      active = u.active;
      lastActivity = u.lastActivity;
      alpr = u.alpr;
    }

    /** Sets the user ID (required). */
    public Builder id(String value) {
      this.id = java.util.Objects.requireNonNull(value, "id");
      return this;
    }

    /** Sets the agency's ORI (required). */
    public Builder agencyOri(String value) {
      this.agencyOri = java.util.Objects.requireNonNull(value, "agencyOri");
      return this;
    }

    /** Grants a role. */
    public Builder addRole(Role value) {
      roles.add(java.util.Objects.requireNonNull(value, "role"));
      return this;
    }

    /** Withdraws a role. */
    public Builder removeRole(Role value) {
      roles.remove(java.util.Objects.requireNonNull(value, "role"));
      return this;
    }

    /** Replaces the roles. */
    public Builder roles(Collection<Role> values) {
      roles.clear();
      values.forEach(this::addRole);
      return this;
    }

    /** Sets the LEADS training date ({@code null}: not trained). */
    public Builder trainingCompleted(@Nullable LocalDate value) {
      this.trainingCompleted = value;
      return this;
    }

    /** Sets the End User Agreement date ({@code null}: not signed). */
    public Builder endUserAgreementSigned(@Nullable LocalDate value) {
      this.endUserAgreementSigned = value;
      return this;
    }

    /** Sets whether the account is enabled. */
    public Builder active(boolean value) {
      this.active = value;
      return this;
    }

    /** Sets the last activity ({@code null}: never used). */
    public Builder lastActivity(@Nullable Instant value) {
      this.lastActivity = value;
      return this;
    }

    /** Sets the ALPR profile ({@code null}: not an ALPR end user). */
    public Builder alpr(@Nullable AlprProfile value) {
      this.alpr = value;
      return this;
    }

    /**
     * Builds the account.
     *
     * @throws InvalidRecordException listing every problem
     */
    @SuppressWarnings("NullAway") // missing parts are reported by the constructor, all at once
    public User build() {
      return new User(id, agencyOri, roles, trainingCompleted, endUserAgreementSigned, active, lastActivity, alpr);
    }
  }
}
