package org.leadssdk.search.lineup;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * A line-up package on its way to a partner agency: the witness package's zip bytes, its file name and
 * SHA-256, the line-up's id and case number, and the recipient in the sender's terms (an e-mail address for
 * a mail sender). It holds no key. Immutable: the bytes are copied in and out.
 */
public final class LineupParcel {
  private final String lineupId;
  private final @Nullable String caseNumber;
  private final String recipient;
  private final String fileName;
  private final byte[] zip;
  private final String sha256;

  /**
   * A parcel.
   *
   * @param lineupId the line-up's id
   * @param caseNumber the case number; {@code null} when none
   * @param recipient where to send it, at most 254 characters
   * @param fileName the attachment's file name, ending in {@code .zip}
   * @param zip the witness package
   * @throws IllegalArgumentException if a text is blank or too long, or the file name does not end in .zip
   */
  public LineupParcel(String lineupId, @Nullable String caseNumber, String recipient, String fileName, byte[] zip) {
    this.lineupId = Check.text("parcel.lineupId", lineupId, 64);
    this.caseNumber = Check.optionalText("parcel.caseNumber", caseNumber, 64);
    this.recipient = Check.text("parcel.recipient", recipient, 254);
    this.fileName = Check.text("parcel.fileName", fileName, 100);
    Check.argument(fileName.endsWith(".zip") && fileName.matches("[A-Za-z0-9._-]+"),
        () -> "parcel.fileName: " + fileName + " must end in .zip and hold only letters, digits, '.', '_', '-'");
    this.zip = Check.notNull("parcel.zip", zip).clone();
    this.sha256 = LineupPackage.sha256(this.zip);
  }

  /** The line-up's id. */
  public String lineupId() {
    return lineupId;
  }

  /** The case number; {@code null} when none. */
  public @Nullable String caseNumber() {
    return caseNumber;
  }

  /** Where to send it. */
  public String recipient() {
    return recipient;
  }

  /** The attachment's file name. */
  public String fileName() {
    return fileName;
  }

  /** A copy of the package's bytes. */
  public byte[] zip() {
    return zip.clone();
  }

  /** The SHA-256 of the package's bytes, lower-case hex. */
  public String sha256() {
    return sha256;
  }

  /** Equal when all parts and the bytes are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LineupParcel p && p.lineupId.equals(lineupId) && java.util.Objects.equals(p.caseNumber,
        caseNumber) && p.recipient.equals(recipient) && p.fileName.equals(fileName) && Arrays.equals(p.zip, zip);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(lineupId, caseNumber, recipient, fileName, sha256);
  }

  /** Short: id, file, size and hash; no recipient. */
  @Override
  public String toString() {
    return "LineupParcel[" + lineupId + ", " + fileName + ", " + zip.length + " bytes, sha256 "
        + sha256 + "]";
  }
}
