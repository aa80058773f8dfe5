package org.leadssdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.internal.Chars;

/**
 * The character loops that check names, code sections and photo hashes against the regular expressions
 * they replace (kept here as the oracles): random strings over alphabets that mix the accepted classes
 * with their neighbours (digits, other punctuation, marks, letters of other scripts, supplementary
 * letters, lone surrogates, upper-case hex, Latin-1 and other non-ASCII digits), and mutations of valid
 * shapes.
 */
class ShapeLoopProperties {
  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'-]{0,39}");
  private static final Pattern SECTION = Pattern.compile("[0-9]{1,5}(\\.[0-9]{1,3})?(\\([a-z0-9]{1,3}\\)){0,4}");
  private static final Pattern LOWER_HEX = Pattern.compile("[0-9a-f]*");
  private static final String[] NAME_PIECES = {"A", "z", "É", "ñ", "Ж", "李", "\u0301", "\u20DD", "\u0903", " ", ".",
      "'", "-", "_", "1", ",", "\t", "\uD835\uDC00", "\uD800", "\uDC00", "ʰ", "Ⅸ", "@", "[", "`", "{"};
  private static final String SECTION_CHARS = "0123456789.()az(AZ ).";
  private static final String[] HEX_PIECES = {"g", "A", "F", "/", ":", "`", "G", "\u00e9", "\u0130", "\u0660", "\uff10",
      "\uD835\uDFCE", "\uD800", "\u0000", "\u0080", "\u00ff", "?"};
  private static final int SAMPLES = 500;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.core.ValidationProperties#seeds")
  void nameLoopAgreesWithThePattern(long seed) {
    agrees(seed, r -> {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(12);
      for (int k = 0; k < n; k++) {
        // Mostly letters, so that many strings are valid and the rare characters decide.
        b.append(r.nextInt(3) > 0 ? NAME_PIECES[r.nextInt(6)] : NAME_PIECES[r.nextInt(NAME_PIECES.length)]);
      }
      return b.toString();
    }, PersonName::nameShape, NAME);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.core.ValidationProperties#seeds")
  void sectionLoopAgreesWithThePattern(long seed) {
    agrees(seed, r -> {
      String s = r.nextBoolean() ? validSection(r) : randomOf(r, SECTION_CHARS, r.nextInt(14));
      if (r.nextInt(3) == 0 && !s.isEmpty()) {
        StringBuilder b = new StringBuilder(s);
        b.setCharAt(r.nextInt(b.length()), SECTION_CHARS.charAt(r.nextInt(SECTION_CHARS.length())));
        s = b.toString();
      }
      return s;
    }, CodeSection::sectionShape, SECTION);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.core.ValidationProperties#seeds")
  void lowerHexLoopAgreesWithThePattern(long seed) {
    agrees(seed, r -> {
      StringBuilder b = new StringBuilder(randomOf(r, "0123456789abcdef", r.nextInt(70)));
      if (r.nextBoolean() && b.length() > 0) {
        int at = r.nextInt(b.length());
        b.replace(at, at + 1, HEX_PIECES[r.nextInt(HEX_PIECES.length)]);
      }
      return b.toString();
    }, Chars::lowerHex, LOWER_HEX);
  }

  /** {@link #SAMPLES} strings drawn from the seed: the loop accepts exactly those the pattern matches. */
  private static void agrees(long seed, Function<SplittableRandom, String> draw, Predicate<String> loop,
      Pattern pattern) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < SAMPLES; i++) {
      String s = draw.apply(r);
      assertThat(loop.test(s)).as("seed %d: \"%s\"", seed, s).isEqualTo(pattern.matcher(s).matches());
    }
  }

  /** A section drawn near the pattern's bounds: 0-6 digits, maybe a decimal of 0-4, 0-5 subdivisions of 0-4. */
  private static String validSection(SplittableRandom r) {
    StringBuilder b = new StringBuilder(randomOf(r, "0123456789", r.nextInt(7)));
    if (r.nextBoolean()) {
      b.append('.').append(randomOf(r, "0123456789", r.nextInt(5)));
    }
    for (int parts = r.nextInt(6); parts > 0; parts--) {
      b.append('(').append(randomOf(r, "abcz0189", r.nextInt(5))).append(')');
    }
    return b.toString();
  }

  private static String randomOf(SplittableRandom r, String alphabet, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
