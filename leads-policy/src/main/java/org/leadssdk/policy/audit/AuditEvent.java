package org.leadssdk.policy.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.AlprPolicy;
import org.leadssdk.policy.AlprRequest;
import org.leadssdk.policy.Decision;
import org.leadssdk.policy.Outcome;
import org.leadssdk.policy.Redactor;

/**
 * One audited action, with the contents the CJIS Security Policy asks of an audit record — what (action,
 * query, record ids, count), when ({@code at}), where ({@code sourceHost}), source
 * ({@code sourceApplication}), outcome (decision and reason codes), identity (user and agency ORI) — and,
 * for ALPR queries, the access-log contents of SB 34 (Civil Code 1798.90.52): date and time, the data
 * queried (plate and state), username and agency, and the purpose. Immutable.
 *
 * <pre>{@code
 * AuditEvent e = AuditEvent.builder(clock.instant(), "jdoe01", "CA0340000", Action.SEARCH, Outcome.PERMIT)
 *     .query("last:SMITH county:SAC").recordIds(List.of("AB1234")).resultCount(1L).build();
 * }</pre>
 *
 * @param at when the action was decided or carried out
 * @param userId who: the user ID
 * @param agencyOri who: the agency's ORI
 * @param action what kind of action
 * @param outcome the decision
 * @param reasonCodes the decision's reason codes
 * @param query what was asked (query text); {@code null} when the action has none
 * @param recordIds the CDC numbers of the records shown, exported or used
 * @param resultCount how many records matched; {@code null} when not a search
 * @param purpose why, as the user gave it (SSN-shaped numbers masked); {@code null} when not given
 * @param caseNumber the case number given; {@code null} when none
 * @param plate the plate queried (ALPR, SB 34); {@code null} otherwise
 * @param plateState the plate's state code (ALPR); {@code null} otherwise
 * @param sourceHost where: the host name or address of the client; {@code null} when unknown
 * @param sourceApplication source: the application or component that asked; {@code null} when unknown
 * @param detail further facts, e.g. an invalid-match disposition; {@code null} when none
 */
@JsonPropertyOrder({"at", "userId", "agencyOri", "action", "outcome", "reasonCodes", "query", "recordIds",
    "resultCount", "purpose", "caseNumber", "plate", "plateState", "sourceHost", "sourceApplication", "detail"})
public record AuditEvent(
    Instant at,
    String userId,
    String agencyOri,
    Action action,
    Outcome outcome,
    List<String> reasonCodes,
    @Nullable String query,
    List<String> recordIds,
    @Nullable Long resultCount,
    @Nullable String purpose,
    @Nullable String caseNumber,
    @Nullable String plate,
    @Nullable String plateState,
    @Nullable String sourceHost,
    @Nullable String sourceApplication,
    @Nullable String detail) {

  /**
   * Validates the event.
   *
   * @throws NullPointerException if a required part or a list element is null
   * @throws IllegalArgumentException if a count is negative or a text is blank or too long
   */
  public AuditEvent {
    Check.notNull("event.at", at);
    userId = Check.text("event.userId", userId, 64);
    agencyOri = Check.text("event.agencyOri", agencyOri, 9);
    Check.notNull("event.action", action);
    Check.notNull("event.outcome", outcome);
    reasonCodes = Check.copy("event.reasonCodes", reasonCodes == null ? List.of() : reasonCodes);
    query = Check.optionalText("event.query", query, 4000);
    recordIds = Check.copy("event.recordIds", recordIds == null ? List.of() : recordIds);
    if (resultCount != null) {
      Check.inRange("event.resultCount", resultCount, 0, Long.MAX_VALUE);
    }
    purpose = Check.optionalText("event.purpose", purpose, 4000);
    caseNumber = Check.optionalText("event.caseNumber", caseNumber, 64);
    plate = Check.optionalText("event.plate", plate, 8);
    plateState = Check.optionalText("event.plateState", plateState, 2);
    sourceHost = Check.optionalText("event.sourceHost", sourceHost, 255);
    sourceApplication = Check.optionalText("event.sourceApplication", sourceApplication, 100);
    detail = Check.optionalText("event.detail", detail, 2000);
  }

  /** A builder with the required parts. */
  public static Builder builder(Instant at, String userId, String agencyOri, Action action, Outcome outcome) {
    return new Builder(at, userId, agencyOri, action, outcome);
  }

  /** The event of a LEADS access decision: who, what, why, and the decision with its reason codes. */
  public static Builder of(AccessContext context, Decision decision, Instant at) {
    Check.notNull("context", context);
    Check.notNull("decision", decision);
    Builder b = builder(at, context.user().id(), context.agency().ori(), context.action(), decision.outcome())
        .reasonCodes(decision.reasonCodes())
        .caseNumber(context.caseNumber());
    String purpose = context.purpose();
    return b.purpose(purpose == null ? null : Redactor.maskSsnShapes(purpose));
  }

  /**
   * The event of an ALPR decision with the SB 34 contents: date and time, plate and state, username and
   * agency, and the purpose (SSN-shaped numbers masked, as a refused purpose may hold one).
   */
  public static Builder ofAlpr(AlprRequest request, Decision decision, Instant at) {
    Check.notNull("request", request);
    Check.notNull("decision", decision);
    String purpose = request.purpose();
    String shown = purpose == null || purpose.isBlank() ? null : Redactor.maskSsnShapes(purpose.strip());
    if (shown != null && shown.length() > 4000) {
      shown = shown.substring(0, 4000);
    }
    return builder(at, request.user().id(), request.agencyOri(), Action.ALPR_QUERY, decision.outcome())
        .reasonCodes(decision.reasonCodes())
        .purpose(shown)
        .caseNumber(AlprPolicy.caseNumberOf(request))
        .plate(request.plate().number(), request.plate().state().code());
  }

  /** Assembles an {@link AuditEvent}. Not thread-safe. */
  public static final class Builder {
    private final Instant at;
    private final String userId;
    private final String agencyOri;
    private final Action action;
    private final Outcome outcome;
    private List<String> reasonCodes = List.of();
    private @Nullable String query;
    private List<String> recordIds = List.of();
    private @Nullable Long resultCount;
    private @Nullable String purpose;
    private @Nullable String caseNumber;
    private @Nullable String plate;
    private @Nullable String plateState;
    private @Nullable String sourceHost;
    private @Nullable String sourceApplication;
    private @Nullable String detail;

    private Builder(Instant at, String userId, String agencyOri, Action action, Outcome outcome) {
      this.at = Check.notNull("at", at);
      this.userId = Check.notNull("userId", userId);
      this.agencyOri = Check.notNull("agencyOri", agencyOri);
      this.action = Check.notNull("action", action);
      this.outcome = Check.notNull("outcome", outcome);
    }

    /** Sets the reason codes. */
    public Builder reasonCodes(Collection<String> values) {
      this.reasonCodes = Check.copy("reasonCodes", values);
      return this;
    }

    /** Sets the query text. */
    public Builder query(@Nullable String value) {
      this.query = value;
      return this;
    }

    /** Sets the ids (CDC numbers) of the records concerned. */
    public Builder recordIds(Collection<String> values) {
      this.recordIds = Check.copy("recordIds", values);
      return this;
    }

    /** Sets the number of matches. */
    public Builder resultCount(@Nullable Long value) {
      this.resultCount = value;
      return this;
    }

    /** Sets the purpose. */
    public Builder purpose(@Nullable String value) {
      this.purpose = value;
      return this;
    }

    /** Sets the case number. */
    public Builder caseNumber(@Nullable String value) {
      this.caseNumber = value;
      return this;
    }

    /** Sets the plate queried and its state code. */
    public Builder plate(@Nullable String number, @Nullable String state) {
      this.plate = number;
      this.plateState = state;
      return this;
    }

    /** Sets where the request came from (host name or address). */
    public Builder sourceHost(@Nullable String value) {
      this.sourceHost = value;
      return this;
    }

    /** Sets the application or component that asked. */
    public Builder sourceApplication(@Nullable String value) {
      this.sourceApplication = value;
      return this;
    }

    /** Sets further facts. */
    public Builder detail(@Nullable String value) {
      this.detail = value;
      return this;
    }

    /**
     * Builds the event.
     *
     * @throws IllegalArgumentException if a part is invalid
     */
    public AuditEvent build() {
      return new AuditEvent(at, userId, agencyOri, action, outcome, reasonCodes, query, recordIds, resultCount,
          purpose, caseNumber, plate, plateState, sourceHost, sourceApplication, detail);
    }
  }
}
