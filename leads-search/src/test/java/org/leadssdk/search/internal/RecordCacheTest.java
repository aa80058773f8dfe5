package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Parolee;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * The decoded-record cache returns exactly what decoding returns, keeps a record from its second decoding
 * on, once per segment document, forgets a segment when it closes, and stays within its bound.
 */
class RecordCacheTest {
  private static final int RECORDS = 30;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void keepsEachRecordOnceAndItIsTheDecodedRecord(long seed) throws IOException {
    List<Parolee> records = new SyntheticParolees(seed).parolees(RECORDS);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      write(dir, records);
      RecordCache cache = new RecordCache(64L << 20);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSize(3);
        int i = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++, i++) {
            Parolee first = cache.read(leaf.reader(), doc, bytes(leaf.reader(), doc));
            assertThat(first).as("seed %d doc %d", seed, i).isEqualTo(records.get(i));
            Parolee second = cache.read(leaf.reader(), doc, bytes(leaf.reader(), doc));
            assertThat(second).as("decoded again: kept from its second decoding").isEqualTo(first).isNotSameAs(first);
            assertThat(cache.read(leaf.reader(), doc, bytes(leaf.reader(), doc))).isSameAs(second);
          }
        }
        assertThat(cache.size()).isEqualTo(RECORDS);
      }
    }
  }

  @Test
  void aRecordDecodedOnceIsNotKept() throws IOException {
    List<Parolee> records = new SyntheticParolees(14).parolees(RECORDS);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      write(dir, records);
      RecordCache cache = new RecordCache(64L << 20);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            assertThat(cache.kept(leaf.reader(), doc)).isNull();
            cache.read(leaf.reader(), doc, bytes(leaf.reader(), doc));
            assertThat(cache.kept(leaf.reader(), doc)).as("decoded once").isNull();
          }
        }
        assertThat(cache.size()).isZero();
      }
    }
  }

  @Test
  void zeroBytesKeepsNothing() throws IOException {
    List<Parolee> records = new SyntheticParolees(11).parolees(RECORDS);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      write(dir, records);
      RecordCache cache = new RecordCache(0);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        Parolee first = cache.read(leaf, 0, bytes(leaf, 0));
        Parolee second = cache.read(leaf, 0, bytes(leaf, 0));
        assertThat(second).isEqualTo(first).isEqualTo(records.get(0)).isNotSameAs(first);
        assertThat(cache.size()).isZero();
      }
    }
  }

  @Test
  void aSegmentsRecordsAreDroppedWhenItCloses() throws IOException {
    List<Parolee> records = new SyntheticParolees(12).parolees(RECORDS);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      write(dir, records);
      RecordCache cache = new RecordCache(64L << 20);
      DirectoryReader before = DirectoryReader.open(dir);
      readAll(cache, before);
      assertThat(cache.size()).isEqualTo(RECORDS);

      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        w.forceMerge(1);
      }
      try (DirectoryReader merged = DirectoryReader.open(dir)) {
        assertThat(merged.leaves()).hasSize(1);
        readAll(cache, merged);
        assertThat(cache.size()).as("both generations kept while both are open").isEqualTo(2 * RECORDS);
        before.close();
        assertThat(cache.size()).as("the closed segments' records are gone").isEqualTo(RECORDS);
      }
      assertThat(cache.size()).isZero();
    }
  }

  @Test
  void staysWithinItsBound() throws IOException {
    List<Parolee> records = new SyntheticParolees(13).parolees(RECORDS);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      write(dir, records);
      List<Long> weights = records.stream()
          .map(p -> (long) RecordCache.ENTRY_OVERHEAD + RecordCache.ESTIMATE_FACTOR * RecordCodec.get().encode(p).length)
          .sorted().toList();
      long smallest = weights.get(0);
      long tenLargest = 0;
      for (int i = weights.size() - 10; i < weights.size(); i++) {
        tenLargest += weights.get(i);
      }
      RecordCache cache = new RecordCache(tenLargest);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        readAll(cache, reader);
        assertThat(cache.size()).isBetween(1L, tenLargest / smallest);
      }
    }
  }

  @Test
  void refusesANegativeBound() {
    assertThatThrownBy(() -> new RecordCache(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes").hasMessageContaining("-1");
  }

  /** Writes the records in three segments of ten, in order, as the index stores them. */
  private static void write(ByteBuffersDirectory dir, List<Parolee> records) throws IOException {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < records.size(); i++) {
        Document doc = new Document();
        doc.add(new BinaryDocValuesField(Fields.RECORD, new BytesRef(RecordCodec.get().encode(records.get(i)))));
        w.addDocument(doc);
        if (i % 10 == 9) {
          w.flush();
        }
      }
    }
  }

  /** Reads every record twice in a row, so that each is kept (from its second decoding on). */
  private static void readAll(RecordCache cache, DirectoryReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        cache.read(leaf.reader(), doc, bytes(leaf.reader(), doc));
        cache.read(leaf.reader(), doc, bytes(leaf.reader(), doc));
      }
    }
  }

  private static BytesRef bytes(LeafReader reader, int doc) throws IOException {
    BinaryDocValues values = reader.getBinaryDocValues(Fields.RECORD);
    assertThat(values.advanceExact(doc)).isTrue();
    return values.binaryValue();
  }
}
