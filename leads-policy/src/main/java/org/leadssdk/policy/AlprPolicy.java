package org.leadssdk.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.leadssdk.core.internal.Check;
import org.leadssdk.policy.internal.PurposeAnalyzer;

/**
 * Decides ALPR access under DOM 53060.7 (CDCR ALPR end users): the designated role groups, department-
 * approved training, the CDCR Form 110 ALPR End User Agreement, and a purpose on every access that says
 * what is investigated, references the division's internal case number (never a CDCR number) and holds
 * no criminal history, no identifying information beyond the suspect's last name and nothing from CLETS.
 * Every requirement that fails is a reason of the denial; every reason cites DOM 53060.7.
 *
 * <p>Immutable and thread-safe; decisions read no clock and do no I/O.
 *
 * <pre>{@code
 * AlprPolicy policy = AlprPolicy.create(PolicyConfig.DEFAULTS);
 * Decision d = policy.decide(AlprRequest.of(user, Plate.of("7ABC123", UsState.CA),
 *     "Absconder apprehension, vehicle of suspect Smith DAPO-2025-000123"), clock.instant());
 * }</pre>
 *
 * <p><b>Note:</b> the checks of the purpose's contents are heuristics (see the package documentation and
 * the tests for what they catch); they refuse rather than permit when in doubt.
 */
public final class AlprPolicy {
  private static final Reason PERMITTED = new Reason("ALPR_PERMITTED",
      "designated staff, trained, Form 110 signed, and a specific purpose citing the internal case number",
      Rule.DOM_ALPR_PURPOSE);

  private final PolicyConfig config;

  private AlprPolicy(PolicyConfig config) {
    this.config = Check.notNull("config", config);
  }

  /** A policy with this configuration. */
  public static AlprPolicy create(PolicyConfig config) {
    return new AlprPolicy(config);
  }

  /** The configuration. */
  public PolicyConfig config() {
    return config;
  }

  /**
   * Decides whether the request may proceed.
   *
   * @param request the query
   * @param now the instant of the request (the calendar day is taken in {@link PolicyConfig#zone()})
   * @return a permit, or a denial with every failed requirement
   */
  public Decision decide(AlprRequest request, Instant now) {
    Check.notNull("request", request);
    Check.notNull("now", now);
    LocalDate today = LocalDate.ofInstant(now, config.zone());
    User user = request.user();
    List<Reason> reasons = new ArrayList<>(4);
    if (!user.active()) {
      reasons.add(new Reason("ACCOUNT_DISABLED", "the account is disabled; ALPR access is granted to approved staff",
          Rule.DOM_ALPR_ROLES));
    }
    if (!user.agencyOri().equals(request.agencyOri())) {
      reasons.add(new Reason("AGENCY_MISMATCH", "the request names another agency than the user's",
          Rule.DOM_ALPR_ROLES));
    }
    AlprProfile alpr = user.alpr();
    if (alpr == null) {
      reasons.add(new Reason("NOT_ALPR_END_USER",
          "the user is not CDCR staff designated as an ALPR end user (no ALPR profile)", Rule.DOM_ALPR_ROLES));
      reasons.add(new Reason("ALPR_TRAINING_MISSING",
          "department-approved ALPR training is not recorded", Rule.DOM_ALPR_TRAINING));
      reasons.add(new Reason("FORM_110_MISSING",
          "no CDCR Form 110 ALPR End User Agreement is on record", Rule.DOM_ALPR_FORM_110));
      return Decision.deny(reasons);
    }
    roleGroup(alpr, today, reasons);
    training(alpr, today, reasons);
    LocalDate form110 = alpr.form110Signed();
    if (form110 == null) {
      reasons.add(new Reason("FORM_110_MISSING",
          "no CDCR Form 110 ALPR End User Agreement is on record", Rule.DOM_ALPR_FORM_110));
    } else if (form110.isAfter(today)) {
      reasons.add(new Reason("FORM_110_MISSING",
          "the CDCR Form 110 is dated after today; it must be signed before access", Rule.DOM_ALPR_FORM_110));
    }
    PurposeAnalyzer.Result purpose = PurposeAnalyzer.analyze(
        request.purpose(), request.caseNumber(), alpr.division(), today, config.purposeMaxLength());
    reasons.addAll(purpose.reasons());
    return reasons.isEmpty() ? Decision.permit(PERMITTED) : Decision.deny(reasons);
  }

  /**
   * The case number a request cites: its case-number field, else the first match of the division's
   * pattern in the purpose; {@code null} when there is none or the user has no ALPR profile.
   */
  public static @org.jspecify.annotations.Nullable String caseNumberOf(AlprRequest request) {
    if (request.caseNumber() != null) {
      return request.caseNumber();
    }
    AlprProfile alpr = request.user().alpr();
    String purpose = request.purpose();
    return alpr == null || purpose == null ? null : PurposeAnalyzer.findCaseNumber(purpose, alpr.division());
  }

  private static void roleGroup(AlprProfile alpr, LocalDate today, List<Reason> reasons) {
    DeputyDirectorApproval approval = alpr.deputyDirectorApproval();
    boolean approved = approval != null && !approval.approvedOn().isAfter(today);
    switch (alpr.roleGroup()) {
      case SPECIAL_AGENT, INTELLIGENCE_ANALYST, ISU_LIEUTENANT -> { }
      case PAROLE_AGENT, PAROLE_SERVICE_ASSOCIATE -> {
        if (!alpr.communityComplianceUnit() && !approved) {
          reasons.add(new Reason("NOT_COMMUNITY_COMPLIANCE_UNIT",
              "Parole Agents and Parole Service Associates are designated only when assigned to the Community"
                  + " Compliance Unit, or as other DAPO users with the Deputy Director's approval",
              Rule.DOM_ALPR_ROLES));
        }
      }
      case OTHER_DAPO -> {
        if (!approved) {
          reasons.add(new Reason("DEPUTY_DIRECTOR_APPROVAL_MISSING",
              approval == null
                  ? "other DAPO users need the recorded approval of the Deputy Director"
                  : "the Deputy Director's approval is dated after today",
              Rule.DOM_ALPR_ROLES));
        }
      }
      case OTHER -> reasons.add(new Reason("ROLE_NOT_DESIGNATED",
          "only Special Agents, Parole Agents and PSAs of the Community Compliance Unit, approved DAPO users,"
              + " Intelligence Analysts and ISU Lieutenants may access ALPR",
          Rule.DOM_ALPR_ROLES));
    }
  }

  private void training(AlprProfile alpr, LocalDate today, List<Reason> reasons) {
    LocalDate trained = alpr.trainingCompleted();
    if (trained == null) {
      reasons.add(new Reason("ALPR_TRAINING_MISSING",
          "department-approved ALPR training is not recorded", Rule.DOM_ALPR_TRAINING));
      return;
    }
    if (trained.isAfter(today)) {
      reasons.add(new Reason("ALPR_TRAINING_MISSING",
          "the ALPR training is dated after today; it must be completed first", Rule.DOM_ALPR_TRAINING));
      return;
    }
    Period validity = config.alprTrainingValidity();
    if (validity != null && !today.isBefore(trained.plus(validity))) {
      reasons.add(new Reason("ALPR_TRAINING_EXPIRED",
          "the ALPR training expired on " + trained.plus(validity) + " (valid " + validity + ")",
          Rule.DOM_ALPR_TRAINING));
    }
  }
}
