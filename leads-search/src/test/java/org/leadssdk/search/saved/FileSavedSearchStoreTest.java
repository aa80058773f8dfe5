package org.leadssdk.search.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.search.SearchRequest;

class FileSavedSearchStoreTest {
  private static final Instant T0 = Instant.parse("2026-11-01T17:00:00Z");

  @TempDir
  Path dir;

  private static SavedSearch fresh(String id, String owner) {
    return new SavedSearch(id, "Suspended in Sacramento", owner, "CA0340000",
        SearchRequest.builder().statuses(ParoleStatus.SUSPENDED).build(), T0, T0, 0);
  }

  @Test
  void savesAsTheNextVersionAndReadsBackAfterReopening() {
    SavedSearch v2;
    try (FileSavedSearchStore store = FileSavedSearchStore.open(dir)) {
      SavedSearch v1 = store.save(fresh("s1", "deputy01"));
      assertThat(v1.version()).isEqualTo(1);
      v2 = store.save(v1.withName("Renamed"));
      assertThat(v2.version()).isEqualTo(2);
      store.save(fresh("s2", "other01"));
    }
    try (FileSavedSearchStore store = FileSavedSearchStore.open(dir)) {
      assertThat(store.find("s1")).contains(v2);
      assertThat(store.listByOwner("DEPUTY01")).containsExactly(v2);
      assertThat(store.all()).extracting(SavedSearch::id).containsExactly("s1", "s2");
    }
  }

  @Test
  void refusesASaveOfAStaleVersion() {
    try (FileSavedSearchStore store = FileSavedSearchStore.open(dir)) {
      SavedSearch v1 = store.save(fresh("s1", "deputy01"));
      store.save(v1.withName("First edit"));
      assertThatThrownBy(() -> store.save(v1.withName("Second edit from an old copy")))
          .isInstanceOf(SavedSearchConflictException.class)
          .hasMessageContaining("expected version 1 but the store holds version 2");
      assertThatThrownBy(() -> store.save(fresh("s1", "deputy01")))
          .isInstanceOf(SavedSearchConflictException.class)
          .hasMessageContaining("expected version 0");
      assertThat(store.find("s1").orElseThrow().name()).isEqualTo("First edit");
    }
  }

  @Test
  void deletesOnlyTheExpectedVersion() throws IOException {
    try (FileSavedSearchStore store = FileSavedSearchStore.open(dir)) {
      SavedSearch v1 = store.save(fresh("s1", "deputy01"));
      assertThatThrownBy(() -> store.delete("s1", 7)).isInstanceOf(SavedSearchConflictException.class);
      store.delete("s1", v1.version());
      assertThat(store.find("s1")).isEmpty();
      assertThat(Files.exists(dir.resolve("s1.json"))).isFalse();
    }
  }

  @Test
  void aWriteCutShortLeavesTheLastCompleteVersion() throws IOException {
    SavedSearch v2;
    try (FileSavedSearchStore store = FileSavedSearchStore.open(dir)) {
      SavedSearch v1 = store.save(fresh("s1", "deputy01"));
      v2 = store.save(v1.withName("Second"));
    }
    // A crash while version 3 was written: its temporary file holds half a document, never renamed.
    String v3 = v2.withName("Third").withUpdate(T0, 3).toJson();
    Files.writeString(dir.resolve("s1.json.tmp"), v3.substring(0, v3.length() / 2), StandardCharsets.UTF_8);
    try (FileSavedSearchStore store = FileSavedSearchStore.open(dir)) {
      assertThat(store.removedTemporaryFiles()).isEqualTo(1);
      assertThat(store.find("s1")).contains(v2);
      assertThat(Files.exists(dir.resolve("s1.json.tmp"))).isFalse();
      // The store goes on from the last complete version.
      assertThat(store.save(v2.withName("Third")).version()).isEqualTo(3);
    }
  }

  @Test
  void refusesADamagedFileNamingItAndTheField() throws IOException {
    try (FileSavedSearchStore store = FileSavedSearchStore.open(dir)) {
      store.save(fresh("s1", "deputy01"));
    }
    Path file = dir.resolve("s1.json");
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("\"version\" : 1", "\"version\" : \"x\""),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FileSavedSearchStore.open(dir))
        .isInstanceOf(SavedSearchStoreException.class)
        .hasMessageContaining("s1.json")
        .hasMessageContaining("version: \"\"x\"\" must be a whole number");
  }

  @Test
  void oneStoreOwnsTheDirectoryAtATime() {
    try (FileSavedSearchStore store = FileSavedSearchStore.open(dir)) {
      assertThat(store.all()).isEmpty();
      assertThatThrownBy(() -> FileSavedSearchStore.open(dir))
          .isInstanceOf(SavedSearchStoreException.class)
          .hasMessageContaining("in use by another saved-search store");
    }
  }
}
