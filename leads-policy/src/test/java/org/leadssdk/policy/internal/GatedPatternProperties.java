package org.leadssdk.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties: every gated content pattern of the DOM 53060.7 purpose check finds exactly the
 * matches (start, end and groups, in order) that a plain {@code Matcher.find()} finds, the brute-force
 * oracle, on text built from the patterns' own keywords, numbers, punctuation and non-ASCII characters.
 */
class GatedPatternProperties {
  private static final String[] PIECES = {
      "prior", "priors", "to", "convicted", "rap", "sheet", "record", "of", "history", "criminal", "arrest",
      "previously", "arrested", "ex", "con", "felon", "three", "two", "third", "second", "strike", "striker", "sex",
      "offender", "registrant", "served", "time", "years", "months", "on", "parole", "for", "paroled", "booked",
      "charged", "with", "sentenced", "pled", "plead", "pleaded", "guilty", "incarcerated", "p", "c", "pc", "penal",
      "code", "h", "s", "hs", "health", "and", "safety", "v", "vc", "vehicle", "w", "i", "wic", "welfare", "welf",
      "inst", "institutions", "b", "section", "sec", "clets", "dmv", "ncic", "nlets", "cii", "cjis", "oln",
      "soundex", "registered", "owner", "r/o", "wanted", "person", "system", "swp", "plate", "registration",
      "query", "computer", "teletype", "return", "returns", "show", "showed", "indicated", "dob", "d.o.b", "date",
      "birth", "born", "bday", "b-day", "age", "yo", "y/o", "yrs", "old", "year", "years-old", "jan", "january",
      "sept", "dec", "st", "nd", "th", "ssn", "social", "security", "ss", "soc", "cdc", "cdcr", "cdc-r", "no",
      "num", "number", "fbi", "ucn", "dl", "cdl", "odl", "c.d.l", "driver", "drivers", "driver's", "licence",
      "license", "lic", "phone", "cell", "tel", "telephone", "ph", "street", "ave", "blvd", "rd", "way", "apt",
      "suite", "ste", "po", "p.o.", "box", "address", "resides", "lives", "at", "aka", "a.k.a", "alias", "moniker",
      "nick", "name", "goes", "by", "first", "middle", "tattoo", "tattooed", "height", "weight", "lbs", "pounds",
      "john", "smith", "k", "dapo", "x", "ab", "1", "2", "3", "12", "19", "211", "555", "1980", "01", "2025",
      "1234", "12345", "1234567", "12345678", "123456789", "2135551234", "12345678901", "3.5", "5'11",
      "a1234567", "b12345678", "ab1234", "é", "ж", "ß", "_", "§", "§§", "(", ")", "-", "/", ".", ",", ":", "#",
      "&", "'"};
  private static final String[] GLUE = {" ", " ", " ", "", "  ", "\t", "-", "/", ".", ",", ", ", "_", "'"};

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  static Map<String, GatedPattern> patterns() throws IllegalAccessException {
    Map<String, GatedPattern> out = new LinkedHashMap<>();
    for (Field f : PurposeAnalyzer.class.getDeclaredFields()) {
      if (f.getType() == GatedPattern.class && Modifier.isStatic(f.getModifiers())) {
        out.put(f.getName(), (GatedPattern) f.get(null));
      }
    }
    return out;
  }

  @Test
  void coversEveryContentPatternOfThePurposeCheck() throws IllegalAccessException {
    assertThat(patterns()).containsKeys("CRIMINAL_WORDS", "CODE_SECTION", "CLETS", "DOB_WORDS", "NUMERIC_DATE",
        "NAMED_DATE", "SSN", "CDC_WORDS", "CII_NUMBER", "FBI_NUMBER", "DRIVER_LICENCE", "PHONE", "LONG_NUMBER",
        "ADDRESS", "ALIAS", "PHYSICAL", "CDC_SHAPE");
  }

  @ParameterizedTest(name = "DOM 53060.7 purpose content patterns, seed {0}")
  @MethodSource("seeds")
  void gatedSearchFindsTheSameMatchesAsPlainFind(long seed) throws IllegalAccessException {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 20; round++) {
      String text = text(random);
      for (Map.Entry<String, GatedPattern> e : patterns().entrySet()) {
        GatedPattern gated = e.getValue();
        List<String> expected = new ArrayList<>();
        Matcher plain = gated.pattern().matcher(text);
        while (plain.find()) {
          expected.add(describe(plain));
        }
        List<String> actual = new ArrayList<>();
        Matcher m = gated.matcher(text);
        for (int at = gated.next(m, text, 0); at >= 0; at = gated.next(m, text, m.end() > m.start() ? m.end() : m.end() + 1)) {
          actual.add(describe(m));
        }
        assertThat(actual).as("seed %d, pattern %s, text \"%s\"", seed, e.getKey(), text).isEqualTo(expected);
        assertThat(gated.find(text)).as("seed %d, pattern %s, text \"%s\"", seed, e.getKey(), text)
            .isEqualTo(!expected.isEmpty());
      }
    }
  }

  private static String text(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    int words = 1 + random.nextInt(14);
    for (int i = 0; i < words; i++) {
      if (i > 0 || random.nextInt(4) == 0) {
        b.append(GLUE[random.nextInt(GLUE.length)]);
      }
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private static String describe(Matcher m) {
    StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      b.append('|').append(m.group(g));
    }
    return b.toString();
  }
}
