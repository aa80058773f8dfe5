package org.leadssdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation accepts exactly the documented ranges: random strings and numbers near each boundary (valid
 * shapes, then one character inserted, dropped or replaced) are checked against oracles written here
 * character by character, independently of the patterns in the types.
 */
class ValidationProperties {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abz -_.Ä9";
  private static final int SAMPLES = 200;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  // ---- oracles -------------------------------------------------------------------------------------------

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!digit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean cdcOracle(String s) {
    if (s.length() != 6 || !upper(s.charAt(0))) {
      return false;
    }
    int letters = upper(s.charAt(1)) ? 2 : 1;
    return allDigits(s, letters, 6);
  }

  static boolean zipOracle(String s) {
    return (s.length() == 5 && allDigits(s, 0, 5))
        || (s.length() == 10 && allDigits(s, 0, 5) && s.charAt(5) == '-' && allDigits(s, 6, 10));
  }

  static boolean phoneOracle(String s) {
    return s.length() == 10 && allDigits(s, 0, 10) && s.charAt(0) >= '2' && s.charAt(3) >= '2';
  }

  static boolean ssnOracle(String s) {
    if (s.length() != 9 || !allDigits(s, 0, 9)) {
      return false;
    }
    int area = Integer.parseInt(s.substring(0, 3));
    int group = Integer.parseInt(s.substring(3, 5));
    int serial = Integer.parseInt(s.substring(5));
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
  }

  static boolean ciiOracle(String s) {
    return (s.length() == 8 && allDigits(s, 0, 8)) || (s.length() == 9 && upper(s.charAt(0)) && allDigits(s, 1, 9));
  }

  static boolean fbiOracle(String s) {
    if (s.length() < 7 || s.length() > 9) {
      return false;
    }
    boolean hasDigit = false;
    for (char c : s.toCharArray()) {
      if (!upper(c) && !digit(c)) {
        return false;
      }
      hasDigit |= digit(c);
    }
    return hasDigit;
  }

  static boolean sha256Oracle(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if (!digit(c) && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  static boolean californiaLicenceOracle(String s) {
    return s.length() == 8 && upper(s.charAt(0)) && allDigits(s, 1, 8);
  }

  static boolean otherLicenceOracle(String s) {
    if (s.isEmpty() || s.length() > 20) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!upper(s.charAt(i)) && !digit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The parole unit code after the constructor strips it and upper-cases it. */
  static boolean paroleUnitOracle(String raw) {
    String s = raw.strip().toUpperCase(java.util.Locale.ROOT);
    if (s.length() < 2 || s.length() > 20 || !(upper(s.charAt(0)) || digit(s.charAt(0)))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!upper(c) && !digit(c) && c != ' ' && c != '-') {
        return false;
      }
    }
    return true;
  }

  static boolean plateOracle(String s) {
    if (s.isEmpty() || s.length() > 8) {
      return false;
    }
    for (char c : s.toCharArray()) {
      if (!upper(c) && !digit(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean smtOracle(String s) {
    if (s.length() > 10 || s.isEmpty() || s.startsWith(" ") || s.endsWith(" ")) {
      return false;
    }
    String[] words = s.split(" ", -1);
    if (words.length > 4 || words[0].length() < 2 || words[0].length() > 4) {
      return false;
    }
    for (char c : words[0].toCharArray()) {
      if (!upper(c)) {
        return false;
      }
    }
    for (int w = 1; w < words.length; w++) {
      if (words[w].isEmpty() || words[w].length() > 6) {
        return false;
      }
      for (char c : words[w].toCharArray()) {
        if (!upper(c) && !digit(c)) {
          return false;
        }
      }
    }
    return true;
  }

  // ---- generators ----------------------------------------------------------------------------------------

  private static char letter(SplittableRandom r) {
    return (char) ('A' + r.nextInt(26));
  }

  private static char digitChar(SplittableRandom r) {
    return (char) ('0' + r.nextInt(10));
  }

  private static String digits(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(digitChar(r));
    }
    return b.toString();
  }

  private static String mutate(SplittableRandom r, String s) {
    if (r.nextInt(3) == 0) {
      return s; // keep valid shapes frequent
    }
    StringBuilder b = new StringBuilder(s);
    char c = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
    int op = r.nextInt(3);
    if (op == 0 || b.isEmpty()) {
      b.insert(r.nextInt(b.length() + 1), c);
    } else if (op == 1) {
      b.deleteCharAt(r.nextInt(b.length()));
    } else {
      b.setCharAt(r.nextInt(b.length()), c);
    }
    return b.toString();
  }

  private static void agrees(long seed, String what, SplittableRandom r, Function<SplittableRandom, String> shape,
      Predicate<String> oracle, Consumer<String> construct) {
    for (int i = 0; i < SAMPLES; i++) {
      String s = mutate(r, shape.apply(r));
      boolean accepted;
      try {
        construct.accept(s);
        accepted = true;
      } catch (IllegalArgumentException e) {
        accepted = false;
        assertThat(e.getMessage()).as("seed %d, %s %s: message names the field", seed, what, s).isNotBlank();
      }
      assertThat(accepted).as("seed %d: %s accepts \"%s\"", seed, what, s).isEqualTo(oracle.test(s));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void identifiersAcceptExactlyTheirFormats(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    agrees(seed, "CdcNumber", r,
        g -> g.nextBoolean() ? "" + letter(g) + digits(g, 5) : "" + letter(g) + letter(g) + digits(g, 4),
        ValidationProperties::cdcOracle, CdcNumber::new);
    agrees(seed, "ZipCode", r, g -> g.nextBoolean() ? digits(g, 5) : digits(g, 5) + "-" + digits(g, 4),
        ValidationProperties::zipOracle, ZipCode::new);
    agrees(seed, "PhoneNumber", r, g -> (char) ('2' + g.nextInt(8)) + digits(g, 2) + (char) ('0' + g.nextInt(10))
        + digits(g, 6), ValidationProperties::phoneOracle, PhoneNumber::new);
    agrees(seed, "Ssn", r, g -> g.nextInt(4) == 0
            ? new String[] {"000", "666", "9" + digits(g, 2), digits(g, 3)}[g.nextInt(4)] + (g.nextBoolean() ? "00" : digits(g, 2))
                + (g.nextBoolean() ? "0000" : digits(g, 4))
            : digits(g, 9),
        ValidationProperties::ssnOracle, Ssn::new);
    agrees(seed, "CiiNumber", r, g -> (g.nextBoolean() ? "" + letter(g) : "") + digits(g, 8),
        ValidationProperties::ciiOracle, CiiNumber::new);
    agrees(seed, "FbiNumber", r, g -> {
          StringBuilder b = new StringBuilder();
          int n = 6 + g.nextInt(5);
          for (int i = 0; i < n; i++) {
            b.append(g.nextInt(3) == 0 ? letter(g) : digitChar(g));
          }
          return g.nextInt(8) == 0 ? "ABCDEFGH".substring(0, 7 + g.nextInt(2)) : b.toString();
        },
        ValidationProperties::fbiOracle, FbiNumber::new);
    agrees(seed, "Plate", r, g -> {
          StringBuilder b = new StringBuilder();
          int n = 1 + g.nextInt(9);
          for (int i = 0; i < n; i++) {
            b.append(g.nextBoolean() ? letter(g) : digitChar(g));
          }
          return b.toString();
        },
        ValidationProperties::plateOracle, s -> new Plate(s, UsState.CA));
    agrees(seed, "SmtCode", r, g -> {
          StringBuilder b = new StringBuilder();
          int kind = 2 + g.nextInt(3);
          for (int i = 0; i < kind; i++) {
            b.append(letter(g));
          }
          int words = g.nextInt(4);
          for (int w = 0; w < words; w++) {
            b.append(' ');
            int n = 1 + g.nextInt(3);
            for (int i = 0; i < n; i++) {
              b.append(g.nextBoolean() ? letter(g) : digitChar(g));
            }
          }
          return b.toString();
        },
        ValidationProperties::smtOracle, SmtCode::new);
    agrees(seed, "Photo.sha256", r, g -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < 64; i++) {
            b.append("0123456789abcdef".charAt(g.nextInt(16)));
          }
          return b.toString();
        },
        ValidationProperties::sha256Oracle,
        s -> new Photo(PhotoKind.MUGSHOT, java.net.URI.create("photo://synthetic/1.jpg"), s, null, null));
    agrees(seed, "DriverLicence (CA)", r, g -> "" + letter(g) + digits(g, 7),
        ValidationProperties::californiaLicenceOracle, s -> new DriverLicence(s, UsState.CA));
    agrees(seed, "DriverLicence (NV)", r, g -> {
          StringBuilder b = new StringBuilder();
          int n = 1 + g.nextInt(21);
          for (int i = 0; i < n; i++) {
            b.append(g.nextBoolean() ? letter(g) : digitChar(g));
          }
          return b.toString();
        },
        ValidationProperties::otherLicenceOracle, s -> new DriverLicence(s, UsState.NV));
    agrees(seed, "ParoleUnit", r, g -> {
          StringBuilder b = new StringBuilder();
          int n = 1 + g.nextInt(21);
          for (int i = 0; i < n; i++) {
            int k = g.nextInt(8);
            b.append(k < 3 ? letter(g) : k < 6 ? digitChar(g) : k == 6 ? ' ' : '-');
          }
          return g.nextInt(6) == 0 ? " " + b.toString().toLowerCase(java.util.Locale.ROOT) + " " : b.toString();
        },
        ValidationProperties::paroleUnitOracle, s -> new ParoleUnit(s, null));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void numbersAcceptExactlyTheirRanges(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate dob = LocalDate.of(1990, 1, 1);
    for (int i = 0; i < SAMPLES; i++) {
      int height = r.nextInt(20, 111);
      int weight = r.nextInt(30, 721);
      int year = r.nextInt(1880, 2121);
      boolean descriptionOk = height >= 36 && height <= 96 && weight >= 50 && weight <= 700;
      boolean descriptionAccepted;
      try {
        new PhysicalDescription(dob, Sex.FEMALE, Race.UNKNOWN, null, height, weight, HairColor.UNKNOWN,
            EyeColor.UNKNOWN, null, null);
        descriptionAccepted = true;
      } catch (IllegalArgumentException e) {
        descriptionAccepted = false;
        assertThat(e.getMessage()).as("seed %d", seed)
            .containsAnyOf("description.heightInches", "description.weightPounds");
      }
      assertThat(descriptionAccepted).as("seed %d: height %d, weight %d", seed, height, weight).isEqualTo(descriptionOk);
      boolean yearAccepted;
      try {
        new Vehicle(Plate.of("7ABC123", UsState.CA), null, null, year, null, null);
        yearAccepted = true;
      } catch (IllegalArgumentException e) {
        yearAccepted = false;
        assertThat(e.getMessage()).as("seed %d", seed).startsWith("vehicle.year");
      }
      assertThat(yearAccepted).as("seed %d: year %d", seed, year).isEqualTo(year >= 1900 && year <= 2100);
    }
  }
}
