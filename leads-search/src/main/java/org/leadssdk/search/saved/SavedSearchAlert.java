package org.leadssdk.search.saved;

import java.time.Instant;
import java.util.List;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.internal.Check;

/**
 * What one applied delta changed in one saved search's results: the records that entered them and those
 * that left them, as the owner may see them at the alert instant. Immutable.
 *
 * <p>A record enters when it matches the criteria and retention shows it after the delta but not before;
 * it leaves when it matched and was shown before but not after (it moved away, changed status, was
 * removed by a tombstone, or retention hides its new version). Entered records are redacted for the
 * owner's roles; a record that left is given by its CDC number only, as it may no longer be shown.
 *
 * @param savedSearchId the saved search
 * @param savedSearchName its name
 * @param ownerUserId the owner the alert is for
 * @param at the alert instant (policy, retention and ages are taken at it)
 * @param entered the records that entered, redacted, by CDC number
 * @param left the CDC numbers of the records that left, sorted
 */
public record SavedSearchAlert(
    String savedSearchId,
    String savedSearchName,
    String ownerUserId,
    Instant at,
    List<Parolee> entered,
    List<CdcNumber> left) {
  /**
   * Validates the alert.
   *
   * @throws NullPointerException if a part or an element is null
   * @throws IllegalArgumentException if nothing entered and nothing left (there is no alert then)
   */
  public SavedSearchAlert {
    Check.notNull("alert.savedSearchId", savedSearchId);
    Check.notNull("alert.savedSearchName", savedSearchName);
    Check.notNull("alert.ownerUserId", ownerUserId);
    Check.notNull("alert.at", at);
    entered = Check.copy("alert.entered", entered);
    left = Check.copy("alert.left", left);
    Check.argument(!entered.isEmpty() || !left.isEmpty(), () -> "alert: nothing entered and nothing left");
  }

  /** The CDC numbers of the entered records. */
  public List<CdcNumber> enteredCdcNumbers() {
    return entered.stream().map(Parolee::cdcNumber).toList();
  }
}
