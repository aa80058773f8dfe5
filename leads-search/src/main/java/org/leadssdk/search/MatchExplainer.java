package org.leadssdk.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Address;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Smt;
import org.leadssdk.core.Vehicle;
import org.leadssdk.search.MatchedField.How;
import org.leadssdk.search.internal.Analyzers;
import org.leadssdk.search.internal.DocumentMapper;
import org.leadssdk.search.internal.Fields;
import org.leadssdk.search.internal.PlatePatterns;
import org.leadssdk.search.internal.RecordTexts;
import org.leadssdk.search.internal.TextQueries;

/**
 * Says which fields of a hit matched a request, and how. It reads the record as the user may see it
 * (after redaction), so a hidden field is never reported. Stateless and thread-safe.
 */
final class MatchExplainer {
  /** A word with {@code ~} (not escaped) and the edits asked for, as the search term's parser reads it. */
  private static final Pattern TYPO = Pattern.compile("(.*[^\\\\])~(\\d*)");
  /** A quoted phrase (the closing quote may be missing), and whether a {@code -} excludes it. */
  private static final Pattern QUOTED = Pattern.compile("(-?)\"([^\"]*)\"?");
  /** Phonetic codes and parsed terms of the query, built once per request. */
  private static final class Memo {
    final java.util.Map<String, List<String>> codes = new java.util.HashMap<>();
    final java.util.Map<String, TermWords> terms = new java.util.HashMap<>();
  }

  private static final ThreadLocal<Memo> MEMO = new ThreadLocal<>();

  private MatchExplainer() {}

  /** Explains many hits of one request, reusing what it built for the query words. */
  static List<List<MatchedField>> explainAll(SearchRequest r, List<Parolee> hits, LocalDate today) {
    MEMO.set(new Memo());
    try {
      List<List<MatchedField>> out = new ArrayList<>(hits.size());
      for (Parolee p : hits) {
        out.add(explain(r, p, today));
      }
      return out;
    } finally {
      MEMO.remove();
    }
  }

  static List<MatchedField> explain(SearchRequest r, Parolee p, LocalDate today) {
    List<MatchedField> out = new ArrayList<>();
    if (r.term() != null) {
      term(out, r.term(), p);
    }
    if (r.lastName() != null) {
      names(out, r.lastName(), p, true);
    }
    if (r.firstName() != null) {
      names(out, r.firstName(), p, false);
    }
    if (r.smtText() != null) {
      List<String> words = TextQueries.tokens(Analyzers.TEXT, Fields.SMT_TEXT, r.smtText());
      for (int i = 0; i < p.smts().size(); i++) {
        Smt s = p.smts().get(i);
        String text = s.code().value() + " " + (s.description() == null ? "" : s.description());
        if (containsAll(text, words)) {
          out.add(new MatchedField("smts[" + i + "]", text.strip(), How.EXACT));
        }
      }
    }
    if (r.smtCode() != null) {
      String code = r.smtCode().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
      for (int i = 0; i < p.smts().size(); i++) {
        Smt s = p.smts().get(i);
        if (s.code().value().equals(code) || s.code().kind().equals(code)) {
          out.add(new MatchedField("smts[" + i + "].code", s.code().value(), How.EXACT));
        }
      }
    }
    if (r.plate() != null) {
      String pattern = PlatePatterns.normalize(r.plate());
      boolean literal = pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0;
      for (int i = 0; i < p.vehicles().size(); i++) {
        Vehicle v = p.vehicles().get(i);
        if (PlatePatterns.matches(v.plate().number(), pattern)) {
          out.add(new MatchedField("vehicles[" + i + "].plate", v.plate().number(), literal ? How.EXACT : How.PATTERN));
        }
      }
    }
    if (r.offense() != null) {
      offense(out, r.offense(), p);
    }
    if (r.agent() != null && p.supervision().agent() != null) {
      out.add(new MatchedField("supervision.agent.name", p.supervision().agent().name(), How.EXACT));
    }
    criteria(out, r, p, today);
    return out;
  }

  /** The words of a search term, analyzed as the index analyzes them: once per request. */
  private static final class TermWords {
    private final Set<String> exact;
    private final Set<String> prefixes;
    /** The words with {@code ~}, each with the edits asked for (0 to 2). */
    private final Map<String, Integer> fuzzy;
    /** The exact and prefix words as an array: scanned for every field of every hit. */
    private final String[] needles;

    TermWords(Set<String> exact, Set<String> prefixes, Map<String, Integer> fuzzy) {
      this.exact = exact;
      this.prefixes = prefixes;
      this.fuzzy = fuzzy;
      List<String> all = new ArrayList<>(exact);
      all.addAll(prefixes);
      this.needles = all.toArray(new String[0]);
    }

    Set<String> exact() {
      return exact;
    }

    Set<String> prefixes() {
      return prefixes;
    }

    Map<String, Integer> fuzzy() {
      return fuzzy;
    }

    static TermWords of(String term) {
      Set<String> exact = new HashSet<>();
      Set<String> prefixes = new HashSet<>();
      Map<String, Integer> fuzzy = new HashMap<>();
      // A phrase's words are exact words, whatever they carry; an excluded phrase matches nothing.
      StringBuilder rest = new StringBuilder();
      Matcher quoted = QUOTED.matcher(term);
      int last = 0;
      while (quoted.find()) {
        rest.append(term, last, quoted.start()).append(' ');
        if (quoted.group(1).isEmpty()) {
          exact.addAll(TextQueries.tokens(Analyzers.TEXT, Fields.ALL, quoted.group(2)));
        }
        last = quoted.end();
      }
      rest.append(term.substring(last));
      for (String raw : rest.toString().split("[\\s|+()]+")) {
        if (raw.isEmpty() || raw.startsWith("-")) {
          continue;
        }
        Matcher typo = TYPO.matcher(raw);
        boolean isTypo = typo.matches();
        List<String> tokens = TextQueries.tokens(Analyzers.TEXT, Fields.ALL, isTypo ? typo.group(1) : raw);
        if (tokens.isEmpty()) {
          continue;
        }
        if (raw.endsWith("*")) {
          prefixes.add(tokens.get(tokens.size() - 1));
          exact.addAll(tokens.subList(0, tokens.size() - 1));
        } else if (isTypo) {
          // "~" alone asks for 2 edits, as the parser reads it; "~0" none, and more than 2 counts as 2
          int edits = editsAskedFor(typo.group(2));
          for (String token : tokens) {
            fuzzy.merge(token, edits, Math::max);
          }
        } else {
          exact.addAll(tokens);
        }
      }
      return new TermWords(exact, prefixes, fuzzy);
    }

    /**
     * Whether a field's text cannot hold an exact or prefix match, judged without tokenizing it: every
     * token of ASCII text is a substring of the text in lower case (the analyzer folds only non-ASCII
     * letters), so text containing none of the words as a substring has no such token. Text with other
     * characters, and terms with fuzzy words, are always tokenized.
     */
    boolean cannotMatch(String text) {
      if (!fuzzy.isEmpty()) {
        return false;
      }
      String lower = asciiLowerCase(text);
      if (lower == null) {
        return false;
      }
      for (String w : needles) {
        if (lower.contains(w)) {
          return false;
        }
      }
      return true;
    }

    private static @Nullable String asciiLowerCase(String text) {
      char[] out = new char[text.length()];
      for (int i = 0; i < out.length; i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          return null;
        }
        out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
      return new String(out);
    }
  }

  /** The edits the digits after a {@code ~} ask for: 2 when there are none, at most 2. */
  private static int editsAskedFor(String digits) {
    if (digits.isEmpty()) {
      return 2;
    }
    int value = 0;
    for (int i = 0; i < digits.length() && value <= 2; i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    return Math.min(value, 2);
  }

  private static void term(List<MatchedField> out, String term, Parolee p) {
    Memo memo = MEMO.get();
    TermWords words = memo == null ? TermWords.of(term) : memo.terms.computeIfAbsent(term, TermWords::of);
    Set<String> exact = words.exact();
    Set<String> prefixes = words.prefixes();
    Map<String, Integer> fuzzy = words.fuzzy();
    for (RecordTexts.FieldText field : RecordTexts.of(p)) {
      if (words.cannotMatch(field.text())) {
        continue;
      }
      How how = null;
      for (String token : TextQueries.tokens(Analyzers.TEXT, Fields.ALL, field.text())) {
        if (exact.contains(token) || fuzzy.containsKey(token)) {
          how = How.EXACT;
          break;
        }
        if (how == null && prefixes.stream().anyMatch(token::startsWith)) {
          how = How.PATTERN;
        }
        if (how == null
            && fuzzy.entrySet().stream().anyMatch(f -> TextQueries.isTypoOf(f.getKey(), token, f.getValue()))) {
          how = How.FUZZY;
        }
      }
      if (how != null) {
        out.add(new MatchedField(field.path(), field.text(), how));
      }
    }
  }

  private static void names(List<MatchedField> out, String query, Parolee p, boolean last) {
    String field = last ? Fields.LAST : Fields.FIRST;
    List<String> words = TextQueries.tokens(Analyzers.TEXT, field, query);
    String part = last ? "last" : "first";
    name(out, "name." + part, last ? p.name().last() : p.name().first(), words, field);
    for (int i = 0; i < p.aliases().size(); i++) {
      Alias a = p.aliases().get(i);
      name(out, "aliases[" + i + "]." + part, last ? a.last() : a.first(), words, field);
    }
  }

  private static void name(List<MatchedField> out, String path, @Nullable String value, List<String> words, String field) {
    if (value == null) {
      return;
    }
    List<String> tokens = TextQueries.tokens(Analyzers.TEXT, field, value);
    How best = null;
    for (String w : words) {
      How how = null;
      for (String t : tokens) {
        if (t.equals(w)) {
          how = How.EXACT;
          break;
        }
        if (how != How.PHONETIC && soundsAlike(w, t)) {
          how = How.PHONETIC;
        } else if (how == null && TextQueries.isTypoOf(w, t, 2)) {
          how = How.FUZZY;
        }
      }
      if (how == null) {
        return;
      }
      best = best == null || how.ordinal() > best.ordinal() ? how : best;
    }
    if (best != null) {
      out.add(new MatchedField(path, value, best));
    }
  }

  private static void offense(List<MatchedField> out, String offense, Parolee p) {
    CodeSection wanted = null;
    try {
      wanted = CodeSection.parse(offense);
    } catch (IllegalArgumentException notACodeSection) {
      // words of the description, handled below
    }
    List<String> words = TextQueries.tokens(Analyzers.TEXT, Fields.OFFENSE_TEXT, offense);
    for (int i = 0; i < p.offenses().size(); i++) {
      var o = p.offenses().get(i);
      if (wanted != null) {
        String w = wanted.toString();
        if (o.codeSection().toString().equals(w) || DocumentMapper.baseSection(o.codeSection()).equals(w)) {
          out.add(new MatchedField("offenses[" + i + "].codeSection", o.codeSection().toString(), How.EXACT));
        }
      } else if (containsAll(o.description(), words)) {
        out.add(new MatchedField("offenses[" + i + "].description", o.description(), How.EXACT));
      }
    }
  }

  private static void criteria(List<MatchedField> out, SearchRequest r, Parolee p, LocalDate today) {
    var d = p.description();
    if (r.cdcNumber() != null) {
      out.add(new MatchedField("cdcNumber", p.cdcNumber().value(), How.EXACT));
    }
    if (r.dateOfBirthFrom() != null || r.dateOfBirthTo() != null || r.ageMin() != null || r.ageMax() != null) {
      out.add(new MatchedField("description.dateOfBirth", "age " + d.ageOn(today), How.CRITERION));
    }
    if (r.heightMinInches() != null || r.heightMaxInches() != null) {
      out.add(new MatchedField("description.heightInches", Integer.toString(d.heightInches()), How.CRITERION));
    }
    if (r.weightMinPounds() != null || r.weightMaxPounds() != null) {
      out.add(new MatchedField("description.weightPounds", Integer.toString(d.weightPounds()), How.CRITERION));
    }
    if (!r.sexes().isEmpty()) {
      out.add(new MatchedField("description.sex", d.sex().code(), How.CRITERION));
    }
    if (!r.races().isEmpty()) {
      out.add(new MatchedField("description.race", d.race().code(), How.CRITERION));
    }
    if (!r.hairColors().isEmpty()) {
      out.add(new MatchedField("description.hair", d.hair().code(), How.CRITERION));
    }
    if (!r.eyeColors().isEmpty()) {
      out.add(new MatchedField("description.eyes", d.eyes().code(), How.CRITERION));
    }
    if (!r.statuses().isEmpty()) {
      out.add(new MatchedField("supervision.status", p.status().code(), How.CRITERION));
    }
    if (!r.levels().isEmpty()) {
      out.add(new MatchedField("supervision.level", p.supervision().level().code(), How.CRITERION));
    }
    for (var reg : r.registrations()) {
      out.add(new MatchedField("registrations", reg.code(), How.CRITERION));
    }
    if (r.paroleUnit() != null && p.supervision().paroleUnit() != null) {
      out.add(new MatchedField("supervision.paroleUnit.code", p.supervision().paroleUnit().code(), How.CRITERION));
    }
    if (r.countyUnit() != null && p.supervision().countyUnit() != null) {
      out.add(new MatchedField("supervision.countyUnit", p.supervision().countyUnit().code(), How.CRITERION));
    }
    int home = homeIndex(p);
    if (r.county() != null && home >= 0) {
      out.add(new MatchedField("addresses[" + home + "].county", r.county().code(), How.CRITERION));
    }
    if (r.zip() != null) {
      for (int i = 0; i < p.addresses().size(); i++) {
        if (p.addresses().get(i).zip().zip5().equals(r.zip().zip5())) {
          out.add(new MatchedField("addresses[" + i + "].zip", p.addresses().get(i).zip().value(), How.CRITERION));
        }
      }
    }
    if (r.geo() != null && home >= 0) {
      Address a = p.addresses().get(home);
      out.add(new MatchedField("addresses[" + home + "].geocode", a.city(), How.CRITERION));
    }
  }

  private static int homeIndex(Parolee p) {
    for (int i = 0; i < p.addresses().size(); i++) {
      Address a = p.addresses().get(i);
      if (a.type() == org.leadssdk.core.AddressType.RESIDENCE && a.isCurrent()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean containsAll(String text, List<String> words) {
    List<String> tokens = TextQueries.tokens(Analyzers.TEXT, Fields.ALL, text);
    return !words.isEmpty() && tokens.containsAll(words);
  }

  private static List<String> codes(String word) {
    Memo memo = MEMO.get();
    if (memo == null) {
      return TextQueries.tokens(Analyzers.PHONETIC, Fields.LAST_PHONETIC, word);
    }
    return memo.codes.computeIfAbsent(word, w -> TextQueries.tokens(Analyzers.PHONETIC, Fields.LAST_PHONETIC, w));
  }

  private static boolean soundsAlike(String a, String b) {
    List<String> ca = codes(a);
    List<String> cb = codes(b);
    for (String c : ca) {
      if (cb.contains(c)) {
        return true;
      }
    }
    return false;
  }
}
