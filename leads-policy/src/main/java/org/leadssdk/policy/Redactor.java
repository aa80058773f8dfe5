package org.leadssdk.policy;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.internal.Check;

/**
 * Applies a {@link RedactionProfile}: to records ({@link #redact}), which exports and displays then
 * write, and to free text such as messages and e-mails ({@link #redactText}), so that a hidden field does
 * not leak through any of them. Immutable and thread-safe.
 *
 * <pre>{@code
 * Redactor redactor = Redactor.create(RedactionProfile.defaults());
 * Parolee shown = redactor.redact(parolee, user.roles());
 * }</pre>
 */
public final class Redactor {
  /** What a hidden value is replaced with in text. */
  public static final String MARK = "[REDACTED]";

  private static final Pattern SSN_TEXT = Pattern.compile("(?<![0-9])[0-9]{3}[- ]?[0-9]{2}[- ]?[0-9]{4}(?![0-9])");
  private static final Pattern CA_DL_TEXT = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z][0-9]{7}(?![A-Za-z0-9])");
  private static final Pattern CII_TEXT = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]?[0-9]{8}(?![A-Za-z0-9])");

  private final RedactionProfile profile;

  private Redactor(RedactionProfile profile) {
    this.profile = Check.notNull("profile", profile);
  }

  /** A redactor applying {@code profile}. */
  public static Redactor create(RedactionProfile profile) {
    return new Redactor(profile);
  }

  /** The profile applied. */
  public RedactionProfile profile() {
    return profile;
  }

  /**
   * A copy of the record without the fields hidden from these roles (identifiers set to absent, photos
   * removed); the record itself when nothing is hidden.
   */
  public Parolee redact(Parolee parolee, Collection<Role> roles) {
    Check.notNull("parolee", parolee);
    Set<SensitiveField> hidden = profile.hiddenFrom(roles);
    if (hidden.isEmpty()) {
      return parolee;
    }
    Identifiers ids = parolee.identifiers();
    Identifiers kept = new Identifiers(
        hidden.contains(SensitiveField.CII_NUMBER) ? null : ids.cii(),
        hidden.contains(SensitiveField.FBI_NUMBER) ? null : ids.fbi(),
        hidden.contains(SensitiveField.SSN) ? null : ids.ssn(),
        hidden.contains(SensitiveField.DRIVER_LICENCE) ? null : ids.driverLicence());
    boolean photos = hidden.contains(SensitiveField.PHOTOS) && !parolee.photos().isEmpty();
    if (kept.equals(ids) && !photos) {
      return parolee;
    }
    Parolee shown = kept.equals(ids) ? parolee : parolee.withIdentifiers(kept);
    return photos ? shown.withPhotos(List.of()) : shown;
  }

  /**
   * Text with the values of fields hidden from these roles replaced by {@link #MARK}: SSN-shaped numbers
   * (nine digits, with or without hyphens), California driver licence shapes (a letter and seven digits)
   * and CII shapes (eight digits, with an optional letter). Other text is kept.
   *
   * <p><b>Note:</b> text is recognised by the shape of the numbers, so another number of the same shape is
   * masked too; FBI numbers have no distinctive shape and are not recognised in free text.
   */
  public String redactText(String text, Collection<Role> roles) {
    Check.notNull("text", text);
    Set<SensitiveField> hidden = profile.hiddenFrom(roles);
    String out = text;
    if (hidden.contains(SensitiveField.SSN)) {
      out = replace(SSN_TEXT, out);
    }
    if (hidden.contains(SensitiveField.DRIVER_LICENCE)) {
      out = replace(CA_DL_TEXT, out);
    }
    if (hidden.contains(SensitiveField.CII_NUMBER)) {
      out = replace(CII_TEXT, out);
    }
    return out;
  }

  /**
   * Text with SSN-shaped numbers masked whatever the roles: for records kept longer than a display, such
   * as the purposes stored in the audit trail.
   */
  public static String maskSsnShapes(String text) {
    Check.notNull("text", text);
    return replace(SSN_TEXT, text);
  }

  private static String replace(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.replaceAll(MARK) : text;
  }
}
