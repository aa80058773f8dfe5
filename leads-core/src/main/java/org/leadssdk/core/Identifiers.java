package org.leadssdk.core;

import org.jspecify.annotations.Nullable;

/**
 * The identifiers of a parolee besides the CDC number. Each is {@code null} when not on record.
 * Immutable; {@code toString} masks them all.
 *
 * @param cii the California CII number
 * @param fbi the FBI number
 * @param ssn the Social Security number (sensitive; shown only to roles that may see it)
 * @param driverLicence the driver licence
 */
public record Identifiers(
    @Nullable CiiNumber cii, @Nullable FbiNumber fbi, @Nullable Ssn ssn, @Nullable DriverLicence driverLicence) {

  /** No identifiers on record. */
  public static final Identifiers NONE = new Identifiers(null, null, null, null);
}
