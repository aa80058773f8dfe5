package org.leadssdk.policy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leadssdk.core.UsState;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A law enforcement agency, identified by its ORI, with the dates its agreements were received on file.
 * Immutable.
 *
 * @param ori the NCIC Originating Agency Identifier: two-letter state code then seven letters or digits,
 *     e.g. {@code CA0340000}; stored upper case
 * @param name the agency's name
 * @param agreements the date each agreement was received; an agreement not in the map is not on file
 */
public record Agency(String ori, String name, Map<AgreementType, LocalDate> agreements) {
  private static final Pattern ORI = Pattern.compile("[A-Z]{2}[A-Z0-9]{7}");

  /**
   * Validates the agency.
   *
   * @throws IllegalArgumentException if the ORI is not a state code and seven letters or digits, or the
   *     name is blank
   * @throws NullPointerException if a part, a key or a date is null
   */
  public Agency {
    ori = checkOri(ori);
    name = Check.text("agency.name", name, 120);
    Check.notNull("agency.agreements", agreements);
    EnumMap<AgreementType, LocalDate> copy = new EnumMap<>(AgreementType.class);
    for (Map.Entry<AgreementType, LocalDate> e : agreements.entrySet()) {
      copy.put(Check.notNull("agency.agreements key", e.getKey()),
          Check.notNull("agency.agreements[" + e.getKey() + "]", e.getValue()));
    }
    agreements = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Normalizes (upper case, outer spaces removed) and checks an ORI.
   *
   * @throws IllegalArgumentException if it is not a known two-letter state code and seven letters or
   *     digits
   */
  public static String checkOri(String ori) {
    Check.notNull("agency.ori", ori);
    String s = ori.strip().toUpperCase(java.util.Locale.ROOT);
    if (!ORI.matcher(s).matches()) {
      throw new IllegalArgumentException("agency.ori: " + Mask.plain(ori)
          + " must be a two-letter state code then 7 letters or digits, 9 characters (e.g. CA0340000)");
    }
    try {
      UsState.fromCode(s.substring(0, 2));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("agency.ori: " + Mask.plain(ori) + " does not start with a state code", e);
    }
    return s;
  }

  /** An agency with every agreement received on {@code date}. */
  public static Agency withAllAgreements(String ori, String name, LocalDate date) {
    EnumMap<AgreementType, LocalDate> all = new EnumMap<>(AgreementType.class);
    for (AgreementType t : AgreementType.values()) {
      all.put(t, date);
    }
    return new Agency(ori, name, all);
  }

  /** The date the agreement was received, if it is on file. */
  public Optional<LocalDate> agreement(AgreementType type) {
    return Optional.ofNullable(agreements.get(Check.notNull("type", type)));
  }

  /** A copy without the agreement (for tests of the rule and for revocations). */
  public Agency withoutAgreement(AgreementType type) {
    EnumMap<AgreementType, LocalDate> copy = new EnumMap<>(AgreementType.class);
    copy.putAll(agreements);
    copy.remove(Check.notNull("type", type));
    return new Agency(ori, name, copy);
  }
}
