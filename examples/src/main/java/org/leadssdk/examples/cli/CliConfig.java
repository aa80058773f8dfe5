package org.leadssdk.examples.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leadssdk.policy.AccountRegistry;
import org.leadssdk.policy.Agency;
import org.leadssdk.policy.Division;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.Role;
import org.leadssdk.policy.User;
import org.leadssdk.testkit.TestAccess;

/**
 * The configuration of the {@code leads} command line: the agencies, the CDCR divisions with their
 * case-number formats, the user accounts, and the policy figures. Read from a JSON file by
 * {@link CliConfigReader}; immutable.
 *
 * <p>The file's schema (every property not marked optional is required; unknown properties are errors;
 * dates are {@code YYYY-MM-DD}, instants ISO-8601 such as {@code 2026-10-31T17:00:00Z}):
 *
 * <pre>{@code
 * {
 *   "policy": {                                  // optional; each figure optional, defaults of PolicyConfig
 *     "zone": "America/Los_Angeles",             //   time zone of calendar days
 *     "inactivityLimitDays": 90,                 //   accounts unused longer are denied
 *     "dischargedVisibleDays": 365,              //   Discharged records visible this long
 *     "preParoleVisibleDays": 120                //   Pre-Parole records visible this long before release
 *   },
 *   "agencies": [{
 *     "ori": "CA0340000", "name": "Synthetic County Sheriff",
 *     "agreements": {                            // the date each agreement was received; absent: not on file
 *       "AGENCY_PARTICIPATION": "2024-01-10", "HOLD_HARMLESS": "2024-01-10", "ACCOUNT_ADMINISTRATION": "2024-01-10"}
 *   }],
 *   "divisions": [                               // optional; needed by users with an "alpr" profile
 *     {"name": "DAPO", "caseNumberPattern": "DAPO-\\d{4}-\\d{6}"}],
 *   "users": [{
 *     "id": "deputy01", "agencyOri": "CA0340000",   // the ORI of one of the agencies above
 *     "roles": ["LEADS_USER", "PHOTO_LINEUP", "DATA_DOWNLOAD"],   // Role names
 *     "trainingCompleted": "2025-06-01",         // optional: absent when not trained
 *     "endUserAgreementSigned": "2025-06-01",    // optional: absent when not signed
 *     "active": true,
 *     "lastActivity": "2026-10-31T17:00:00Z",    // optional: absent when not measured
 *     "alpr": {                                  // optional: the DOM 53060.7 profile of a CDCR staff member
 *       "roleGroup": "SPECIAL_AGENT",            //   AlprRoleGroup name
 *       "communityComplianceUnit": false,        //   optional, default false
 *       "trainingCompleted": "2025-05-01",       //   optional
 *       "form110Signed": "2025-05-02",           //   optional
 *       "deputyDirectorApproval": {"approvedBy": "DD Example", "approvedOn": "2025-04-01"},   // optional
 *       "division": "DAPO"}                      //   the name of one of the divisions above
 *   }]
 * }
 * }</pre>
 *
 * @param policy the policy figures
 * @param agencies the agencies, by ORI (no two with the same ORI)
 * @param divisions the divisions, by name (no two with the same name)
 * @param users the accounts (no two with the same ID, ignoring case); each names an agency of the list
 */
public record CliConfig(PolicyConfig policy, List<Agency> agencies, List<Division> divisions, List<User> users) {

  /**
   * Checks that names are unique and that users name known agencies.
   *
   * @throws IllegalArgumentException naming the first duplicate or unknown reference
   */
  public CliConfig {
    java.util.Objects.requireNonNull(policy, "policy");
    agencies = List.copyOf(agencies);
    divisions = List.copyOf(divisions);
    users = List.copyOf(users);
    List<String> oris = new ArrayList<>();
    for (int i = 0; i < agencies.size(); i++) {
      String ori = agencies.get(i).ori();
      if (oris.contains(ori)) {
        throw new IllegalArgumentException("agencies[" + i + "].ori: " + ori + " is listed twice; ORIs are unique");
      }
      oris.add(ori);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < divisions.size(); i++) {
      String name = divisions.get(i).name().toUpperCase(Locale.ROOT);
      if (names.contains(name)) {
        throw new IllegalArgumentException("divisions[" + i + "].name: " + divisions.get(i).name()
            + " is listed twice; division names are unique");
      }
      names.add(name);
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      User user = users.get(i);
      String id = user.id().toLowerCase(Locale.ROOT);
      if (ids.contains(id)) {
        throw new IllegalArgumentException("users[" + i + "].id: the ID is listed twice; user IDs are unique");
      }
      ids.add(id);
      if (!oris.contains(user.agencyOri())) {
        throw new IllegalArgumentException("users[" + i + "].agencyOri: " + user.agencyOri()
            + " is not one of the agencies of this file");
      }
    }
  }

  /**
   * A sample configuration with the synthetic accounts of {@link TestAccess}: the sheriff's office and
   * the DAPO region with every agreement on file, the DAPO division, the deputy {@code deputy01} (search,
   * line-up, download), the special agent {@code agent07} (search, ALPR), the analyst {@code viewer02}
   * (search only) and {@code untrained03} (no training on file). No last activity is set, so the
   * accounts never count as inactive. All data is synthetic.
   */
  public static CliConfig sample() {
    Instant any = Instant.EPOCH;
    User deputy = TestAccess.deputy(any).lastActivity(null).build();
    User agent = TestAccess.specialAgent(any).lastActivity(null).build();
    User viewer = deputy.toBuilder().id("viewer02").roles(List.of(Role.LEADS_USER)).build();
    User untrained = deputy.toBuilder().id("untrained03").trainingCompleted(null).build();
    return new CliConfig(PolicyConfig.DEFAULTS, List.of(TestAccess.agency(), TestAccess.dapo()),
        List.of(TestAccess.DAPO), List.of(deputy, agent, viewer, untrained));
  }

  /** The account with this ID (ignoring case), if configured. */
  public Optional<User> user(String id) {
    return users.stream().filter(u -> u.id().equalsIgnoreCase(id)).findFirst();
  }

  /** The agency with this ORI, if configured. */
  public Optional<Agency> agency(String ori) {
    return agencies.stream().filter(a -> a.ori().equals(ori)).findFirst();
  }

  /** The issued accounts, as the access policy checks them. */
  public AccountRegistry registry() {
    return AccountRegistry.of(users);
  }
}
