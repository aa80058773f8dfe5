package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * An address of a parolee, with the dates it held; the record keeps the history, so an address whose
 * {@code to} date has passed is a former address. Immutable.
 *
 * @param type residence, mailing, self-disclosed (PRCS) or last legal residence
 * @param street the street line, e.g. {@code 1200 K ST}; a transient parolee's residence reads
 *     {@code TRANSIENT}
 * @param unit apartment or unit; {@code null} when none
 * @param city the city
 * @param state the state
 * @param zip the ZIP code
 * @param county the California county; {@code null} outside California or when unknown
 * @param geocode the position; {@code null} when not geocoded
 * @param validated whether the address was validated (LEADS validates via USPS on data entry)
 * @param from first day at the address; {@code null} when unknown
 * @param to last day at the address; {@code null} while current
 */
public record Address(
    AddressType type,
    String street,
    @Nullable String unit,
    String city,
    UsState state,
    ZipCode zip,
    @Nullable County county,
    @Nullable Geocode geocode,
    boolean validated,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  /**
   * Validates the address.
   *
   * @throws IllegalArgumentException if a part is missing, too long, or {@code to} is before {@code from}
   */
  public Address {
    Check.notNull("address.type", type);
    street = Check.text("address.street", street, 100);
    unit = Check.optionalText("address.unit", unit, 20);
    city = Check.text("address.city", city, 40);
    Check.notNull("address.state", state);
    Check.notNull("address.zip", zip);
    if (county != null && state != UsState.CA) {
      throw new IllegalArgumentException("address.county: a California county is given for an address in "
          + state.code() + "; leave it empty outside California");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "address.to: " + Mask.partial(to) + " is before address.from " + Mask.partial(from));
    }
  }

  /** Whether the address is current on {@code date}: started on or before it and not ended before it. */
  public boolean isCurrentOn(LocalDate date) {
    return (from == null || !from.isAfter(date)) && (to == null || !to.isBefore(date));
  }

  /**
   * Whether the address has no end date. Derived from {@code to}, so it is not a JSON property (without
   * {@code @JsonIgnore} Jackson would write it as {@code "current"} and then reject it on reading).
   */
  @JsonIgnore
  public boolean isCurrent() {
    return to == null;
  }

  /** Masked: addresses are sensitive. */
  @Override
  public String toString() {
    return "Address[type=" + type.code() + ", street=" + Mask.partial(street) + ", city=" + city + ", zip="
        + zip.zip5() + "]";
  }
}
