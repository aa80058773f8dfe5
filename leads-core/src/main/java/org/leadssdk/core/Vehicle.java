package org.leadssdk.core;

import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * A vehicle associated with a parolee. Immutable.
 *
 * @param plate the plate and its state
 * @param make the make, e.g. {@code TOYOTA}; {@code null} when unknown
 * @param model the model, e.g. {@code CAMRY}; {@code null} when unknown
 * @param year the model year, 1900 to 2100; {@code null} when unknown
 * @param color NCIC colour; {@code null} when unknown
 * @param style NCIC style; {@code null} when unknown
 */
public record Vehicle(
    Plate plate,
    @Nullable String make,
    @Nullable String model,
    @Nullable Integer year,
    @Nullable VehicleColor color,
    @Nullable VehicleStyle style) {
  /**
   * Validates the vehicle.
   *
   * @throws IllegalArgumentException if the year is out of range or a text field blank or too long
   */
  public Vehicle {
    Check.notNull("vehicle.plate", plate);
    make = Check.optionalText("vehicle.make", make, 30);
    model = Check.optionalText("vehicle.model", model, 30);
    if (year != null) {
      Check.inRange("vehicle.year", year, 1900, 2100);
    }
  }
}
