package org.leadssdk.testkit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A list of names with weights, sampled in proportion to the weights. Loaded from the bundled frequency
 * tables (see the NOTICE beside them); immutable and thread-safe.
 */
public final class NameTable {
  private static final String DATA = "/org/leadssdk/testkit/data/";

  private static final class Holder {
    static final NameTable MALE = firstNames("M");
    static final NameTable FEMALE = firstNames("F");
    static final NameTable SURNAMES = loadSurnames();
  }

  private final String[] names;
  private final AliasTable table;

  private NameTable(List<String> names, List<Double> weights) {
    this.names = names.toArray(String[]::new);
    double[] w = new double[weights.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.get(i);
    }
    this.table = new AliasTable(w);
  }

  /** Male first names of the SSA table, weighted by count. */
  public static NameTable maleFirstNames() {
    return Holder.MALE;
  }

  /** Female first names of the SSA table, weighted by count. */
  public static NameTable femaleFirstNames() {
    return Holder.FEMALE;
  }

  /** The Census 2000 top 1,000 surnames, weighted by frequency. */
  public static NameTable surnames() {
    return Holder.SURNAMES;
  }

  /** A name, upper case, drawn in proportion to its weight. */
  public String sample(SplittableRandom random) {
    return names[table.sample(random)];
  }

  private static NameTable firstNames(String sex) {
    List<String> names = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    // name,sex,count,share,rank
    for (String[] row : rows("first-names.csv", 5)) {
      if (row[1].equals(sex)) {
        names.add(row[0].toUpperCase(Locale.ROOT));
        weights.add(Double.parseDouble(row[2]));
      }
    }
    return new NameTable(names, weights);
  }

  private static NameTable loadSurnames() {
    List<String> names = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    // name,rank,weight
    for (String[] row : rows("surnames.csv", 3)) {
      names.add(row[0].toUpperCase(Locale.ROOT));
      weights.add(Double.parseDouble(row[2]));
    }
    return new NameTable(names, weights);
  }

  private static List<String[]> rows(String file, int columns) {
    try (InputStream in = NameTable.class.getResourceAsStream(DATA + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled data " + DATA + file + " is missing from the leads-testkit jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String header = reader.readLine();
      if (header == null) {
        throw new IllegalStateException("bundled data " + DATA + file + " is empty");
      }
      int lineNumber = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] row = line.split(",", -1);
        if (row.length != columns) {
          throw new IllegalStateException("bundled data " + DATA + file + " line " + lineNumber + " has "
              + row.length + " columns, expected " + columns);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data " + DATA + file, e);
    }
  }
}
