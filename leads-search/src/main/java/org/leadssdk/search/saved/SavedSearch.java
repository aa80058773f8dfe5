package org.leadssdk.search.saved;

import java.time.Instant;
import java.util.regex.Pattern;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.policy.Agency;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.internal.SavedSearchCodec;

/**
 * A named search owned by a user ("Save Search"): every criterion of a {@link SearchRequest} (the area
 * included) with its order, page size and facets, but never a page position. Immutable.
 *
 * <p>Stored as versioned JSON ({@link #toJson()}, {@link #fromJson(String)}); {@link #version()} is the
 * store's version of it, for optimistic concurrency: a store saves a saved search only if its version is
 * the stored one, and stores it as the next version.
 *
 * <pre>{@code
 * SavedSearch s = savedSearches.create(context, "Garcia near the capitol",
 *     SearchRequest.builder().lastName("GARCIA").within(capitol, Distance.parse("2mi")).build());
 * }</pre>
 *
 * @param id the store's key: 1-64 letters, digits, {@code _} or {@code -}, starting with a letter or digit
 * @param name what the owner calls it, 1-120 characters
 * @param ownerUserId the user who owns it (see {@link org.leadssdk.policy.User#id()})
 * @param ownerAgencyOri the ORI of the owner's agency when it was saved; alerts are decided for the owner
 *     in this agency
 * @param criteria the search; its {@link SearchRequest#after()} is always {@code null}
 * @param createdAt when it was first saved
 * @param updatedAt when it was last saved; not before {@code createdAt}
 * @param version the stored version it was read as, {@code >= 1}; {@code 0} for one not yet stored
 */
public record SavedSearch(
    String id,
    String name,
    String ownerUserId,
    String ownerAgencyOri,
    SearchRequest criteria,
    Instant createdAt,
    Instant updatedAt,
    long version) {
  /** The schema version {@link #toJson()} writes and {@link #fromJson(String)} reads. */
  public static final int SCHEMA_VERSION = SavedSearchCodec.SCHEMA_VERSION;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,63}");

  /**
   * Validates the saved search.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the id or owner is malformed, the name blank or too long, the
   *     criteria carry a page cursor, {@code updatedAt} is before {@code createdAt} or the version is negative
   */
  public SavedSearch {
    Check.notNull("savedSearch.id", id);
    Check.argument(ID.matcher(id).matches(), () -> "savedSearch.id: " + Mask.plain(id)
        + " must be 1-64 letters, digits, '_' or '-', starting with a letter or digit");
    name = checkName(name);
    Check.notNull("savedSearch.ownerUserId", ownerUserId);
    Check.argument(USER_ID.matcher(ownerUserId).matches(), () -> "savedSearch.ownerUserId: "
        + Mask.partial(ownerUserId) + " must be a user ID: 3-64 letters, digits, '.', '_', '-' or '@'");
    ownerAgencyOri = Agency.checkOri(ownerAgencyOri);
    Check.notNull("savedSearch.criteria", criteria);
    Check.argument(criteria.after() == null, () -> "savedSearch.criteria.after: a saved search keeps the criteria,"
        + " not a page position; build the request without after(...)");
    Check.notNull("savedSearch.createdAt", createdAt);
    Check.notNull("savedSearch.updatedAt", updatedAt);
    Check.argument(!updatedAt.isBefore(createdAt), () -> "savedSearch.updatedAt: " + updatedAt
        + " is before createdAt " + createdAt);
    Check.inRange("savedSearch.version", version, 0, Long.MAX_VALUE);
  }

  private static String checkName(String name) {
    Check.notNull("savedSearch.name", name);
    String n = name.strip();
    Check.argument(!n.isEmpty() && n.length() <= 120, () -> "savedSearch.name: " + Mask.partial(name)
        + " must be 1-120 characters, got " + n.length());
    return n;
  }

  /** A copy with another name (same id, owner, times and version). */
  public SavedSearch withName(String newName) {
    return new SavedSearch(id, newName, ownerUserId, ownerAgencyOri, criteria, createdAt, updatedAt, version);
  }

  /** A copy with other criteria (same id, owner, times and version). */
  public SavedSearch withCriteria(SearchRequest newCriteria) {
    return new SavedSearch(id, name, ownerUserId, ownerAgencyOri, newCriteria, createdAt, updatedAt, version);
  }

  /** A copy with {@link #updatedAt()} and {@link #version()} replaced (what a store or service sets). */
  public SavedSearch withUpdate(Instant newUpdatedAt, long newVersion) {
    return new SavedSearch(id, name, ownerUserId, ownerAgencyOri, criteria, createdAt, newUpdatedAt, newVersion);
  }

  /** Whether {@code userId} (ignoring case, as user IDs are compared) owns this saved search. */
  public boolean isOwnedBy(String userId) {
    return ownerUserId.equalsIgnoreCase(Check.notNull("userId", userId));
  }

  /**
   * The JSON form, schema version {@value #SCHEMA_VERSION}: {@code {"schemaVersion":1,"id":...,
   * "criteria":{...}}}. Only criteria that are set appear.
   */
  public String toJson() {
    return SavedSearchCodec.write(this);
  }

  /**
   * Reads the JSON form.
   *
   * @throws SavedSearchFormatException naming the path, the (masked) value and the rule, if the schema
   *     version is unknown, a field is missing, unknown or malformed, or a value is not accepted
   */
  public static SavedSearch fromJson(String json) {
    return SavedSearchCodec.read(Check.notNull("json", json));
  }
}
