package org.leadssdk.search.lineup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.internal.Check;
import org.leadssdk.search.internal.KeepOpenOutputStream;
import org.leadssdk.core.json.LeadsJson;

/**
 * Writes a line-up for a partner agency: the <em>witness package</em>, a zip that the administrator shows
 * from, and the <em>key</em>, written on its own for the investigator. Stateless and thread-safe.
 *
 * <p>The witness package holds, in this order:
 *
 * <ul>
 *   <li>{@code manifest.json}: format and version, the line-up id, when it was built, the case number and
 *       the preparing agency's ORI, and for each position its number, photo file and the photo's SHA-256;
 *   <li>{@code instructions.txt}: how to administer it blind under PC 859.7, the instructions to read to
 *       the eyewitness, and a form with a place for the eyewitness' confidence statement in the
 *       eyewitness' own words;
 *   <li>{@code photos/position-N.jpg} (or {@code .png}, {@code .gif}, {@code .webp}, as the bytes are): the
 *       photos from the host's {@link PhotoStore}, each checked against the SHA-256 the line-up recorded.
 * </ul>
 *
 * <p>It holds no key, no CDC number, no name, no description, no spread, and no criminal history or status
 * (PC 859.7(a)(6)); photo files are named by position only. Before writing, the manifest and instructions
 * are checked to contain none of the line-up's CDC numbers (a case number typed with one is refused).
 * Entries carry the line-up's creation time, so the same line-up and photos give the same bytes.
 *
 * <p><b>Note:</b> photo bytes are copied as the store gives them; if image metadata (EXIF) in the store may
 * name the person shown, the store must strip it.
 *
 * <pre>{@code
 * byte[] zip = LineupPackage.witnessPackage(lineup, photoStore);        // to the partner agency
 * try (OutputStream key = Files.newOutputStream(caseFolder.resolve("lineup-key.json"))) {
 *   LineupPackage.writeKey(lineup, key);                                // kept by the investigator
 * }
 * }</pre>
 */
public final class LineupPackage {
  /** The format name in {@code manifest.json}. */
  public static final String FORMAT = "leads-photo-lineup";

  /** The manifest's version. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = LeadsJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LineupPackage() {}

  /**
   * The witness package as bytes.
   *
   * @throws PhotoIntegrityException if a photo's bytes do not have the recorded SHA-256
   * @throws IllegalArgumentException if a photo is not JPEG, PNG, GIF or WebP, or the case number holds one
   *     of the line-up's CDC numbers
   */
  public static byte[] witnessPackage(Lineup lineup, PhotoStore photos) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeWitnessPackage(lineup, photos, out);
    return out.toByteArray();
  }

  /**
   * Writes the witness package to {@code out}; flushed, not closed (it belongs to the caller). All photos
   * are read and checked before the first byte is written.
   *
   * @throws PhotoIntegrityException if a photo's bytes do not have the recorded SHA-256 (nothing written)
   * @throws IllegalArgumentException if a photo is not JPEG, PNG, GIF or WebP, or the case number holds one
   *     of the line-up's CDC numbers (nothing written)
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeWitnessPackage(Lineup lineup, PhotoStore photos, OutputStream out) {
    Check.notNull("lineup", lineup);
    Check.notNull("photos", photos);
    Check.notNull("out", out);
    List<byte[]> images = new ArrayList<>(lineup.positions().size());
    List<String> files = new ArrayList<>(lineup.positions().size());
    for (LineupPosition p : lineup.positions()) {
      byte[] bytes = Check.notNull("photo bytes of position " + p.number(), photos.read(p.photo()));
      String actual = sha256(bytes);
      if (!actual.equals(p.sha256())) {
        throw new PhotoIntegrityException(p.number(), p.photo(), p.sha256(), actual);
      }
      images.add(bytes);
      files.add("photos/position-" + p.number() + "." + extension(p.number(), bytes));
    }
    byte[] manifest = manifest(lineup, files).getBytes(StandardCharsets.UTF_8);
    byte[] instructions = instructions(lineup).getBytes(StandardCharsets.UTF_8);
    refuseCdcNumbers(lineup, new String(manifest, StandardCharsets.UTF_8) + "\n"
        + new String(instructions, StandardCharsets.UTF_8));
    LocalDateTime stamp = LocalDateTime.ofInstant(lineup.createdAt(), ZoneOffset.UTC);
    try {
      ZipOutputStream zip = new ZipOutputStream(new KeepOpenOutputStream(out), StandardCharsets.UTF_8);
      entry(zip, "manifest.json", manifest, stamp);
      entry(zip, "instructions.txt", instructions, stamp);
      for (int i = 0; i < images.size(); i++) {
        entry(zip, files.get(i), images.get(i), stamp);
      }
      zip.finish();
      zip.close();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the line-up package", e);
    }
  }

  /**
   * Writes the key as JSON: the line-up id, case number, the subject's position, the CDC number at each
   * position, the description used and the spread. For the investigator and the case file; never for the
   * eyewitness nor the blind administrator (PC 859.7(a)(2), (c)). Flushed, not closed.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeKey(Lineup lineup, OutputStream out) {
    Check.notNull("lineup", lineup);
    Check.notNull("out", out);
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT + "-key");
    root.put("version", VERSION);
    root.put("lineupId", lineup.id());
    root.put("createdAt", lineup.createdAt().toString());
    root.put("caseNumber", lineup.caseNumber());
    root.set("key", JSON.valueToTree(lineup.key()));
    root.set("description", JSON.valueToTree(lineup.description()));
    root.set("spec", JSON.valueToTree(lineup.spec()));
    root.set("spread", JSON.valueToTree(lineup.spread()));
    try {
      out.write(JSON.writeValueAsBytes(root));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the line-up key", e);
    }
  }

  /** The witness package's {@code manifest.json}. */
  static String manifest(Lineup lineup, List<String> files) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("lineupId", lineup.id());
    root.put("createdAt", lineup.createdAt().toString());
    if (lineup.caseNumber() != null) {
      root.put("caseNumber", lineup.caseNumber());
    }
    root.put("preparedByAgencyOri", lineup.agencyOri());
    root.put("instructions", "instructions.txt");
    ArrayNode positions = root.putArray("positions");
    for (int i = 0; i < lineup.positions().size(); i++) {
      LineupPosition p = lineup.positions().get(i);
      ObjectNode n = positions.addObject();
      n.put("position", p.number());
      n.put("file", files.get(i));
      n.put("sha256", p.sha256());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the package manifest", e);
    }
  }

  /**
   * The witness package's {@code instructions.txt}: blind administration and the instructions and record
   * PC 859.7(a) requires, with a place for the confidence statement.
   */
  public static String instructions(Lineup lineup) {
    Check.notNull("lineup", lineup);
    int n = lineup.positions().size();
    String nl = "\r\n";
    StringBuilder b = new StringBuilder();
    b.append("PHOTO LINE-UP - INSTRUCTIONS FOR BLIND ADMINISTRATION (California Penal Code 859.7)").append(nl)
        .append("Line-up ").append(lineup.id()).append(", ").append(n).append(" photos, prepared ")
        .append(lineup.createdAt()).append(" by agency ").append(lineup.agencyOri());
    if (lineup.caseNumber() != null) {
      b.append(", case ").append(lineup.caseNumber());
    }
    b.append(nl).append(nl);
    b.append("This package holds photos only, numbered by position. It does not say which photo, if any, shows")
        .append(nl).append("the person suspected, and it holds no arrest or criminal history information")
        .append(nl).append("(PC 859.7(a)(6)). The key is kept by the investigator and is not part of this package.")
        .append(nl).append(nl);
    b.append("BEFORE THE PROCEDURE").append(nl)
        .append("1. Obtain the eyewitness' description of the perpetrator before the procedure, as close in time")
        .append(nl).append("   to the incident as possible, if not already recorded (PC 859.7(a)(1)).").append(nl)
        .append("2. The administrator must not know who the suspect is (blind administration). If that is not")
        .append(nl).append("   possible, the administrator must not know the position of the suspect's photo (blinded")
        .append(nl).append("   administration), and the investigator states in writing why blind administration was")
        .append(nl).append("   not used (PC 859.7(a)(2), (a)(3), (c)).").append(nl)
        .append("3. Separate all eyewitnesses; each views the line-up alone (PC 859.7(a)(8)).").append(nl)
        .append("4. Record the procedure on video with audio; if video is not feasible, record audio and state")
        .append(nl).append("   in writing why video was not feasible (PC 859.7(a)(11)).").append(nl).append(nl);
    b.append("READ TO THE EYEWITNESS BEFORE SHOWING ANY PHOTO (PC 859.7(a)(4))").append(nl)
        .append("  \"The person who committed the crime may or may not be among the persons in these photos.")
        .append(nl).append("   You should not feel compelled to make an identification.").append(nl)
        .append("   Whether or not you make an identification, the investigation will continue.\"").append(nl)
        .append(nl);
    b.append("DURING THE PROCEDURE").append(nl)
        .append("5. Say nothing, and do nothing, that might influence the eyewitness' choice (PC 859.7(a)(9)).")
        .append(nl)
        .append("6. If the eyewitness identifies a person, IMMEDIATELY ask how confident the eyewitness is and")
        .append(nl).append("   write down VERBATIM, in the eyewitness' own words, what the eyewitness says, before any")
        .append(nl).append("   other word is said (PC 859.7(a)(10)(A)).").append(nl)
        .append("7. Give no information about the person identified before the confidence statement is written")
        .append(nl).append("   down, and do not confirm or question the identification (PC 859.7(a)(10)(B), (C)).")
        .append(nl).append(nl);
    b.append("RECORD").append(nl)
        .append("Eyewitness: ________________________________  Date and time: ______________________").append(nl)
        .append("Administrator: _____________________________  Agency: _____________________________").append(nl)
        .append("Administration:  [ ] blind   [ ] blinded - reason blind administration was not used:").append(nl)
        .append("  ____________________________________________________________________________").append(nl)
        .append("Recording:  [ ] video and audio   [ ] audio only - reason video was not feasible:").append(nl)
        .append("  ____________________________________________________________________________").append(nl)
        .append("Instructions above read to the eyewitness before viewing:  [ ] yes").append(nl)
        .append("Position identified (1 to ").append(n).append("), or \"none\": ________").append(nl).append(nl)
        .append("CONFIDENCE STATEMENT - the eyewitness' own words, written down immediately and verbatim:").append(nl);
    for (int i = 0; i < 6; i++) {
      b.append("  ____________________________________________________________________________").append(nl);
    }
    b.append(nl)
        .append("Eyewitness signature: ______________________  Administrator signature: ______________________")
        .append(nl);
    return b.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  private static String extension(int position, byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return "jpg";
    }
    if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "png";
    }
    if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
      return "gif";
    }
    if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
        && b[10] == 'B' && b[11] == 'P') {
      return "webp";
    }
    throw new IllegalArgumentException("positions[" + position + "]: the photo store returned " + b.length
        + " bytes that are not a JPEG, PNG, GIF or WebP image");
  }

  private static void refuseCdcNumbers(Lineup lineup, String text) {
    for (CdcNumber cdc : lineup.key().cdcNumbers()) {
      if (text.contains(cdc.value())) {
        throw new IllegalArgumentException("lineup.caseNumber: the witness package would show a CDC number of "
            + "the line-up (" + org.leadssdk.core.internal.Mask.partial(cdc.value())
            + "); give a case number that is not a CDC number");
      }
    }
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes, LocalDateTime stamp) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(stamp);
    zip.putNextEntry(e);
    zip.write(bytes);
    zip.closeEntry();
  }
}
