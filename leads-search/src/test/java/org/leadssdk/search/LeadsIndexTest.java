package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PersonName;
import org.leadssdk.search.internal.Fields;
import org.leadssdk.testkit.SyntheticParolees;

class LeadsIndexTest {
  private static final GeoPoint CAPITOL = GeoPoint.of(38.5767, -121.4934);

  @Test
  void appliesNewerVersionsAndIgnoresStaleOnes() {
    try (LeadsIndex index = LeadsIndex.builder().inMemory().build()) {
      Parolee v2 = Records.active("AB1234", "JOHN", "SAMPLE", CAPITOL).recordVersion(2).build();
      assertThat(index.upsert(v2)).isEqualTo(ApplyOutcome.APPLIED);
      assertThat(index.upsert(v2)).as("same version again").isEqualTo(ApplyOutcome.STALE);
      assertThat(index.upsert(v2.toBuilder().recordVersion(1).build())).as("older, late").isEqualTo(ApplyOutcome.STALE);
      assertThat(index.upsert(v2.toBuilder().recordVersion(3).build())).isEqualTo(ApplyOutcome.APPLIED);
      index.refresh();
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void aRemovalIsRememberedSoThatAnOlderUpsertStaysOut() {
    try (LeadsIndex index = LeadsIndex.builder().inMemory().build()) {
      Parolee v1 = Records.active("K12345", "JANE", "SAMPLE", CAPITOL).build();
      index.upsert(v1);
      assertThat(index.remove(v1.cdcNumber(), 5, Instant.EPOCH)).isEqualTo(ApplyOutcome.APPLIED);
      assertThat(index.upsert(v1.toBuilder().recordVersion(4).build())).isEqualTo(ApplyOutcome.STALE);
      assertThat(index.remove(v1.cdcNumber(), 5, Instant.EPOCH)).isEqualTo(ApplyOutcome.STALE);
      index.refresh();
      assertThat(index.size()).isZero();
      assertThat(index.upsert(v1.toBuilder().recordVersion(6).build())).isEqualTo(ApplyOutcome.APPLIED);
      index.refresh();
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void aCommitKeepsRecordsAndCheckpointAcrossReopenAndDropsWhatCameAfter(@TempDir Path dir) {
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      assertThat(index.checkpoint()).isEmpty();
      index.upsert(Records.active("AB1234", "JOHN", "SAMPLE", CAPITOL).build());
      index.commit(new Checkpoint("daily", 1));
      index.upsert(Records.active("AB1235", "JOSE", "SAMPLE", CAPITOL).build());
    }
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      assertThat(index.checkpoint()).contains(new Checkpoint("daily", 1));
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.upsert(Records.active("AB1234", "JOHN", "SAMPLE", CAPITOL).build()))
          .as("the committed version is known after reopening")
          .isEqualTo(ApplyOutcome.STALE);
    }
  }

  @Test
  void refusesToOpenAnIndexWhoseLastCommitHasAMalformedCheckpoint(@TempDir Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of("leads.feed", "daily", "leads.position", "12x").entrySet());
      w.commit();
    }
    assertThatThrownBy(() -> LeadsIndex.builder().directory(dir).build())
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("malformed checkpoint")
        .hasMessageContaining("leads.position=12x");
  }

  @Test
  void reconcileReportsBothDirections() {
    try (LeadsIndex index = LeadsIndex.builder().inMemory().build()) {
      index.upsert(Records.active("AB1234", "JOHN", "SAMPLE", CAPITOL).build());
      index.upsert(Records.active("AB1235", "JOSE", "SAMPLE", CAPITOL).build());
      index.remove(CdcNumber.parse("AB1236"), 2, Instant.EPOCH);
      index.refresh();
      Reconciliation r = index.reconcile(List.of(CdcNumber.parse("AB1234"), CdcNumber.parse("C00001")));
      assertThat(r.missingFromIndex()).containsExactly(CdcNumber.parse("C00001"));
      assertThat(r.notInSource()).containsExactly(CdcNumber.parse("AB1235"));
      assertThat(r.indexCount()).isEqualTo(2);
      assertThat(r.inSync()).isFalse();
    }
  }

  @Test
  void refusesWorkAfterClose() {
    LeadsIndex index = LeadsIndex.builder().inMemory().build();
    index.close();
    assertThatThrownBy(() -> index.upsert(Records.active("AB1234", "JOHN", "SAMPLE", CAPITOL).build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aChangedRecordIsShownInItsNewVersionThoughTheOldOneWasKept() throws IOException {
    try (LeadsIndex index = LeadsIndex.builder().inMemory().build()) {
      Parolee v1 = Records.active("K12345", "JOHN", "DOE", CAPITOL).build();
      index.upsert(v1);
      index.refresh();
      QueryEngine engine = new QueryEngine(index.recordCache());
      assertThat(read(index, engine, "K12345")).isEqualTo(v1);
      Parolee kept = read(index, engine, "K12345");
      assertThat(read(index, engine, "K12345")).as("kept from the second reading, not decoded again").isSameAs(kept);

      Parolee v2 = v1.toBuilder().name(PersonName.of("JOHN", "ROE")).recordVersion(2).build();
      index.upsert(v2);
      index.refresh();
      assertThat(read(index, engine, "K12345")).isEqualTo(v2);
    }
  }

  /**
   * Records applied beyond the configured buffer are written as a segment by the applying thread once its
   * stripe lock is released: the buffers not being written never grow much past the configured size
   * (Lucene's own trigger, inside the write, is at twice the size).
   */
  @Test
  void writesABufferAsASegmentAtTheConfiguredSize() {
    // Refreshes (which write every buffer) as seldom as allowed, so that the buffers do reach the size.
    try (LeadsIndex index = LeadsIndex.builder().inMemory().ramBufferMegabytes(16)
        .refreshInterval(java.time.Duration.ofSeconds(1)).build()) {
      long most = 0;
      for (Parolee p : new SyntheticParolees(5).parolees(40_000)) {
        index.upsert(p);
        most = Math.max(most, index.bufferedBytes());
      }
      assertThat(index.buffersWritten()).as("full buffers written by the applying thread").isPositive();
      // The size and what one refresh may add while it writes; Lucene alone would let them reach 32 MB.
      assertThat(most).as("the most buffered").isLessThan(20L << 20);
    }
  }

  /**
   * "A change is searchable within one second" (issue 5): a search sees every change applied more than a
   * second before it began, however late the scheduled refresh runs; here it does not run at all.
   */
  @Test
  void aSearchSeesEveryChangeAppliedMoreThanASecondBeforeIt() throws InterruptedException {
    try (LeadsIndex index = LeadsIndex.builder().inMemory().build()) {
      index.pauseScheduledRefresh(true);
      List<Parolee> records = new SyntheticParolees(9).parolees(3);
      for (int i = 0; i < records.size(); i++) {
        index.upsert(records.get(i));
        Thread.sleep(1_001);
        assertThat(index.size()).as("after change " + (i + 1)).isEqualTo(i + 1);
      }
    }
  }

  @Test
  void refusesARecordCacheSizeOutOfRange() {
    assertThatThrownBy(() -> LeadsIndex.builder().recordCacheMegabytes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recordCacheMegabytes").hasMessageContaining("-1");
    assertThatThrownBy(() -> LeadsIndex.builder().recordCacheMegabytes(4097))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recordCacheMegabytes").hasMessageContaining("4097");
  }

  /** The live record of {@code cdc}, through the engine's records. */
  private static Parolee read(LeadsIndex index, QueryEngine engine, String cdc) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      Query live = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.CDC, cdc)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Fields.TOMBSTONE, "1")), BooleanClause.Occur.MUST_NOT)
          .build();
      TopDocs docs = searcher.search(live, 2);
      assertThat(docs.scoreDocs).hasSize(1);
      return engine.records(searcher, docs.scoreDocs)[0];
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void needsALocationChoice() {
    assertThatThrownBy(() -> LeadsIndex.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("directory(path) or inMemory()");
  }
}
