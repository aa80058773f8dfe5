package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.policy.Retention;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * What retention hides among the matches of a scored search equals what the one-pass collector of the
 * same search with an exact total counts, on an index of several segments with replaced (deleted)
 * versions; and the pages are the same. Each search runs on its default path (one pass for selective
 * criteria, score pruning for broad ones) and with score pruning forced (every search broad, skipping from
 * the fifth hit): the page collected with pruning, the hidden matches counted apart, document by document.
 */
class HiddenCountProperties {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void scoredSearchCountsTheHiddenMatchesAsTheOnePassCollectorDoes(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<Parolee> records = new ArrayList<>(gen.parolees(450));
    // Discharged and pre-parole records, so that retention hides some whatever the seed.
    for (int i = 0; i < 40; i++) {
      records.add(gen.next(i % 2 == 0 ? org.leadssdk.core.ParoleStatus.DISCHARGED : org.leadssdk.core.ParoleStatus.PRE_PAROLE));
    }
    try (LeadsIndex index = LeadsIndex.builder().inMemory().build()) {
      for (int i = 0; i < records.size(); i++) {
        index.upsert(records.get(i));
        if (i % 120 == 119) {
          index.refresh();
        }
      }
      for (int i = 0; i < records.size(); i += 7) {
        Parolee p = records.get(i);
        index.upsert(p.toBuilder().recordVersion(p.recordVersion() + 1).build());
      }
      index.refresh();
      Retention retention = index.retention();
      List<Parolee> hidden = records.stream().filter(p -> !retention.visibility(p, NOW).visible()).toList();
      assertThat(hidden).as("seed %d: the synthetic data holds records retention hides", seed).isNotEmpty();
      List<SearchRequest.Builder> requests = new ArrayList<>();
      for (int q = 0; q < 4; q++) {
        Parolee of = q % 2 == 0 ? hidden.get(gen.nextInt(hidden.size())) : records.get(gen.nextInt(records.size()));
        requests.add(SearchRequest.builder().term(of.name().last()));
        requests.add(SearchRequest.builder().lastName(of.name().last()));
        requests.add(SearchRequest.builder().lastName(of.name().last()).firstName(of.name().first()));
      }
      // Broad terms (more than an eighth of the index): collected with score pruning by default.
      requests.add(SearchRequest.builder().term("tattoo"));
      requests.add(SearchRequest.builder().term("male"));
      IndexSearcher searcher = index.acquire();
      try {
        long hiddenMatches = 0;
        for (SearchRequest.Builder request : requests) {
          SearchRequest page = request.pageSize(10).build();
          // The default path (one pass for selective criteria), score pruning forced, and an exact total.
          QueryEngine.Page chosen = new QueryEngine().run(searcher, page, NOW, ZONE);
          // Forced: every search broad, and skipping by score from the fifth hit on (this index is small).
          QueryEngine.Page pruned = new QueryEngine(Integer.MAX_VALUE, 5).run(searcher, page, NOW, ZONE);
          QueryEngine.Page exact = new QueryEngine().run(searcher, request.exactTotal().build(), NOW, ZONE);
          String what = "seed " + seed + ": " + page.describe();
          List<CdcNumber> expected = exact.hits().stream().map(h -> h.record().cdcNumber()).toList();
          for (QueryEngine.Page p : List.of(chosen, pruned)) {
            assertThat(p.omitted()).as(what + ": hidden matches").isEqualTo(exact.omitted());
            assertThat(p.hits().stream().map(h -> h.record().cdcNumber()).toList()).as(what + ": same page")
                .isEqualTo(expected);
          }
          hiddenMatches += exact.omitted();
        }
        assertThat(hiddenMatches).as("seed %d: some searches match hidden records", seed).isPositive();
      } finally {
        index.release(searcher);
      }
    }
  }
}
