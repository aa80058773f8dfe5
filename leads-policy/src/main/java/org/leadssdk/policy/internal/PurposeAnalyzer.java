package org.leadssdk.policy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.policy.Division;
import org.leadssdk.policy.Reason;
import org.leadssdk.policy.Rule;

/**
 * Checks an ALPR purpose against DOM 53060.7: it says what is investigated (not "investigation" alone,
 * nor a synonym, abbreviation or disguise of it), cites an internal case number of the user's division
 * (never a CDCR number), and holds no criminal history, no identifying information beyond the last name
 * and nothing from CLETS.
 *
 * <p><b>Note:</b> the content checks are heuristics over words and number shapes: they catch the usual
 * forms (keywords, code sections, dates of birth, SSN/phone/CDC/CII/FBI/driver licence shapes, street
 * addresses, a first name from an embedded list next to another name) and err on the side of refusing.
 * They cannot recognise every name or every paraphrase. Stateless and thread-safe.
 */
public final class PurposeAnalyzer {
  /** How many years back a date must lie to be treated as a date of birth rather than an incident date. */
  static final int BIRTH_DATE_MIN_AGE_YEARS = 10;

  /** Words that, alone or together, do not say what is investigated ("investigation" and its synonyms). */
  static final List<String> VAGUE_WORDS = List.of(
      "investigation", "investigations", "investigate", "investigating", "investigative", "investigator",
      "investigators", "inv", "invs", "invest", "invst", "invstg", "invsg", "invest", "investig", "investg",
      "invtg", "invesg", "invstgn", "investgn", "invgn", "invest", "case", "cases", "casework", "inquiry",
      "inquiries", "enquiry", "enquiries", "query", "queries", "querying", "search", "searches", "searching",
      "lookup", "look", "looking", "up", "check", "checks", "checking", "follow", "followup", "followed",
      "ongoing", "continuing", "continued", "current", "existing", "pending", "active", "open", "new",
      "criminal", "crim", "official", "business", "law", "enforcement", "le", "leo", "purpose", "purposes",
      "reason", "work", "job", "duty", "duties", "related", "info", "information", "intel", "intelligence",
      "research", "matter", "matters", "general", "routine", "alpr", "lpr", "hit", "hits", "need", "needed",
      "request", "requested", "requesting", "assigned", "assignment", "task", "detail", "file", "number",
      "num", "no", "nbr", "ref", "reference", "see", "attached", "misc", "miscellaneous", "other", "others",
      "test", "testing", "tbd", "na", "none", "nil", "same", "above", "various", "possible", "potential",
      "data", "review", "analysis", "access", "usage", "use");

  /** Words that carry no content. */
  static final List<String> FILLER_WORDS = List.of(
      "re", "for", "the", "a", "an", "of", "on", "in", "to", "and", "or", "as", "at", "by", "is", "it", "its",
      "this", "that", "with", "about", "regarding", "my", "our", "per", "from", "into", "w", "wrt", "please",
      "pls", "thanks", "thank", "you", "being", "be", "are", "was", "i", "we", "am", "via", "under", "ie",
      "eg", "etc", "subj", "subject", "note", "notes", "s", "re");

  /** Common first names (synthetic-data safe list) that are not also ordinary English words. */
  static final Set<String> FIRST_NAMES = Set.of(
      "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
      "christopher", "daniel", "matthew", "anthony", "donald", "steven", "paul", "andrew", "joshua", "kenneth",
      "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary",
      "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
      "gregory", "alexander", "patrick", "raymond", "dennis", "jerry", "tyler", "aaron", "jose", "adam",
      "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy", "keith",
      "roger", "terry", "gerald", "harold", "sean", "carl", "arthur", "lawrence", "dylan", "jesse", "bryan",
      "billy", "joe", "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah",
      "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby", "philip", "louis", "carlos", "luis",
      "miguel", "jesus", "antonio", "manuel", "francisco", "jorge", "pedro", "ricardo", "alejandro",
      "fernando", "mario", "javier", "sergio", "rafael", "oscar", "victor", "hector", "ruben", "mary",
      "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
      "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy",
      "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
      "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma",
      "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "maria",
      "heather", "diane", "julie", "joyce", "victoria", "kelly", "christina", "lauren", "joan", "evelyn",
      "olivia", "judith", "megan", "cheryl", "martha", "andrea", "frances", "hannah", "jacqueline", "ann",
      "gloria", "kathryn", "alice", "teresa", "sara", "janice", "doris", "judy", "abigail", "marie", "denise",
      "beverly", "theresa", "marilyn", "danielle", "diana", "brittany", "natalie", "sophia", "rosa",
      "guadalupe", "juana", "carmen", "veronica", "yesenia", "alejandra", "lucia");

  /** Words that may follow a first-name-like last name without making a "first last" pair. */
  static final Set<String> COMMON_WORDS = Set.of(
      "stolen", "vehicle", "vehicles", "car", "cars", "truck", "van", "suv", "sedan", "motorcycle", "robbery",
      "robberies", "burglary", "burglaries", "theft", "thefts", "absconder", "absconding", "abscond",
      "warrant", "parolee", "parolees", "parole", "violation", "violations", "assault", "homicide", "shooting",
      "narcotics", "drugs", "drug", "sales", "gang", "fraud", "identity", "missing", "person", "suspect",
      "victim", "witness", "sighting", "sightings", "location", "whereabouts", "apprehension", "arrest",
      "fugitive", "pursuit", "carjacking", "kidnapping", "trafficking", "smuggling", "weapon", "weapons",
      "firearm", "firearms", "gun", "escape", "escapee", "vandalism", "arson", "dui", "run", "seen",
      "spotted", "near", "area", "residence", "associate", "associates", "operation", "surveillance",
      "compliance", "team", "unit", "task", "force", "sweep", "at", "large", "pal", "walkaway", "gps",
      "tamper", "tampering", "device", "removal", "contact", "investigation", "case");

  private static final WordTrie VAGUE;

  static {
    Set<String> all = new HashSet<>();
    for (String w : VAGUE_WORDS) {
      all.add(squeeze(w));
    }
    for (String w : FILLER_WORDS) {
      all.add(squeeze(w));
    }
    VAGUE = new WordTrie(all);
  }

  static final GatedPattern CRIMINAL_WORDS = new GatedPattern(
      "\\b(?:priors?(?!\\s+to\\b)|convicted|convictions?|rap\\s*sheets?|record\\s+of|history\\s+of"
          + "|criminal\\s+(?:history|record|past)|arrest\\s+(?:history|record)s?"
          + "|previously\\s+(?:arrested|convicted|incarcerated|booked)|ex-?\\s?cons?|felons?"
          + "|(?:three|3|two|2|third|second)\\s*strikes?|strikers?|sex\\s+offenders?|registrants?"
          + "|served\\s+(?:time|\\d+\\s+(?:years?|months?))|on\\s+parole\\s+for|paroled\\s+for|booked\\s+for"
          + "|charged\\s+with|sentenced|pled\\s+guilty|plead(?:ed)?\\s+guilty|incarcerated\\s+for)\\b",
      "pr co ra re hi cr ar ex fe th 3 tw 2 se st on pa bo ch pl in", "");
  static final GatedPattern CODE_SECTION = new GatedPattern(
      "\\b(?:p\\.?\\s?c\\.?|penal\\s+code|h\\.?\\s?&?\\s?s\\.?|health\\s+(?:and|&)\\s+safety(?:\\s+code)?"
          + "|v\\.?\\s?c\\.?|vehicle\\s+code|w\\.?\\s?&\\s?i\\.?|wic|welf(?:are)?\\s+(?:and|&)\\s+inst\\w*(?:\\s+code)?"
          + "|b\\.?\\s?&\\s?p\\.?)\\s*(?:code\\s*)?(?:section|sec\\.?|§)?\\s*\\d{2,5}(?:\\.\\d+)?"
          + "|\\b\\d{2,5}(?:\\.\\d+)?\\s*(?:pc|p\\.c\\.|hs|h&s|vc|v\\.c\\.|wic|w&i)\\b"
          + "|§\\s*\\d+|\\bsection\\s+\\d{2,5}",
      "p h v w b se #", "§");
  static final GatedPattern CLETS = new GatedPattern(
      "\\b(?:clets|dmv|ncic|nlets|cii|cjis|oln|soundex|rap\\s*sheets?|registered\\s+owner|r/o"
          + "|wanted\\s+persons?(?:\\s+system)?|swp"
          + "|(?:dmv|clets|ncic|cii|plate|registration|record|records|query|computer|system|teletype)\\s+returns?"
          + "|returns?\\s+(?:show|showed|shows|showing|indicated?|indicates|indicating))\\b",
      "cl dm nc nl ci cj ol so ra re r/ wa sw pl qu co sy te", "");

  static final GatedPattern DOB_WORDS = new GatedPattern(
      "\\b(?:dob|d\\.o\\.b|date\\s+of\\s+birth|birth\\s*date|born|bday|b-day|age\\s*:?\\s*\\d{1,3}"
          + "|\\d{1,3}\\s*(?:yo|y/o|yrs?\\s+old|years?\\s+old|years?-old))\\b",
      "do d. da bi bo bd b- ag #", "");
  static final GatedPattern NUMERIC_DATE = new GatedPattern("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b|\\b(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})\\b",
      "#", "");
  static final GatedPattern NAMED_DATE = new GatedPattern(
      "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"
          + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b",
      "ja fe ma ap ju au se oc no de #", "");
  static final GatedPattern SSN = new GatedPattern(
      "\\b\\d{3}[-\\s]\\d{2}[-\\s]\\d{4}\\b|\\b\\d{9}\\b|\\bssn\\b|\\bsocial\\s+security\\b|\\bss\\s*#|\\bsoc\\s*sec\\b",
      "# ss so", "");
  static final GatedPattern CDC_WORDS = new GatedPattern("\\b(?:cdcr?|cdc-r)\\s*(?:#|no\\b|num\\b|number\\b)",
      "cdc", "");
  static final GatedPattern CII_NUMBER = new GatedPattern("\\b[a-z]\\d{8}\\b|\\bcii\\s*(?:#|no\\.?|num(?:ber)?)?\\s*:?\\s*[a-z]?\\d{8}\\b",
      "?# cii", "");
  static final GatedPattern FBI_NUMBER = new GatedPattern(
      "\\b(?:fbi|ucn)\\s*(?:#|no\\.?|num(?:ber)?)?\\s*:?\\s*(?=[a-z0-9]*\\d)[a-z0-9]{7,9}\\b",
      "fbi ucn", "");
  static final GatedPattern DRIVER_LICENCE = new GatedPattern(
      "\\b(?:dl|cdl|odl|c\\.d\\.l|drivers?'?\\s*licen[cs]es?|driver'?s\\s+licen[cs]es?|drivers?\\s+lic)\\b"
          + "|\\blic(?:ense|ence)?\\s*#|\\b[a-z]\\d{7}\\b",
      "dl cd od c. dr li ?#", "");
  static final GatedPattern PHONE = new GatedPattern(
      "\\(?\\b[2-9]\\d{2}\\)?[\\s.-]?[2-9]\\d{2}[\\s.-]\\d{4}\\b|\\b[2-9]\\d{9}\\b"
          + "|\\b(?:phone|cell|tel|telephone|ph)\\s*(?:#|no\\.?|number)?\\s*:?\\s*\\d",
      "2 3 4 5 6 7 8 9 ph ce te", "(");
  static final GatedPattern LONG_NUMBER = new GatedPattern("\\b\\d{7,8}\\b|\\b\\d{11,}\\b",
      "#", "");
  // Possessive quantifiers: giving back a digit, a space or a word character can never let the next part
  // match (each part ends where a character of another class begins), so they only save backtracking.
  static final GatedPattern ADDRESS = new GatedPattern(
      "\\b\\d{1,6}+\\s++(?:[a-z0-9'.-]++\\s++){0,3}(?:st|street|ave|av|avenue|blvd|boulevard|rd|road|dr|drive|ln|lane"
          + "|way|ct|court|pl|place|cir|circle|hwy|highway|pkwy|parkway|ter|terrace|trl|trail|sq|square|loop"
          + "|aly|alley)\\b|\\b(?:apt|apartment|ste|suite)\\s*#?\\s*\\d+[a-z]?\\b|\\bp\\.?\\s?o\\.?\\s+box\\s*\\d+"
          + "|\\b(?:address|resides\\s+at|lives\\s+at)\\s*:?\\s*\\d",
      "# ap st su p ad re li", "");
  static final GatedPattern ALIAS = new GatedPattern(
      "\\b(?:aka|a\\.k\\.a|alias(?:es)?|monikers?|nick\\s*names?|goes\\s+by|first\\s+name|middle\\s+name)\\b",
      "ak a. al mo ni go fi mi", "");
  static final GatedPattern PHYSICAL = new GatedPattern(
      "\\b\\d\\s*'\\s*\\d{1,2}\\b|\\b\\d{2,3}\\s*(?:lbs?|pounds)\\b|\\btattoo(?:s|ed)?\\b|\\b(?:height|weight)\\b",
      "# ta he we", "");
  // Cheap prefilters: every match of the keyword pattern holds one of these substrings (or a digit where
  // the pattern needs one), so the regular expression runs only when one is present.
  private static final String[] CRIMINAL_TRIGGERS = {"prior", "convict", "rap", "record", "histor", "criminal",
      "arrest", "previous", "excon", "ex-", "ex con", "felon", "strike", "sex", "registrant", "served", "parole",
      "booked", "charged", "sentenced", "pled", "plead", "incarcerated"};
  private static final String[] CLETS_TRIGGERS = {"clets", "dmv", "ncic", "nlets", "cii", "cjis", "oln", "soundex",
      "rap", "registered", "r/o", "wanted", "swp", "return"};
  private static final String[] DOB_TRIGGERS = {"dob", "d.o.b", "birth", "born", "bday", "b-day", "age"};
  private static final String[] SSN_TRIGGERS = {"ssn", "social", "ss", "soc"};
  private static final String[] CDC_TRIGGERS = {"cdc"};
  private static final String[] LICENCE_TRIGGERS = {"dl", "c.d.l", "driver", "lic"};
  private static final String[] ALIAS_TRIGGERS = {"aka", "a.k.a", "alias", "moniker", "nick", "goes", "name"};
  private static final String[] PHYSICAL_TRIGGERS = {"tattoo", "height", "weight"};
  static final GatedPattern CDC_SHAPE = new GatedPattern("\\b[a-z]{1,2}\\d{4,5}\\b",
      "?# ??#", "");

  private PurposeAnalyzer() {}

  /**
   * The outcome of checking a purpose.
   *
   * @param caseNumber the case number cited (from the field, else found in the purpose); {@code null} if none
   * @param reasons the failed requirements; empty when the purpose passes
   */
  public record Result(@Nullable String caseNumber, List<Reason> reasons) {}

  /**
   * Checks a purpose.
   *
   * @param purpose the purpose as typed; {@code null} when none was given
   * @param caseNumberField the case number given in its own field; {@code null} to find it in the purpose
   * @param division the user's division, whose case-number pattern applies
   * @param today the calendar day of the request, to tell dates of birth from incident dates
   * @param maxLength the longest accepted purpose
   */
  public static Result analyze(
      @Nullable String purpose, @Nullable String caseNumberField, Division division, LocalDate today, int maxLength) {
    List<Reason> reasons = new ArrayList<>(4);
    String folded = purpose == null ? "" : TextFold.fold(purpose).strip();
    if (folded.isEmpty()) {
      reasons.add(new Reason("PURPOSE_MISSING",
          "a purpose must be given each time ALPR is accessed", Rule.DOM_ALPR_PURPOSE));
    } else if (purpose != null && purpose.length() > maxLength) {
      reasons.add(new Reason("PURPOSE_TOO_LONG",
          "the purpose has " + purpose.length() + " characters; at most " + maxLength + " are accepted",
          Rule.DOM_ALPR_PURPOSE));
    }

    String caseNumber = null;
    String remainder = folded;
    if (caseNumberField != null) {
      String field = TextFold.fold(caseNumberField).strip();
      if (CdcNumber.isWellFormed(field)) {
        reasons.add(cdcNumberReason());
      } else if (!division.isCaseNumber(field)) {
        reasons.add(new Reason("CASE_NUMBER_FORMAT", "the case number does not match the format of division "
            + division.name() + " (" + division.caseNumberPattern() + ")", Rule.DOM_ALPR_CASE_NUMBER));
      } else {
        caseNumber = field;
      }
      if (!field.isEmpty()) {
        remainder = remainder.replace(field, " ");
      }
    }
    if (!folded.isEmpty()) {
      Matcher m = division.pattern().matcher(remainder);
      StringBuilder rest = new StringBuilder(remainder.length());
      int last = 0;
      boolean cdcAsCase = false;
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        if (CdcNumber.isWellFormed(m.group())) {
          cdcAsCase = true;
          continue;
        }
        if (caseNumber == null) {
          caseNumber = m.group();
        }
        rest.append(remainder, last, m.start()).append(' ');
        last = m.end();
      }
      rest.append(remainder, last, remainder.length());
      remainder = rest.toString();
      if (cdcAsCase && caseNumberField == null && caseNumber == null) {
        reasons.add(cdcNumberReason());
      }
    }
    String lower = remainder.toLowerCase(Locale.ROOT);
    if (caseNumber == null && caseNumberField == null && !folded.isEmpty() && !hasReason(reasons, "CASE_NUMBER_IS_CDC_NUMBER")) {
      if (CDC_SHAPE.find(lower) && containsCdcNumber(lower)) {
        reasons.add(cdcNumberReason());
      } else {
        reasons.add(new Reason("CASE_NUMBER_MISSING", "the purpose must reference an internal case number of division "
            + division.name() + " (format " + division.caseNumberPattern() + ")", Rule.DOM_ALPR_CASE_NUMBER));
      }
    }
    if (folded.isEmpty()) {
      if (caseNumber == null && caseNumberField == null) {
        reasons.add(new Reason("CASE_NUMBER_MISSING", "the purpose must reference an internal case number of division "
            + division.name() + " (format " + division.caseNumberPattern() + ")", Rule.DOM_ALPR_CASE_NUMBER));
      }
      return new Result(caseNumber, List.copyOf(reasons));
    }

    if (!saysWhat(lower)) {
      reasons.add(new Reason("PURPOSE_NOT_SPECIFIC",
          "the purpose must say what is investigated (a specific, identifiable and documented need), not"
              + " \"investigation\" alone or a synonym of it", Rule.DOM_ALPR_PURPOSE));
    }
    // Patterns that need a digit (or a section sign) are skipped for the common purpose without one.
    boolean digits = hasDigit(lower);
    if ((any(lower, CRIMINAL_TRIGGERS) && CRIMINAL_WORDS.find(lower)) || (digits && CODE_SECTION.find(lower))) {
      reasons.add(new Reason("CRIMINAL_HISTORY",
          "the purpose must not include criminal history information (priors, convictions, code sections)",
          Rule.DOM_ALPR_CONTENT));
    }
    Set<String> kinds = identifyingKinds(lower, today, digits);
    if (!kinds.isEmpty()) {
      reasons.add(new Reason("IDENTIFYING_INFORMATION",
          "the purpose must not identify the target beyond the last name; it holds " + String.join(", ", kinds),
          Rule.DOM_ALPR_CONTENT));
    }
    if (any(lower, CLETS_TRIGGERS) && CLETS.find(lower)) {
      reasons.add(new Reason("CLETS_INFORMATION",
          "the purpose must not include information obtained from CLETS (DMV, NCIC, CII, rap sheets, returns)",
          Rule.DOM_ALPR_CONTENT));
    }
    return new Result(caseNumber, List.copyOf(reasons));
  }

  /** The case number the purpose cites, found with the division's pattern in the folded text. */
  public static @Nullable String findCaseNumber(String purpose, Division division) {
    Matcher m = division.pattern().matcher(TextFold.fold(purpose));
    while (m.find()) {
      if (m.end() > m.start() && !CdcNumber.isWellFormed(m.group())) {
        return m.group();
      }
    }
    return null;
  }

  private static boolean any(String text, String[] triggers) {
    for (String t : triggers) {
      if (text.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= '0' && c <= '9') || c == '§') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasReason(List<Reason> reasons, String code) {
    for (Reason r : reasons) {
      if (r.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private static Reason cdcNumberReason() {
    return new Reason("CASE_NUMBER_IS_CDC_NUMBER",
        "a CDCR number is not an internal case number; the use of a CDCR number alone is not acceptable",
        Rule.DOM_ALPR_CASE_NUMBER);
  }

  private static boolean containsCdcNumber(String lower) {
    Matcher m = CDC_SHAPE.matcher(lower);
    for (int at = CDC_SHAPE.next(m, lower, 0); at >= 0; at = CDC_SHAPE.next(m, lower, after(m))) {
      if (CdcNumber.isWellFormed(m.group())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text, with the case number removed, names what is investigated. */
  static boolean saysWhat(String lower) {
    List<String> tokens = tokens(lower.replace('@', 'a').replace('$', 's'));
    StringBuilder squash = new StringBuilder(lower.length());
    Set<String> content = new HashSet<>();
    for (String t : tokens) {
      squash.append(t);
      if (t.length() >= 3 && !VAGUE.segmentable(t)) {
        content.add(t);
      }
    }
    if (VAGUE.segmentable(squash)) {
      return false;
    }
    return content.size() >= 2;
  }

  /**
   * Tokens for the vagueness test: letters of alphanumeric runs with look-alike digits read as letters
   * (1nv3st → invest), pure numbers dropped, runs of single letters joined (i.n.v → inv), repeated letters
   * squeezed (innvvestigation → investigation).
   */
  static List<String> tokens(String lower) {
    List<String> out = new ArrayList<>();
    StringBuilder singles = new StringBuilder();
    int i = 0;
    int n = lower.length();
    while (i < n) {
      while (i < n && !isAlnum(lower.charAt(i))) {
        i++;
      }
      int start = i;
      boolean letter = false;
      while (i < n && isAlnum(lower.charAt(i))) {
        letter |= lower.charAt(i) >= 'a';
        i++;
      }
      if (start == i || !letter) {
        continue;
      }
      String token = squeeze(leet(lower.substring(start, i)));
      if (token.length() == 1) {
        singles.append(token);
        continue;
      }
      if (!singles.isEmpty()) {
        out.add(squeeze(singles.toString()));
        singles.setLength(0);
      }
      out.add(token);
    }
    if (!singles.isEmpty()) {
      out.add(squeeze(singles.toString()));
    }
    return out;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static String leet(String token) {
    StringBuilder b = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      b.append(switch (c) {
        case '0' -> 'o';
        case '1' -> 'i';
        case '3' -> 'e';
        case '4' -> 'a';
        case '5' -> 's';
        case '7' -> 't';
        case '8' -> 'b';
        case '9' -> 'g';
        case '2', '6' -> ' ';
        default -> c;
      });
    }
    return b.toString().replace(" ", "");
  }

  /** Squeezes runs of the same letter to one ("follow" → "folow"), on both sides of the comparison. */
  static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != prev) {
        b.append(c);
      }
      prev = c;
    }
    return b.toString();
  }

  private static Set<String> identifyingKinds(String lower, LocalDate today, boolean digits) {
    Set<String> kinds = new LinkedHashSet<>();
    if (((digits || any(lower, DOB_TRIGGERS)) && DOB_WORDS.find(lower)) || (digits && oldDate(lower, today))) {
      kinds.add("a date of birth or age");
    }
    if ((digits || any(lower, SSN_TRIGGERS)) && SSN.find(lower)) {
      kinds.add("a Social Security number");
    }
    if ((any(lower, CDC_TRIGGERS) && CDC_WORDS.find(lower)) || (digits && containsCdcNumber(lower))) {
      kinds.add("a CDC number");
    }
    if (digits && CII_NUMBER.find(lower)) {
      kinds.add("a CII number");
    }
    if (digits && FBI_NUMBER.find(lower)) {
      kinds.add("an FBI number");
    }
    if ((digits || any(lower, LICENCE_TRIGGERS)) && DRIVER_LICENCE.find(lower)) {
      kinds.add("a driver licence");
    }
    if (digits && PHONE.find(lower)) {
      kinds.add("a phone number");
    }
    if (digits && LONG_NUMBER.find(lower)) {
      kinds.add("an identifying number");
    }
    if (digits && ADDRESS.find(lower)) {
      kinds.add("a street address");
    }
    if ((any(lower, ALIAS_TRIGGERS) && ALIAS.find(lower)) || firstNamePair(lower)) {
      kinds.add("a first name or alias");
    }
    if ((digits || any(lower, PHYSICAL_TRIGGERS)) && PHYSICAL.find(lower)) {
      kinds.add("a physical description");
    }
    return kinds;
  }

  private static boolean oldDate(String lower, LocalDate today) {
    int limit = today.getYear() - BIRTH_DATE_MIN_AGE_YEARS;
    Matcher m = NUMERIC_DATE.matcher(lower);
    for (int at = NUMERIC_DATE.next(m, lower, 0); at >= 0; at = NUMERIC_DATE.next(m, lower, after(m))) {
      String y = m.group(3) != null ? m.group(3) : m.group(4);
      if (year(y, today) <= limit) {
        return true;
      }
    }
    Matcher named = NAMED_DATE.matcher(lower);
    for (int at = NAMED_DATE.next(named, lower, 0); at >= 0; at = NAMED_DATE.next(named, lower, after(named))) {
      String y = named.group(1) != null ? named.group(1) : named.group(2);
      if (Integer.parseInt(y) <= limit) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code find()} would resume after the match in {@code m} (one further after an empty match). */
  private static int after(Matcher m) {
    return m.end() == m.start() ? m.end() + 1 : m.end();
  }

  private static int year(String digits, LocalDate today) {
    int y = Integer.parseInt(digits);
    if (digits.length() == 4) {
      return y;
    }
    int century = today.getYear() / 100 * 100;
    return century + y <= today.getYear() ? century + y : century - 100 + y;
  }

  /** A first name from the list next to another name-like word ("john smith", "smith, john"). */
  private static boolean firstNamePair(String lower) {
    List<String> words = new ArrayList<>();
    List<Boolean> commaBefore = new ArrayList<>();
    int i = 0;
    int n = lower.length();
    boolean comma = false;
    while (i < n) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        int start = i;
        while (i < n && ((lower.charAt(i) >= 'a' && lower.charAt(i) <= 'z') || lower.charAt(i) == '\'')) {
          i++;
        }
        words.add(lower.substring(start, i));
        commaBefore.add(comma);
        comma = false;
      } else {
        if (c == ',') {
          comma = true;
        } else if (c != ' ') {
          comma = false;
          words.add("");
          commaBefore.add(false);
        }
        i++;
      }
    }
    for (int k = 0; k < words.size(); k++) {
      if (!FIRST_NAMES.contains(words.get(k))) {
        continue;
      }
      if (k + 1 < words.size() && !commaBefore.get(k + 1) && nameLike(words.get(k + 1))) {
        return true;
      }
      if (k > 0 && commaBefore.get(k) && nameLike(words.get(k - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameLike(String word) {
    return word.length() >= 2 && !COMMON_WORDS.contains(word) && !VAGUE.segmentable(squeeze(word));
  }
}
