package org.leadssdk.search.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.Decision;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.search.LeadsSearch;
import org.leadssdk.search.SearchRequest;

/**
 * The machinery of a {@link LeadsSearch} (its clock, policy decision, retention-filtered reads and audit
 * trail) for the composed operations of this module, such as photo line-ups, that must decide, read and
 * audit as one operation rather than as a series of audited searches. Not exported: a vendor reaches the
 * same machinery only through the public, audited entry points. {@link LeadsSearch} installs the one
 * implementation when its class initializes (the "shared secrets" pattern of the JDK).
 */
public interface SearchInternals {
  /** Reads the search's clock once. */
  Instant now(LeadsSearch search);

  /** The time zone calendar days (ages) are taken in. */
  ZoneId zone(LeadsSearch search);

  /**
   * Decides {@code context} for {@code expected} at {@code now}; a denial is audited (with {@code what} as
   * the query) and thrown as {@link org.leadssdk.policy.AccessDeniedException}.
   *
   * @throws IllegalArgumentException if the context's action is not {@code expected}
   */
  Decision decide(LeadsSearch search, AccessContext context, Action expected, Instant now, String what);

  /** The record, unredacted, if the index holds it and retention shows it at {@code now}. */
  Optional<Parolee> visible(LeadsSearch search, CdcNumber cdcNumber, Instant now);

  /**
   * Passes every match of {@code request} that retention shows at {@code now}, unredacted, to {@code each},
   * reading pages of 1,000 from one snapshot of the index. The request's page size and cursor are ignored.
   *
   * @return how many records were passed
   */
  long forEachVisible(LeadsSearch search, SearchRequest request, Instant now, Consumer<Parolee> each);

  /** The redactor of the search (which fields each role sees). */
  Redactor redactor(LeadsSearch search);

  /** The audit trail of the search. */
  AuditTrail auditTrail(LeadsSearch search);

  /** An audit event of a decision, with the search's source application. */
  AuditEvent.Builder event(LeadsSearch search, AccessContext context, Decision decision, Instant at);

  /**
   * The installed implementation.
   *
   * @throws IllegalStateException if {@link LeadsSearch} has not been initialized (it has whenever a
   *     {@link LeadsSearch} instance exists)
   */
  static SearchInternals get() {
    SearchInternals found = Holder.instance;
    if (found == null) {
      throw new IllegalStateException("LeadsSearch is not initialized; build a LeadsSearch first");
    }
    return found;
  }

  /**
   * Installs the implementation; {@link LeadsSearch} calls it once.
   *
   * @throws IllegalStateException if one is installed already
   */
  static void install(SearchInternals implementation) {
    synchronized (Holder.class) {
      if (Holder.instance != null) {
        throw new IllegalStateException("SearchInternals is installed already");
      }
      Holder.instance = implementation;
    }
  }

  /** Where the implementation is kept. */
  final class Holder {
    private static volatile @Nullable SearchInternals instance;

    private Holder() {}
  }
}
