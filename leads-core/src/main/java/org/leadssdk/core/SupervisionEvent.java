package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An event that changes the parole period (DOM 81010.9): a revocation, or a suspension for absconding.
 * Closed: the wire name ({@code "revocation"}, {@code "suspension"}) is part of the feed format.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Revocation.class, name = "revocation"),
  @JsonSubTypes.Type(value = Suspension.class, name = "suspension")
})
public sealed interface SupervisionEvent permits Revocation, Suspension {
  /** The first day of the event: custody start for a revocation, the tolling start for a suspension. */
  LocalDate start();

  /** The last day of the event; {@code null} while it is still running. */
  @Nullable LocalDate end();
}
