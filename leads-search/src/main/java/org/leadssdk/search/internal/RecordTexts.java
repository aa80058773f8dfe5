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
    visit(p, (name, index, part, text) -> out.add(new FieldText(path(name, index, part), text)));
    return out;
  }

  /**
   * Appends every searchable text of the record, in record order, each followed by {@code separator}:
   * what {@link #of} gives without building the paths (the index's catch-all field).
   */
  public static void appendAll(Parolee p, StringBuilder to, String separator) {
    visit(p, (name, index, part, text) -> to.append(text).append(separator));
  }

  /** Receives a record's texts; the path is {@code name}, or {@code name[index]} and then {@code .part}. */
  private interface Sink {
    void accept(String name, int index, @Nullable String part, String text);
  }

  private static String path(String name, int index, @Nullable String part) {
    if (index < 0) {
      return name;
    }
    return name + "[" + index + "]" + (part == null ? "" : "." + part);
  }

  private static void visit(Parolee p, Sink out) {
    add(out, "cdcNumber", -1, null, p.cdcNumber().value());
    add(out, "name.first", -1, null, p.name().first());
    add(out, "name.middle", -1, null, p.name().middle());
    add(out, "name.last", -1, null, p.name().last());
    add(out, "name.suffix", -1, null, p.name().suffix());
    for (int i = 0; i < p.aliases().size(); i++) {
      Alias a = p.aliases().get(i);
      add(out, "aliases", i, "first", a.first());
      add(out, "aliases", i, "last", a.last());
    }
    for (int i = 0; i < p.monikers().size(); i++) {
      add(out, "monikers", i, null, p.monikers().get(i));
    }
    if (p.identifiers().cii() != null) {
      add(out, "identifiers.cii", -1, null, p.identifiers().cii().value());
    }
    if (p.identifiers().fbi() != null) {
      add(out, "identifiers.fbi", -1, null, p.identifiers().fbi().value());
    }
    PhysicalDescription d = p.description();
    add(out, "description.sex", -1, null, d.sex().displayName());
    add(out, "description.race", -1, null, d.race().displayName());
    if (d.ethnicity() != null) {
      add(out, "description.ethnicity", -1, null, d.ethnicity().displayName());
    }
    add(out, "description.hair", -1, null, d.hair().displayName());
    add(out, "description.eyes", -1, null, d.eyes().displayName());
    add(out, "description.birthplace", -1, null, d.birthplace());
    for (int i = 0; i < p.addresses().size(); i++) {
      Address a = p.addresses().get(i);
      add(out, "addresses", i, "street", a.street());
      add(out, "addresses", i, "unit", a.unit());
      add(out, "addresses", i, "city", a.city());
      add(out, "addresses", i, "zip", a.zip().value());
      if (a.county() != null) {
        add(out, "addresses", i, "county", a.county().countyName());
      }
    }
    for (int i = 0; i < p.smts().size(); i++) {
      Smt s = p.smts().get(i);
      String kindWords = SmtWords.kindWords(s.code().kind());
      add(out, "smts", i, "code", kindWords.isEmpty() ? s.code().value() : s.code().value() + " (" + kindWords + ")");
      add(out, "smts", i, "description", s.description());
    }
    for (int i = 0; i < p.vehicles().size(); i++) {
      Vehicle v = p.vehicles().get(i);
      add(out, "vehicles", i, "plate", v.plate().number());
      add(out, "vehicles", i, "make", v.make());
      add(out, "vehicles", i, "model", v.model());
      add(out, "vehicles", i, "year", v.year() == null ? null : v.year().toString());
      add(out, "vehicles", i, "color", v.color() == null ? null : v.color().displayName());
      add(out, "vehicles", i, "style", v.style() == null ? null : v.style().displayName());
    }
    for (int i = 0; i < p.offenses().size(); i++) {
      Offense o = p.offenses().get(i);
      add(out, "offenses", i, "codeSection", o.codeSection().toString());
      add(out, "offenses", i, "description", o.description());
    }
    int r = 0;
    for (RegistrationStatute reg : p.registrations()) {
      add(out, "registrations", r++, null, reg.code());
    }
    Supervision s = p.supervision();
    add(out, "supervision.status", -1, null, s.status().displayName());
    add(out, "supervision.level", -1, null, s.level().displayName());
    if (s.agent() != null) {
      add(out, "supervision.agent.name", -1, null, s.agent().name());
    }
    if (s.paroleUnit() != null) {
      add(out, "supervision.paroleUnit.code", -1, null, s.paroleUnit().code());
    }
    if (s.countyUnit() != null) {
      add(out, "supervision.countyUnit", -1, null, s.countyUnit().code());
    }
    for (int i = 0; i < s.specialConditions().size(); i++) {
      add(out, "supervision.specialConditions", i, null, s.specialConditions().get(i));
    }
    if (s.countyOfLastLegalResidence() != null) {
      add(out, "supervision.countyOfLastLegalResidence", -1, null, s.countyOfLastLegalResidence().countyName());
    }
  }

  private static void add(Sink out, String name, int index, @Nullable String part, @Nullable String text) {
    if (text != null && !text.isEmpty()) {
      out.accept(name, index, part, text);
    }
  }
}
