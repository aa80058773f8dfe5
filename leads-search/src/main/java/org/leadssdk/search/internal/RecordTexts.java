package org.leadssdk.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Address;
import org.leadssdk.core.Alias;
import org.leadssdk.core.Offense;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Smt;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.Vehicle;

/**
 * The searchable text of a record, field by field with its path: what the all-field search covers, and
 * what the match explainer checks. The SSN and driver licence are left out on purpose (see
 * {@link DocumentMapper}).
 */
public final class RecordTexts {
  private RecordTexts() {}

  /**
   * A field's path and text.
   *
   * @param path e.g. {@code aliases[1].last}
   * @param text the value as text
   */
  public record FieldText(String path, String text) {}

  /** Every searchable field of the record, in record order. */
  public static List<FieldText> of(Parolee p) {
    List<FieldText> out = new ArrayList<>(48);
    add(out, "cdcNumber", p.cdcNumber().value());
    add(out, "name.first", p.name().first());
    add(out, "name.middle", p.name().middle());
    add(out, "name.last", p.name().last());
    add(out, "name.suffix", p.name().suffix());
    for (int i = 0; i < p.aliases().size(); i++) {
      Alias a = p.aliases().get(i);
      add(out, "aliases[" + i + "].first", a.first());
      add(out, "aliases[" + i + "].last", a.last());
    }
    for (int i = 0; i < p.monikers().size(); i++) {
      add(out, "monikers[" + i + "]", p.monikers().get(i));
    }
    if (p.identifiers().cii() != null) {
      add(out, "identifiers.cii", p.identifiers().cii().value());
    }
    if (p.identifiers().fbi() != null) {
      add(out, "identifiers.fbi", p.identifiers().fbi().value());
    }
    PhysicalDescription d = p.description();
    add(out, "description.sex", d.sex().displayName());
    add(out, "description.race", d.race().displayName());
    if (d.ethnicity() != null) {
      add(out, "description.ethnicity", d.ethnicity().displayName());
    }
    add(out, "description.hair", d.hair().displayName());
    add(out, "description.eyes", d.eyes().displayName());
    add(out, "description.birthplace", d.birthplace());
    for (int i = 0; i < p.addresses().size(); i++) {
      Address a = p.addresses().get(i);
      String at = "addresses[" + i + "].";
      add(out, at + "street", a.street());
      add(out, at + "unit", a.unit());
      add(out, at + "city", a.city());
      add(out, at + "zip", a.zip().value());
      if (a.county() != null) {
        add(out, at + "county", a.county().countyName());
      }
    }
    for (int i = 0; i < p.smts().size(); i++) {
      Smt s = p.smts().get(i);
      String kindWords = SmtWords.kindWords(s.code().kind());
      add(out, "smts[" + i + "].code", kindWords.isEmpty() ? s.code().value() : s.code().value() + " (" + kindWords + ")");
      add(out, "smts[" + i + "].description", s.description());
    }
    for (int i = 0; i < p.vehicles().size(); i++) {
      Vehicle v = p.vehicles().get(i);
      String at = "vehicles[" + i + "].";
      add(out, at + "plate", v.plate().number());
      add(out, at + "make", v.make());
      add(out, at + "model", v.model());
      add(out, at + "year", v.year() == null ? null : v.year().toString());
      add(out, at + "color", v.color() == null ? null : v.color().displayName());
      add(out, at + "style", v.style() == null ? null : v.style().displayName());
    }
    for (int i = 0; i < p.offenses().size(); i++) {
      Offense o = p.offenses().get(i);
      add(out, "offenses[" + i + "].codeSection", o.codeSection().toString());
      add(out, "offenses[" + i + "].description", o.description());
    }
    int r = 0;
    for (RegistrationStatute reg : p.registrations()) {
      add(out, "registrations[" + r++ + "]", reg.code());
    }
    Supervision s = p.supervision();
    add(out, "supervision.status", s.status().displayName());
    add(out, "supervision.level", s.level().displayName());
    if (s.agent() != null) {
      add(out, "supervision.agent.name", s.agent().name());
    }
    if (s.paroleUnit() != null) {
      add(out, "supervision.paroleUnit.code", s.paroleUnit().code());
    }
    if (s.countyUnit() != null) {
      add(out, "supervision.countyUnit", s.countyUnit().code());
    }
    for (int i = 0; i < s.specialConditions().size(); i++) {
      add(out, "supervision.specialConditions[" + i + "]", s.specialConditions().get(i));
    }
    if (s.countyOfLastLegalResidence() != null) {
      add(out, "supervision.countyOfLastLegalResidence", s.countyOfLastLegalResidence().countyName());
    }
    return out;
  }

  private static void add(List<FieldText> out, String path, @Nullable String text) {
    if (text != null && !text.isEmpty()) {
      out.add(new FieldText(path, text));
    }
  }
}
