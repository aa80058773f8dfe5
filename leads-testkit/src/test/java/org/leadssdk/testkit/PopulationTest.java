package org.leadssdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.County;
import org.leadssdk.core.Offense;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Sex;
import org.leadssdk.core.SupervisionLevel;

/** Shares and rules over one population of 200,000 records (seed 2026), gathered in a single pass. */
class PopulationTest {
  private static final int N = 200_000;
  private static final LocalDate AS_OF = SyntheticParolees.DEFAULT_AS_OF;

  private static final Map<ParoleStatus, Integer> STATUS = new EnumMap<>(ParoleStatus.class);
  private static final Map<County, Integer> COUNTY = new EnumMap<>(County.class);
  private static int distinctCdc;
  private static int male;
  private static int dragons;
  private static int withMugshot;
  private static int transients;
  private static int preParoleOutside120Days;
  private static int dischargedWithinYear;
  private static int dischargedJustPastYear;
  private static int dischargedOther;
  private static int pc290NotHrso;
  private static int registrationWithoutOffense;
  private static int sexOffenseWithoutPc290;
  private static int eventsOutOfOrder;

  @BeforeAll
  static void generate() {
    Set<String> cdc = new HashSet<>(N * 2);
    SyntheticParolees gen = new SyntheticParolees(2026);
    for (int i = 0; i < N; i++) {
      Parolee p = gen.next();
      cdc.add(p.cdcNumber().value());
      STATUS.merge(p.status(), 1, Integer::sum);
      p.currentResidence().ifPresent(a -> {
        COUNTY.merge(a.county(), 1, Integer::sum);
        if (a.street().equals("TRANSIENT")) {
          transients++;
        }
      });
      if (p.description().sex() == Sex.MALE) {
        male++;
      }
      if (p.smts().stream().anyMatch(s -> s.code().kind().equals("TAT") && s.description() != null
          && s.description().toUpperCase(Locale.ROOT).contains("DRAGON"))) {
        dragons++;
      }
      if (p.photos().stream().anyMatch(ph -> ph.kind() == org.leadssdk.core.PhotoKind.MUGSHOT)) {
        withMugshot++;
      }
      checkDates(p);
      checkRegistrations(p);
    }
    distinctCdc = cdc.size();
  }

  private static void checkDates(Parolee p) {
    if (p.status() == ParoleStatus.PRE_PAROLE) {
      long days = ChronoUnit.DAYS.between(AS_OF, p.supervision().releaseDate());
      if (days < 1 || days > 120) {
        preParoleOutside120Days++;
      }
    }
    if (p.status() == ParoleStatus.DISCHARGED) {
      long ago = ChronoUnit.DAYS.between(p.supervision().dischargeDate(), AS_OF);
      if (ago >= 1 && ago <= 365) {
        dischargedWithinYear++;
      } else if (ago > 365 && ago <= 400) {
        dischargedJustPastYear++;
      } else {
        dischargedOther++;
      }
    }
    var events = p.supervision().events();
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).start().isBefore(events.get(i - 1).start())) {
        eventsOutOfOrder++;
      }
    }
  }

  private static void checkRegistrations(Parolee p) {
    boolean sexOffense = p.offenses().stream().map(Offense::codeSection).map(Object::toString)
        .anyMatch(s -> s.startsWith("PC 288") || s.startsWith("PC 261") || s.startsWith("PC 311")
            || s.startsWith("PC 290"));
    boolean pc290 = p.requiresRegistration(RegistrationStatute.PC_290);
    if (sexOffense != pc290) {
      sexOffenseWithoutPc290++;
    }
    if (pc290 && p.status() == ParoleStatus.ACTIVE
        && p.supervision().level() != SupervisionLevel.HIGH_RISK_SEX_OFFENDER) {
      pc290NotHrso++;
    }
    if (p.requiresRegistration(RegistrationStatute.PC_457_1)
        && p.offenses().stream().noneMatch(o -> o.codeSection().toString().startsWith("PC 451"))) {
      registrationWithoutOffense++;
    }
    if (p.requiresRegistration(RegistrationStatute.HS_11590)
        && p.offenses().stream().noneMatch(o -> o.codeSection().code().equals("HS"))) {
      registrationWithoutOffense++;
    }
  }

  @Test
  void cdcNumbersAreUniqueOver200000Records() {
    assertThat(distinctCdc).isEqualTo(N);
  }

  @Test
  void statusSharesFollowTheDefaultMix() {
    SyntheticParolees.defaultStatusMix().forEach((status, share) -> {
      double actual = STATUS.getOrDefault(status, 0) / (double) N;
      // Binomial standard error at 200,000 is below 0.11 percentage points; allow about 5 of them.
      assertThat(actual).as("share of %s", status).isCloseTo(share, within(Math.max(0.002, share * 0.05)));
    });
  }

  @Test
  void aboutNinetyPercentAreMale() {
    assertThat(male / (double) N).isCloseTo(0.90, within(0.005));
  }

  @Test
  void all58CountiesHaveResidentsIncludingAlpine() {
    assertThat(COUNTY.keySet()).containsExactlyInAnyOrder(County.values());
    assertThat(COUNTY.get(County.ALPINE)).isPositive();
    // Weighted by population: Los Angeles is the largest by far.
    int la = COUNTY.get(County.LOS_ANGELES);
    assertThat(COUNTY.values()).allMatch(c -> c <= la);
    assertThat(la / (double) N).isBetween(0.20, 0.30);
  }

  @Test
  void aboutOneToTwoPercentHaveADragonTattoo() {
    assertThat(dragons / (double) N).isBetween(0.01, 0.02);
  }

  @Test
  void mostHaveAMugshotAndFewAreTransient() {
    assertThat(withMugshot / (double) N).isCloseTo(0.92, within(0.01));
    assertThat(transients).isPositive();
    assertThat(transients / (double) N).isLessThan(0.05);
  }

  @Test
  void preParoleReleaseDatesLieWithinTheNext120Days() {
    assertThat(STATUS.get(ParoleStatus.PRE_PAROLE)).isPositive();
    assertThat(preParoleOutside120Days).isZero();
  }

  @Test
  void dischargeDatesLieWithinTheYearOrJustPastIt() {
    assertThat(dischargedOther).isZero();
    assertThat(dischargedWithinYear).isPositive();
    assertThat(dischargedJustPastYear).isPositive();
    assertThat(dischargedJustPastYear / (double) (dischargedWithinYear + dischargedJustPastYear))
        .isCloseTo(0.15, within(0.03));
  }

  @Test
  void registrationsFollowTheOffenses() {
    assertThat(sexOffenseWithoutPc290).isZero();
    assertThat(registrationWithoutOffense).isZero();
    assertThat(pc290NotHrso).isZero();
  }

  @Test
  void eventsAreOrderedOldestFirst() {
    assertThat(eventsOutOfOrder).isZero();
  }
}
