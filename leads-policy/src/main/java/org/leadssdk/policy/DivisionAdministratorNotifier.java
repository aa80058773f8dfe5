package org.leadssdk.policy;

/**
 * Delivers invalid-match reports to a division's Division Administrator (DOM 53060.7); the host
 * implements it (e-mail, a case-management queue). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface DivisionAdministratorNotifier {
  /**
   * Delivers the report.
   *
   * @param division the reporting user's division, whose administrator receives it
   * @param reportedBy the user reporting
   * @param report the report
   * @throws RuntimeException if it cannot be delivered; the caller sees it and the user must report
   *     another way
   */
  void notify(Division division, User reportedBy, InvalidMatchReport report);
}
