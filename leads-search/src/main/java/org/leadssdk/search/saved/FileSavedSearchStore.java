package org.leadssdk.search.saved;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * A {@link SavedSearchStore} in a local directory, one JSON file per saved search ({@code <id>.json},
 * the form of {@link SavedSearch#toJson()}), that survives a crash at any point of a write: each save
 * writes {@code <id>.json.tmp}, forces it to disk, renames it over {@code <id>.json} atomically and forces
 * the directory, so a file is always a complete version. A save that returned is durable; a save cut
 * short leaves the previous version (and, at most, a temporary file that the next open deletes).
 *
 * <p>The store reads every saved search when it opens and serves reads from memory; writes go to disk
 * first and change the memory only once durable. One process owns a directory at a time (a lock file
 * {@code .lock} is held until {@link #close()}). Thread-safe.
 *
 * <pre>{@code
 * try (FileSavedSearchStore store = FileSavedSearchStore.open(Path.of("saved-searches"))) {
 *   SavedSearches saved = SavedSearches.builder().store(store)...build();
 * }
 * }</pre>
 */
public final class FileSavedSearchStore implements SavedSearchStore, AutoCloseable {
  private static final String SUFFIX = ".json";
  private static final String TEMP_SUFFIX = ".json.tmp";

  private final Path directory;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Map<String, SavedSearch> byId = new TreeMap<>();
  private final int removedTemporaryFiles;
  private boolean closed;

  private FileSavedSearchStore(Path directory, FileChannel lockChannel, FileLock lock) throws IOException {
    this.directory = directory;
    this.lockChannel = lockChannel;
    this.lock = lock;
    int removed = 0;
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (name.endsWith(TEMP_SUFFIX)) {
          // A write cut short before its rename: never acknowledged, the previous version stands.
          Files.delete(p);
          removed++;
        } else if (name.endsWith(SUFFIX)) {
          files.add(p);
        }
      }
    }
    if (removed > 0) {
      syncDirectory();
    }
    this.removedTemporaryFiles = removed;
    for (Path p : files) {
      String json = Files.readString(p, StandardCharsets.UTF_8);
      SavedSearch s;
      try {
        s = SavedSearch.fromJson(json);
      } catch (SavedSearchFormatException e) {
        throw new SavedSearchStoreException("saved search file " + p.getFileName() + " cannot be read: "
            + e.getMessage(), e);
      }
      String expected = s.id() + SUFFIX;
      if (!p.getFileName().toString().equals(expected)) {
        throw new SavedSearchStoreException("saved search file " + p.getFileName() + " holds id " + s.id()
            + "; the file must be named " + expected, new IllegalStateException("file name and id differ"));
      }
      byId.put(s.id(), s);
    }
  }

  /**
   * Opens the store in {@code directory} (created if absent), deletes temporary files left by a write
   * that was cut short, and reads every saved search.
   *
   * @throws SavedSearchStoreException if the directory cannot be created or read, another process holds
   *     it, or a file cannot be read as a saved search (the message names the file and the bad field)
   */
  public static FileSavedSearchStore open(Path directory) {
    Check.notNull("directory", directory);
    FileChannel channel = null;
    try {
      Files.createDirectories(directory);
      channel = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IOException("the directory is in use by another saved-search store (its .lock is held)");
      }
      return new FileSavedSearchStore(directory, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel, e);
      throw new SavedSearchStoreException("cannot open the saved-search store in " + directory + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(channel, e);
      throw e;
    }
  }

  /** How many temporary files of cut-short writes {@link #open} deleted. */
  public int removedTemporaryFiles() {
    return removedTemporaryFiles;
  }

  @Override
  public synchronized SavedSearch save(SavedSearch search) {
    Check.notNull("search", search);
    ensureOpen();
    SavedSearch held = byId.get(search.id());
    long actual = held == null ? 0 : held.version();
    if (actual != search.version()) {
      throw new SavedSearchConflictException(search.id(), search.version(), actual);
    }
    SavedSearch stored = search.withUpdate(search.updatedAt(), actual + 1);
    Path target = directory.resolve(stored.id() + SUFFIX);
    Path temp = directory.resolve(stored.id() + TEMP_SUFFIX);
    try {
      byte[] bytes = stored.toJson().getBytes(StandardCharsets.UTF_8);
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory();
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw new SavedSearchStoreException("cannot write saved search " + stored.id() + " to " + directory
          + "; the stored version is still " + actual, e);
    }
    byId.put(stored.id(), stored);
    return stored;
  }

  @Override
  public synchronized Optional<SavedSearch> find(String id) {
    Check.notNull("id", id);
    ensureOpen();
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<SavedSearch> listByOwner(String ownerUserId) {
    Check.notNull("ownerUserId", ownerUserId);
    ensureOpen();
    List<SavedSearch> out = new ArrayList<>();
    for (SavedSearch s : byId.values()) {
      if (s.isOwnedBy(ownerUserId)) {
        out.add(s);
      }
    }
    out.sort(InMemorySavedSearchStore.BY_NAME);
    return List.copyOf(out);
  }

  @Override
  public synchronized List<SavedSearch> all() {
    ensureOpen();
    return List.copyOf(byId.values());
  }

  @Override
  public synchronized void delete(String id, long expectedVersion) {
    Check.notNull("id", id);
    ensureOpen();
    SavedSearch held = byId.get(id);
    long actual = held == null ? 0 : held.version();
    if (held == null || actual != expectedVersion) {
      throw new SavedSearchConflictException(id, expectedVersion, actual);
    }
    try {
      Files.delete(directory.resolve(id + SUFFIX));
      syncDirectory();
    } catch (IOException e) {
      throw new SavedSearchStoreException("cannot delete saved search " + id + " from " + directory, e);
    }
    byId.remove(id);
  }

  /** Releases the directory's lock. Saved searches are already durable; nothing is lost. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      throw new SavedSearchStoreException("cannot release the lock of the saved-search store in " + directory, e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the saved-search store is closed");
    }
  }

  /**
   * Forces the directory entry (the rename or delete) to disk. Only POSIX file systems let a directory be
   * opened for this; elsewhere (Windows) the rename itself is the durable step.
   */
  private void syncDirectory() throws IOException {
    if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    }
  }

  private static void closeQuietly(@Nullable AutoCloseable c, Exception primary) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        primary.addSuppressed(e);
      }
    }
  }
}
