package org.leadssdk.search.lineup;

/**
 * Sends a line-up package to a partner agency: the host's transport (e-mail, a secure file exchange).
 * {@link LineupComposer#send} decides the user's access, writes the package and the audit event, and then
 * calls it. The examples module holds a Jakarta Mail implementation.
 */
@FunctionalInterface
public interface LineupSender {
  /**
   * Sends the parcel to its recipient.
   *
   * @throws RuntimeException (for instance {@link java.io.UncheckedIOException}) if it cannot be sent; the
   *     failure is audited and rethrown
   */
  void send(LineupParcel parcel);
}
