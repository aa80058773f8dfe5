package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The retention wrapper finishes a wrapped leaf collector that ends its segment early (with
 * {@link CollectionTerminatedException}), as Lucene finishes a terminated leaf collector: collectors that
 * keep work pending until {@code finish()} (the name page, the facet counts) lose nothing.
 */
class VisibleOnlyCollectorManagerTest {
  @Test
  void aWrappedCollectorThatTerminatesIsFinishedOncePerSegment() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int i = 0; i < 40; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
          w.addDocument(doc);
          if (i % 10 == 9) {
            w.flush();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        VisibleOnlyCollectorManager<FirstThree, List<String>> manager =
            new VisibleOnlyCollectorManager<>(new FirstThreeManager(), new VisibilityFilter(), 0L);
        List<String> events = searcher.search(MatchAllDocsQuery.INSTANCE, manager);
        List<String> expected = new ArrayList<>();
        for (int segment = 0; segment < 4; segment++) {
          expected.addAll(List.of("collect", "collect", "collect", "finish"));
        }
        assertThat(reader.leaves()).hasSize(4);
        assertThat(events).isEqualTo(expected);
        assertThat(manager.hidden()).isZero();
      }
    }
  }

  /** Collects three documents of each segment, then terminates it; records every call. */
  private static final class FirstThree implements Collector {
    private final List<String> events = new ArrayList<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      return new LeafCollector() {
        private int seen;

        @Override
        public void setScorer(Scorable scorer) {
          // No scores needed.
        }

        @Override
        public void collect(int doc) {
          if (seen == 3) {
            throw new CollectionTerminatedException();
          }
          seen++;
          events.add("collect");
        }

        @Override
        public void finish() {
          events.add("finish");
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static final class FirstThreeManager implements CollectorManager<FirstThree, List<String>> {
    @Override
    public FirstThree newCollector() {
      return new FirstThree();
    }

    @Override
    public List<String> reduce(Collection<FirstThree> collectors) {
      List<String> all = new ArrayList<>();
      collectors.forEach(c -> all.addAll(c.events));
      return all;
    }
  }
}
