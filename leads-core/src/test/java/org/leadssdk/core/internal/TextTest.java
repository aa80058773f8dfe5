package org.leadssdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The character loops of {@link Text} against the regular expressions they replace, as the oracle. */
class TextTest {
  // regex whitespace, the removed punctuation, Unicode spaces that \s does not match, and ordinary text
  private static final String ALPHABET =
      " \t\n\u000B\f\r-().+&aZ09\u00A0\u2003\u0085\u1680\u3000\u00DF\u00E9";

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static String randomText(SplittableRandom random) {
    int length = random.nextInt(12);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void removeSpacesAndMatchesTheRegularExpression(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 50; i++) {
      String s = randomText(random);
      assertThat(Text.removeSpacesAnd(s, "-")).as("seed %d text [%s]", seed, s).isEqualTo(s.replaceAll("[\\s-]", ""));
      assertThat(Text.removeSpacesAnd(s, "().+-")).as("seed %d text [%s]", seed, s)
          .isEqualTo(s.replaceAll("[\\s().+-]", ""));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void collapseSpacesMatchesTheRegularExpression(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 50; i++) {
      String s = randomText(random);
      assertThat(Text.collapseSpaces(s)).as("seed %d text [%s]", seed, s).isEqualTo(s.replaceAll("\\s+", " "));
    }
  }

  @Test
  void returnsTheTextItselfWhenNothingChanges() {
    String plate = "7ABC123";
    String smt = "TAT L ARM";
    assertThat(Text.removeSpacesAnd(plate, "-")).isSameAs(plate);
    assertThat(Text.collapseSpaces(smt)).isSameAs(smt);
  }

  @Test
  void keepsUnicodeSpacesThatTheRegexClassDoesNotMatch() {
    assertThat(Text.removeSpacesAnd("A\u00A0B C-D", "-")).isEqualTo("A\u00A0BCD");
    assertThat(Text.collapseSpaces("TAT\u2003\u2003L \t ARM")).isEqualTo("TAT\u2003\u2003L ARM");
  }
}
