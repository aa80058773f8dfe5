package org.leadssdk.examples;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Photo;
import org.leadssdk.search.lineup.PhotoStore;

/**
 * The demo's photo store: for every synthetic photo reference ({@code photo://synthetic/...}) a tiny
 * placeholder image, a 16 x 16 grey-scale PNG whose pixel pattern is drawn from the SHA-256 of the
 * reference, so that the same reference always gives the same bytes and different references give
 * different images. The image carries no text and no metadata (nothing in it names the person).
 *
 * <p>The synthetic records' photo hashes are of a fixed text, not of an image; the demo's feed records
 * the SHA-256 of these placeholders instead ({@link #withPlaceholderHashes}), as a real feed records the
 * hash of the image its photo store serves. Thread-safe (stateless).
 */
final class PlaceholderPhotos implements PhotoStore {
  private static final String SCHEME = "photo";
  private static final String HOST = "synthetic";
  private static final int SIZE = 16;
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final HexFormat HEX = HexFormat.of();

  private final MessageDigest sha256 = newSha256();

  /** A store; one per thread when hashing ({@link #withPlaceholderHashes} reuses its digest). */
  PlaceholderPhotos() {}

  /**
   * The placeholder PNG of {@code reference}.
   *
   * @throws UncheckedIOException (a {@link FileNotFoundException}) if the reference is not a synthetic
   *     photo of this store
   */
  @Override
  public byte[] read(URI reference) {
    Objects.requireNonNull(reference, "reference");
    if (!SCHEME.equals(reference.getScheme()) || !HOST.equals(reference.getHost())) {
      throw new UncheckedIOException(new FileNotFoundException("the demo's photo store holds only "
          + SCHEME + "://" + HOST + "/... photos, not " + reference.getScheme() + "://" + reference.getHost() + "/..."));
    }
    return png(newSha256().digest(reference.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The record with each photo's hash replaced by the SHA-256 of the placeholder this store serves for
   * it. Not thread-safe (uses this instance's digest).
   */
  Parolee withPlaceholderHashes(Parolee record) {
    if (record.photos().isEmpty()) {
      return record;
    }
    List<Photo> photos = new ArrayList<>(record.photos().size());
    for (Photo p : record.photos()) {
      byte[] image = png(sha256.digest(p.uri().toString().getBytes(StandardCharsets.UTF_8)));
      photos.add(new Photo(p.kind(), p.uri(), HEX.formatHex(sha256.digest(image)), p.taken(), p.smt()));
    }
    return record.toBuilder().photos(photos).build();
  }

  /** A 16 x 16 grey-scale PNG: each pixel light or dark by one bit of {@code pattern} (32 bytes). */
  private static byte[] png(byte[] pattern) {
    // Raw scan lines: a filter byte (0, none) and 16 pixels each.
    byte[] raw = new byte[SIZE * (SIZE + 1)];
    int shade = 0x30 + (pattern[0] & 0x3F);
    for (int y = 0; y < SIZE; y++) {
      int row = y * (SIZE + 1);
      for (int x = 0; x < SIZE; x++) {
        int bit = y * SIZE + x;
        boolean dark = (pattern[bit >>> 3] >>> (bit & 7) & 1) == 1;
        raw[row + 1 + x] = (byte) (dark ? shade : 0xE0);
      }
    }
    // zlib stream with one stored (uncompressed) deflate block: header, block, Adler-32.
    ByteArrayOutputStream zlib = new ByteArrayOutputStream(raw.length + 11);
    zlib.write(0x78);
    zlib.write(0x01);
    zlib.write(0x01); // final block, stored
    zlib.write(raw.length & 0xFF);
    zlib.write(raw.length >>> 8 & 0xFF);
    zlib.write(~raw.length & 0xFF);
    zlib.write(~raw.length >>> 8 & 0xFF);
    zlib.write(raw, 0, raw.length);
    Adler32 adler = new Adler32();
    adler.update(raw);
    writeInt(zlib, (int) adler.getValue());

    ByteArrayOutputStream out = new ByteArrayOutputStream(400);
    out.write(SIGNATURE, 0, SIGNATURE.length);
    ByteArrayOutputStream header = new ByteArrayOutputStream(13);
    writeInt(header, SIZE);
    writeInt(header, SIZE);
    header.write(8); // bit depth
    header.write(0); // colour type: grey-scale
    header.write(0); // compression: deflate
    header.write(0); // filter method
    header.write(0); // no interlace
    chunk(out, "IHDR", header.toByteArray());
    chunk(out, "IDAT", zlib.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    writeInt(out, data.length);
    out.write(name, 0, name.length);
    out.write(data, 0, data.length);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    writeInt(out, (int) crc.getValue());
  }

  private static void writeInt(ByteArrayOutputStream out, int value) {
    out.write(value >>> 24 & 0xFF);
    out.write(value >>> 16 & 0xFF);
    out.write(value >>> 8 & 0xFF);
    out.write(value & 0xFF);
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform but is missing", e);
    }
  }
}
