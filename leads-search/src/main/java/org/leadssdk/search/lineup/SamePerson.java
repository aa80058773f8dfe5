package org.leadssdk.search.lineup;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.Parolee;

/**
 * Whether a candidate may be the subject under another record (a duplicate or an alias record), and so
 * must never be a filler. A candidate is the subject's possible duplicate when any of these holds:
 *
 * <ul>
 *   <li>it has the subject's CDC number;
 *   <li>it shares a CII number, FBI number, SSN or driver licence with the subject;
 *   <li>one of its names (its name or an alias) equals one of the subject's names: the same last name and
 *       the same first name, where a name recorded without a first name (an alias of a last name only)
 *       matches every first name. Names are compared case-blind, without accents, and without spaces,
 *       hyphens, apostrophes and periods ({@code O'Neil} equals {@code ONEIL}).
 * </ul>
 *
 * <p>The rule errs toward excluding: a stranger who shares the subject's name is left out too, which only
 * narrows the pool. Identifiers are compared on the stored record, before any redaction, so a shared SSN
 * excludes a candidate even for a user who may not see SSNs (nothing of it is shown). Immutable.
 */
final class SamePerson {
  private final @Nullable CdcNumber cdc;
  private final Identifiers ids;
  private final Set<String> fullNames = new HashSet<>();
  private final Set<String> lastOnly = new HashSet<>();

  private SamePerson(@Nullable CdcNumber cdc, Identifiers ids, List<Alias> names) {
    this.cdc = cdc;
    this.ids = ids;
    for (Alias n : names) {
      if (n.first() == null) {
        lastOnly.add(fold(n.last()));
      } else {
        fullNames.add(key(n.first(), n.last()));
      }
    }
  }

  static SamePerson of(Parolee subject) {
    return new SamePerson(subject.cdcNumber(), subject.identifiers(), namesOf(subject));
  }

  static SamePerson of(LineupSubject.Described subject) {
    return new SamePerson(null, subject.identifiers(), subject.names());
  }

  /** Whether {@code candidate} may be the subject. */
  boolean matches(Parolee candidate) {
    if (candidate.cdcNumber().equals(cdc)) {
      return true;
    }
    Identifiers c = candidate.identifiers();
    if (shared(ids.cii(), c.cii()) || shared(ids.fbi(), c.fbi()) || shared(ids.ssn(), c.ssn())
        || shared(ids.driverLicence(), c.driverLicence())) {
      return true;
    }
    for (Alias n : namesOf(candidate)) {
      String last = fold(n.last());
      if (lastOnly.contains(last)) {
        return true;
      }
      if (n.first() == null) {
        // A candidate's last-name-only alias matches every subject name with that last name.
        for (String full : fullNames) {
          if (full.endsWith("|" + last)) {
            return true;
          }
        }
      } else if (fullNames.contains(key(n.first(), n.last()))) {
        return true;
      }
    }
    return false;
  }

  static List<Alias> namesOf(Parolee p) {
    List<Alias> all = new java.util.ArrayList<>(p.aliases().size() + 1);
    all.add(new Alias(p.name().first(), p.name().last()));
    all.addAll(p.aliases());
    return all;
  }

  private static boolean shared(@Nullable Object a, @Nullable Object b) {
    return a != null && Objects.equals(a, b);
  }

  private static String key(String first, String last) {
    return fold(first) + "|" + fold(last);
  }

  static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replaceAll("[\\s.'-]", "").toUpperCase(Locale.ROOT);
  }
}
