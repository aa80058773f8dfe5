package org.leadssdk.policy.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * The default {@link AuditSink}: a local file of JSON lines, one {@link AuditRecord} a line, appended
 * only, and a small head file ({@code <name>.head}) naming the last acknowledged sequence number and hash.
 * Thread-safe (appends are serialized).
 *
 * <p><b>Durability.</b> {@link #append} writes the whole line, forces it to the device
 * ({@link FileChannel#force(boolean)}), then replaces the head file (written to a temporary file, forced,
 * moved atomically) and only then returns: an acknowledged record survives a crash. If writing fails, the
 * file is cut back to its previous length and {@link AuditFailedException} is thrown.
 *
 * <p><b>Recovery on open.</b> A last line without its newline is a write cut off by a crash; it was never
 * acknowledged. {@link #open} moves its bytes to {@code <name>.torn} (appending, for investigators), cuts
 * the file back to the end of the last complete line and reports it in {@link #recovery()}. A last complete
 * record exactly one past the head and chained to it (the crash fell between the line and the head write)
 * moves the head forward, also reported. Nothing else is changed on open: any other mismatch is left for
 * {@link AuditTrail#verify()} to report.
 *
 * <p><b>Limits.</b> The chain shows edits, removals, reordering, insertions and cuts to a reader who
 * recomputes it; someone who may rewrite both files can rewrite a consistent chain unless the trail uses an
 * HMAC key kept outside these files ({@link AuditTrail.Builder#hmacKey}), and can cut the tail together with
 * the head unless the head is also copied elsewhere (a host can publish {@link #head()} periodically).
 * Verification reads the whole file.
 */
public final class FileAuditStore implements AuditSink, AutoCloseable {
  private static final System.Logger LOG = System.getLogger("org.leadssdk.policy.audit");

  private final Path file;
  private final Path headFile;
  private final FileChannel channel;
  private final Recovery recovery;
  private @Nullable AuditHead head;
  private boolean empty;

  /**
   * What {@link #open} repaired.
   *
   * @param tornBytes bytes of an incomplete last line moved to the {@code .torn} file; 0 when none
   * @param tornLine the line number of that incomplete line; 0 when none
   * @param headAdvancedTo the sequence the head was moved forward to; 0 when it was not moved
   */
  public record Recovery(long tornBytes, long tornLine, long headAdvancedTo) {
    /** Whether anything was repaired. */
    public boolean repaired() {
      return tornBytes > 0 || headAdvancedTo > 0;
    }
  }

  private FileAuditStore(Path file) throws IOException {
    this.file = file;
    this.headFile = file.resolveSibling(file.getFileName() + ".head");
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      long torn = 0;
      long tornLine = 0;
      long size = channel.size();
      long end = lastNewlineEnd(size);
      if (end < size) {
        torn = size - end;
        tornLine = countNewlines(end) + 1;
        moveTorn(end, size);
        channel.truncate(end);
        channel.force(true);
        long bytes = torn;
        long line = tornLine;
        LOG.log(System.Logger.Level.WARNING, () -> "audit file had an incomplete last line " + line + " (" + bytes
            + " bytes, never acknowledged); moved to " + file.getFileName() + ".torn");
      }
      this.empty = channel.size() == 0;
      this.head = readHead();
      long advanced = advanceHeadIfOneBehind();
      this.recovery = new Recovery(torn, tornLine, advanced);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Opens (creating if absent) the audit file and recovers from a crash mid-write (see the class
   * description).
   *
   * @throws AuditFailedException if the file or its head cannot be opened or read
   */
  public static FileAuditStore open(Path file) {
    Check.notNull("file", file);
    try {
      return new FileAuditStore(file.toAbsolutePath());
    } catch (IOException e) {
      throw new AuditFailedException("cannot open the audit file " + file + ": " + e, e);
    }
  }

  /** What opening repaired. */
  public Recovery recovery() {
    return recovery;
  }

  /** The audit file. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void append(AuditRecord record) {
    Check.notNull("record", record);
    byte[] line = (AuditCodec.json(record) + "\n").getBytes(StandardCharsets.UTF_8);
    long before;
    try {
      before = channel.size();
    } catch (IOException e) {
      throw new AuditFailedException("cannot read the audit file's size: " + e, e);
    }
    try {
      ByteBuffer buffer = ByteBuffer.wrap(line);
      long at = before;
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
      channel.force(true);
    } catch (IOException e) {
      cutBack(before, e);
      throw new AuditFailedException("cannot write audit record " + record.sequence() + ": " + e, e);
    }
    AuditHead next = new AuditHead(record.sequence(), record.hash());
    try {
      writeHead(next);
    } catch (IOException e) {
      cutBack(before, e);
      throw new AuditFailedException("cannot write the audit head for record " + record.sequence() + ": " + e, e);
    }
    head = next;
    empty = false;
  }

  private void cutBack(long size, IOException cause) {
    try {
      channel.truncate(size);
      channel.force(true);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public synchronized Optional<AuditHead> head() {
    return Optional.ofNullable(head);
  }

  @Override
  public synchronized boolean isEmpty() {
    return empty;
  }

  @Override
  public synchronized List<StoredEntry> entries() {
    List<StoredEntry> out = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream current = new ByteArrayOutputStream(512);
      long line = 0;
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          line++;
          out.add(parse(line, current.toString(StandardCharsets.UTF_8)));
          current.reset();
        } else {
          current.write(b);
        }
      }
      if (current.size() > 0) {
        out.add(new StoredEntry.Unreadable(line + 1, "incomplete last line of " + current.size()
            + " bytes (no newline): a write cut off by a crash", true));
      }
    } catch (IOException e) {
      throw new AuditFailedException("cannot read the audit file " + file + ": " + e, e);
    }
    return out;
  }

  static StoredEntry parse(long line, String text) {
    try {
      return new StoredEntry.Readable(line, AuditCodec.MAPPER.readValue(text, AuditRecord.class));
    } catch (JsonProcessingException e) {
      return new StoredEntry.Unreadable(line, "not a valid audit record: " + e.getOriginalMessage(), false);
    } catch (IllegalArgumentException | NullPointerException e) {
      return new StoredEntry.Unreadable(line, "not a valid audit record: " + e.getMessage(), false);
    }
  }

  /** Closes the file. */
  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new AuditFailedException("cannot close the audit file " + file + ": " + e, e);
    }
  }

  private long lastNewlineEnd(long size) throws IOException {
    long pos = size;
    ByteBuffer buf = ByteBuffer.allocate(4096);
    while (pos > 0) {
      int n = (int) Math.min(buf.capacity(), pos);
      buf.clear().limit(n);
      long from = pos - n;
      while (buf.hasRemaining()) {
        if (channel.read(buf, from + buf.position()) < 0) {
          break;
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        if (buf.get(i) == '\n') {
          return from + i + 1;
        }
      }
      pos = from;
    }
    return 0;
  }

  private long countNewlines(long end) throws IOException {
    long count = 0;
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long pos = 0;
    while (pos < end) {
      buf.clear().limit((int) Math.min(buf.capacity(), end - pos));
      int n = channel.read(buf, pos);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (buf.get(i) == '\n') {
          count++;
        }
      }
      pos += n;
    }
    return count;
  }

  private void moveTorn(long from, long to) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate((int) (to - from));
    while (buf.hasRemaining() && channel.read(buf, from + buf.position()) > 0) {
      // reads until the buffer holds the whole fragment
    }
    buf.flip();
    Path torn = file.resolveSibling(file.getFileName() + ".torn");
    try (FileChannel out = FileChannel.open(torn, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      while (buf.hasRemaining()) {
        out.write(buf);
      }
      out.write(ByteBuffer.wrap(new byte[] {'\n'}));
      out.force(true);
    }
  }

  private @Nullable AuditHead readHead() throws IOException {
    try {
      String text = Files.readString(headFile, StandardCharsets.UTF_8).strip();
      try {
        return AuditCodec.MAPPER.readValue(text, AuditHead.class);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new IOException("the audit head file " + headFile + " is not readable: " + e.getMessage(), e);
      }
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private long advanceHeadIfOneBehind() throws IOException {
    if (empty) {
      return 0;
    }
    long size = channel.size();
    long end = lastNewlineEnd(size - 1);
    ByteBuffer buf = ByteBuffer.allocate((int) (size - 1 - end));
    while (buf.hasRemaining() && channel.read(buf, end + buf.position()) > 0) {
      // reads the last complete line without its newline
    }
    StoredEntry last = parse(1, new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
    if (!(last instanceof StoredEntry.Readable readable)) {
      return 0;
    }
    AuditRecord r = readable.record();
    long expected = head == null ? 1 : head.sequence() + 1;
    String previous = head == null ? AuditRecord.GENESIS : head.hash();
    if (r.sequence() == expected && r.previousHash().equals(previous) && (head != null || r.sequence() == 1)) {
      AuditHead next = new AuditHead(r.sequence(), r.hash());
      writeHead(next);
      head = next;
      LOG.log(System.Logger.Level.WARNING,
          () -> "audit head was one record behind (crash between record and head write); moved to " + r.sequence());
      return r.sequence();
    }
    return 0;
  }

  private void writeHead(AuditHead next) throws IOException {
    Path tmp = headFile.resolveSibling(headFile.getFileName() + ".tmp");
    try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap((AuditCodec.json(next) + "\n").getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        out.write(buf);
      }
      out.force(true);
    }
    try {
      Files.move(tmp, headFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, headFile, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
