package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.testkit.SyntheticParolees;

/** The grid's layout against the points it was given, and its cache. */
class LocationGridTest {

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void holdsEveryPointOnceInRowThenLongitudeOrder(long seed) {
    SyntheticParolees gen = new SyntheticParolees(seed);
    int n = gen.nextInt(3_000);
    int[] docs = new int[n];
    int[] lats = new int[n];
    int[] lons = new int[n];
    List<String> given = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      docs[i] = i;
      // Whole encoded range some of the time (rows at both ends), a narrow band the rest.
      lats[i] = switch (gen.nextInt(8)) {
        case 0 -> Integer.MAX_VALUE;
        case 1 -> Integer.MIN_VALUE;
        case 2, 3 -> gen.nextInt(Integer.MAX_VALUE) * (gen.nextInt(2) == 0 ? -1 : 1) - gen.nextInt(2);
        default -> 400_000_000 + gen.nextInt(3_000_000);
      };
      lons[i] = gen.nextInt(Integer.MAX_VALUE) * (gen.nextInt(2) == 0 ? -1 : 1);
      given.add(docs[i] + ":" + lats[i] + ":" + lons[i]);
    }
    LocationGrid grid = LocationGrid.of(n, docs.clone(), lats.clone(), lons.clone());

    assertThat(grid.size()).as("seed %d", seed).isEqualTo(n);
    assertThat((long) grid.lastRow() - grid.firstRow + 1).as("seed %d: never many more rows than points", seed)
        .isLessThanOrEqualTo(Math.max(1, 2L * n + 16));
    List<String> held = new ArrayList<>();
    for (int r = grid.firstRow; r <= grid.lastRow(); r++) {
      int from = grid.rowStart[r - grid.firstRow];
      int to = grid.rowStart[r - grid.firstRow + 1];
      for (int i = from; i < to; i++) {
        assertThat(grid.row(grid.lats[i])).as("seed %d: row of %d", seed, i).isEqualTo(r);
        assertThat(grid.lats[i]).isBetween(grid.rowMin(r), grid.rowMax(r));
        if (i > from) {
          assertThat(grid.lons[i]).as("seed %d: longitudes ascend in a row", seed).isGreaterThanOrEqualTo(grid.lons[i - 1]);
        }
        int probe = grid.firstAtLeast(from, to, grid.lons[i]);
        assertThat(grid.lons[probe]).isEqualTo(grid.lons[i]);
        assertThat(probe == from || grid.lons[probe - 1] < grid.lons[i]).as("first at least").isTrue();
        held.add(grid.docs[i] + ":" + grid.lats[i] + ":" + grid.lons[i]);
      }
    }
    assertThat(held).as("seed %d: every point once", seed).containsExactlyInAnyOrderElementsOf(given);
  }

  @Test
  void aSegmentsGridIsBuiltOnceAndMayBeLimitedToSomeDocuments() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int i = 0; i < 10; i++) {
          Document doc = new Document();
          if (i != 4) {
            doc.add(new LatLonDocValuesField(Fields.LOCATION, 34 + i / 100.0, -118 - i / 100.0));
          }
          w.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        LocationGrid.Cache cache = new LocationGrid.Cache(Fields.LOCATION);
        LocationGrid grid = cache.of(leaf);
        assertThat(grid.size()).as("the nine located documents").isEqualTo(9);
        assertThat(cache.of(leaf)).as("built once per segment").isSameAs(grid);

        FixedBitSet only = new FixedBitSet(leaf.maxDoc());
        only.set(2);
        only.set(4);
        only.set(9);
        LocationGrid some = LocationGrid.load(leaf, Fields.LOCATION, only);
        List<Integer> docs = new ArrayList<>();
        for (int d : some.docs) {
          docs.add(d);
        }
        assertThat(docs).as("the given documents that have a location").containsExactlyInAnyOrder(2, 9);
        assertThat(new LocationGrid.Cache("nowhere").of(leaf).size()).as("a field without values").isZero();
      }
    }
  }
}
