package org.leadssdk.search.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.leadssdk.core.internal.Mask;

/**
 * Full and partial plates: {@code 7ABC123}, {@code 7AB*}, {@code *C123}, {@code *BC12*},
 * {@code 7A?C123}. Each form uses an index made for it (plain, reversed, three-character substrings), so no
 * pattern scans the whole term dictionary; a contains pattern longer than three characters is checked on
 * the plates of the records all its substrings find ({@link PlateContainsQuery}).
 */
public final class PlatePatterns {
  private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9*?]+");
  private static final Pattern LITERAL = Pattern.compile("[A-Z0-9]+");
  /** The fewest known characters a pattern must have. */
  public static final int MIN_KNOWN = 3;
  /** The length of the substrings indexed for contains patterns. */
  private static final int GRAM = 3;

  private PlatePatterns() {}

  /** Upper case without spaces and hyphens. */
  public static String normalize(String pattern) {
    return pattern.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  /**
   * The query for a plate or pattern.
   *
   * @throws IllegalArgumentException if the pattern has other characters, fewer than 3 known characters,
   *     or unknown characters at both ends other than the {@code *ABC*} form
   */
  public static Query query(String raw) {
    String p = normalize(raw);
    if (!ALLOWED.matcher(p).matches()) {
      throw new IllegalArgumentException("plate: " + Mask.plain(raw)
          + " may hold only letters, digits, * (any characters) and ? (one character)");
    }
    long known = p.chars().filter(c -> c != '*' && c != '?').count();
    if (known < MIN_KNOWN) {
      throw new IllegalArgumentException("plate: " + Mask.plain(raw) + " needs at least " + MIN_KNOWN
          + " known characters, got " + known);
    }
    if (LITERAL.matcher(p).matches()) {
      return new TermQuery(new Term(Fields.PLATE, p));
    }
    boolean startsWild = p.charAt(0) == '*' || p.charAt(0) == '?';
    boolean endsWild = p.charAt(p.length() - 1) == '*' || p.charAt(p.length() - 1) == '?';
    String inner = p.substring(1, p.length() - 1);
    if (p.startsWith("*") && p.endsWith("*") && LITERAL.matcher(inner).matches()) {
      return contains(inner);
    }
    String head = p.substring(0, p.length() - 1);
    if (p.endsWith("*") && LITERAL.matcher(head).matches()) {
      return new PrefixQuery(new Term(Fields.PLATE, head));
    }
    String tail = p.substring(1);
    if (p.startsWith("*") && LITERAL.matcher(tail).matches()) {
      return new PrefixQuery(new Term(Fields.PLATE_REVERSED, reverse(tail)));
    }
    if (!startsWild) {
      return new WildcardQuery(new Term(Fields.PLATE, p));
    }
    if (!endsWild) {
      return new WildcardQuery(new Term(Fields.PLATE_REVERSED, reverse(p)));
    }
    throw new IllegalArgumentException("plate: " + Mask.plain(raw)
        + " has unknown characters at both ends; give the first or the last character, or use the *ABC* form");
  }

  /**
   * Plates containing {@code literal} (3+ characters): its three-character substrings, all of which such a
   * plate holds, and for a longer literal a check of the plates themselves on the candidates they leave.
   */
  private static Query contains(String literal) {
    if (literal.length() == GRAM) {
      return new TermQuery(new Term(Fields.PLATE_GRAM, literal));
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String gram : grams(literal)) {
      all.add(new TermQuery(new Term(Fields.PLATE_GRAM, gram)), BooleanClause.Occur.FILTER);
    }
    all.add(new PlateContainsQuery(literal), BooleanClause.Occur.FILTER);
    return new ConstantScoreQuery(all.build());
  }

  /** The distinct three-character substrings of a plate or literal (none if it is shorter). */
  public static Set<String> grams(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (int start = 0; start + GRAM <= s.length(); start++) {
      out.add(s.substring(start, start + GRAM));
    }
    return out;
  }

  /** Whether a plate matches the pattern (same rules as the query), for explaining a hit. */
  public static boolean matches(String plate, String pattern) {
    String p = normalize(pattern);
    StringBuilder regex = new StringBuilder();
    for (char c : p.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    if (p.startsWith("*") && p.endsWith("*")) {
      return plate.contains(p.substring(1, p.length() - 1)) || plate.matches(regex.toString());
    }
    return plate.matches(regex.toString());
  }

  private static String reverse(String s) {
    return new StringBuilder(s).reverse().toString();
  }
}
