package org.leadssdk.policy;

/**
 * A field of the parolee record that a {@link RedactionProfile} may hide from a role.
 *
 * <p>Hidden by default ({@link RedactionProfile#defaults()}): {@link #SSN} and {@link #DRIVER_LICENCE}, the
 * identifiers usable for identity theft beyond law enforcement. Shown by default: CII and FBI numbers
 * (law enforcement identifiers the overview lists in PRCS records), photos (the point of LEADS: "Photos of
 * parolees ... are available"), names, dates of birth and addresses.
 */
public enum SensitiveField {
  /** The Social Security number. */
  SSN,
  /** The driver licence. */
  DRIVER_LICENCE,
  /** The CII number. */
  CII_NUMBER,
  /** The FBI number. */
  FBI_NUMBER,
  /** Photo references (mugshots, SMT, full body). */
  PHOTOS
}
