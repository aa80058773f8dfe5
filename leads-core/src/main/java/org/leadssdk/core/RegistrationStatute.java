package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Codes;
import org.leadssdk.core.internal.Text;

/**
 * A registration requirement the Parole LEADS 2.0 overview reports as yes/no for each parolee.
 *
 * <p><b>Note:</b> the overview prints "3086.6"; the statute is PC 3058.6, and {@link #fromCode} accepts
 * the overview's spelling for it.
 */
public enum RegistrationStatute implements Coded {
  /** Health and Safety Code 11590: controlled-substance offender registration. */
  HS_11590("H&S 11590", "Narcotics offender registration (H&S 11590)"),
  /** Penal Code 290: sex offender registration. */
  PC_290("PC 290", "Sex offender registration (PC 290)"),
  /** Penal Code 457.1: arson offender registration. */
  PC_457_1("PC 457.1", "Arson offender registration (PC 457.1)"),
  /** Penal Code 3058.6: notification of the release of a violent felon. */
  PC_3058_6("PC 3058.6", "Violent offender release notification (PC 3058.6)");

  private static final Codes<RegistrationStatute> CODES = Codes.of("registration", RegistrationStatute.class);

  private final String code;
  private final String displayName;

  RegistrationStatute(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the statute for a code such as {@code "PC 290"}, {@code "H&S 11590"} or the overview's
   * {@code "PC 3086.6"} (case and spacing ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   * @throws NullPointerException if the code is null
   */
  @JsonCreator
  public static RegistrationStatute fromCode(String code) {
    Check.notNull("registration", code);
    String normal = Text.collapseSpaces(code.strip().toUpperCase(Locale.ROOT));
    if (normal.equals("PC 3086.6") || normal.equals("3086.6")) {
      return PC_3058_6;
    }
    return CODES.parse(normal);
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return displayName;
  }
}
