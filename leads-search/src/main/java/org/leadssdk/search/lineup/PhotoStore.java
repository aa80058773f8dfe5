package org.leadssdk.search.lineup;

import java.net.URI;

/**
 * The host's photo store: the bytes of a photo by its reference ({@link org.leadssdk.core.Photo#uri()}).
 * The SDK never keeps photo bytes; it reads them only to write a line-up package and checks each against
 * its recorded SHA-256. Implementations must be thread-safe if a host writes packages concurrently.
 */
@FunctionalInterface
public interface PhotoStore {
  /**
   * The bytes of the photo at {@code reference}.
   *
   * @param reference the photo's absolute reference, as the record holds it
   * @return the image bytes (JPEG or PNG for a package a partner can open)
   * @throws java.io.UncheckedIOException or another runtime exception if the photo cannot be read; the
   *     package is then not written
   */
  byte[] read(URI reference);
}
