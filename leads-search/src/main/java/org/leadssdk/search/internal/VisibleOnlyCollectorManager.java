package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * Wraps a collector manager so that its collectors see only what may be shown at an instant (tombstones
 * and records hidden by retention are held back) and counts the hidden matches in the same pass, so a
 * search does not run its criteria a second time to say how many records retention left out.
 *
 * <p>The wrapped collectors are never offered a competitive iterator: every match reaches this
 * collector, so the hidden count is exact. Use it only when the wrapped collectors do not skip
 * documents through the scorer either ({@link ScoreMode#TOP_SCORES} lets a scorer skip matches, and the
 * count would then be short); {@link #wraps(ScoreMode)} says whether a score mode qualifies.
 *
 * @param <C> the wrapped collector type
 * @param <T> the wrapped result
 */
public final class VisibleOnlyCollectorManager<C extends Collector, T>
    implements CollectorManager<VisibleOnlyCollectorManager.Filtering<C>, T> {
  private final CollectorManager<C, T> inner;
  private final VisibilityFilter visibility;
  private final long epochMillis;
  private final LongAdder hidden = new LongAdder();

  /**
   * @param inner the collectors to feed with visible matches
   * @param visibility the index's visibility filter
   * @param epochMillis the instant of the search
   */
  public VisibleOnlyCollectorManager(CollectorManager<C, T> inner, VisibilityFilter visibility, long epochMillis) {
    this.inner = inner;
    this.visibility = visibility;
    this.epochMillis = epochMillis;
  }

  /** Whether collectors of this score mode see every match, so that wrapping them counts exactly. */
  public static boolean wraps(ScoreMode mode) {
    return mode != ScoreMode.TOP_SCORES;
  }

  /** How many matches retention hid, once the search has run. */
  public long hidden() {
    return hidden.sum();
  }

  @Override
  public Filtering<C> newCollector() throws IOException {
    return new Filtering<>(inner.newCollector(), this);
  }

  @Override
  public T reduce(Collection<Filtering<C>> collectors) throws IOException {
    List<C> wrapped = new ArrayList<>(collectors.size());
    for (Filtering<C> f : collectors) {
      wrapped.add(f.inner);
      hidden.add(f.hidden);
    }
    return inner.reduce(wrapped);
  }

  /** One slice's collector: holds back what may not be shown and counts what retention hid. */
  public static final class Filtering<C extends Collector> implements Collector {
    private final C inner;
    private final VisibleOnlyCollectorManager<C, ?> owner;
    private long hidden;

    Filtering(C inner, VisibleOnlyCollectorManager<C, ?> owner) {
      this.inner = inner;
      this.owner = owner;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      VisibilityFilter.LeafView view = owner.visibility.viewAt(context.reader(), owner.epochMillis);
      LeafCollector delegate;
      try {
        delegate = inner.getLeafCollector(context);
      } catch (CollectionTerminatedException done) {
        delegate = null;
      }
      if (delegate == null && view.hidden() == null) {
        throw new CollectionTerminatedException();
      }
      return new Leaf(delegate, view.excluded(), view.hidden());
    }

    @Override
    public ScoreMode scoreMode() {
      return inner.scoreMode();
    }

    private final class Leaf implements LeafCollector {
      private @Nullable LeafCollector delegate;
      private final @Nullable FixedBitSet excluded;
      private final @Nullable FixedBitSet hiddenDocs;

      Leaf(@Nullable LeafCollector delegate, @Nullable FixedBitSet excluded, @Nullable FixedBitSet hiddenDocs) {
        this.delegate = delegate;
        this.excluded = excluded;
        this.hiddenDocs = hiddenDocs;
      }

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        if (delegate != null) {
          delegate.setScorer(scorer);
        }
      }

      @Override
      public void collect(int doc) throws IOException {
        if (excluded != null && excluded.get(doc)) {
          if (hiddenDocs != null && hiddenDocs.get(doc)) {
            hidden++;
          }
          return;
        }
        if (delegate != null) {
          try {
            delegate.collect(doc);
          } catch (CollectionTerminatedException done) {
            // The wrapped collector has what it needs from this segment: finished now (as Lucene finishes a
            // terminated leaf collector), while hidden matches are still counted.
            LeafCollector finished = delegate;
            delegate = null;
            finished.finish();
            if (hiddenDocs == null) {
              throw done;
            }
          }
        }
      }

      @Override
      public void finish() throws IOException {
        if (delegate != null) {
          delegate.finish();
        }
      }
    }
  }
}
