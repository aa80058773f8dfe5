package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PersonName;
import org.leadssdk.policy.Retention;
import org.leadssdk.search.internal.DocumentMapper;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * Pages sorted by name, followed with their cursors, against a brute-force oracle: every visible record
 * ordered by the UTF-8 bytes of "LAST FIRST MIDDLE", then by CDC number. The names are drawn so that sort
 * values tie and nest: one surname shared by many, one surname the prefix of another, accented letters
 * (two-byte UTF-8), whole names repeated (then the CDC number decides). The index has several segments,
 * replaced versions and records retention hides.
 */
class NamePageProperties {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  private static final String[] LAST = {"MARTINEZ", "MARTINEZ", "MARTINEZ-LOPEZ", "MARTINE", "MARTINEZZ", "LEE",
      "LEES", "LE", "NÚÑEZ", "NUNEZ", "ÑAÑEZ", "HERNANDEZ", "HERNANDEZGARCIA", "O'BRIEN", "ZHU"};
  private static final String[] FIRST = {"ANA", "ANABEL", "JOSE", "JOSÉ", "AL", "ALBERTO", "Z"};

  /** A record and its place in the name order. */
  private record Named(Parolee record, BytesRef sortName, long cdcKey) {}

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void namePagesEqualBruteForce(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<Parolee> records = new ArrayList<>();
    for (Parolee p : gen.parolees(500)) {
      String middle = gen.nextInt(3) == 0 ? null : FIRST[gen.nextInt(FIRST.length)];
      records.add(p.toBuilder().name(new PersonName(FIRST[gen.nextInt(FIRST.length)], middle,
          LAST[gen.nextInt(LAST.length)], null)).build());
    }
    try (LeadsIndex index = LeadsIndex.builder().inMemory().build()) {
      for (int i = 0; i < records.size(); i++) {
        index.upsert(records.get(i));
        if (i % 120 == 119) {
          index.refresh();
        }
      }
      List<Parolee> current = new ArrayList<>(records);
      for (int i = 0; i < current.size(); i += 7) {
        Parolee p = current.get(i);
        Parolee next = p.toBuilder().recordVersion(p.recordVersion() + 1)
            .name(new PersonName("ANA", null, LAST[gen.nextInt(LAST.length)], null)).build();
        index.upsert(next);
        current.set(i, next);
      }
      index.refresh();
      Retention retention = index.retention();
      List<Named> expected = new ArrayList<>();
      for (Parolee p : current) {
        if (retention.visibility(p, NOW).visible()) {
          expected.add(new Named(p, new BytesRef(DocumentMapper.sortName(p.name())),
              DocumentMapper.cdcKey(p.cdcNumber().value())));
        }
      }
      expected.sort(Comparator.comparing(Named::sortName).thenComparingLong(Named::cdcKey));
      IndexSearcher searcher = index.acquire();
      try {
        for (int q = 0; q < 3; q++) {
          int pageSize = 1 + gen.nextInt(60);
          List<String> found = new ArrayList<>();
          PageCursor after = null;
          int pages = 0;
          do {
            SearchRequest.Builder b = SearchRequest.builder().sort(SortOrder.NAME).pageSize(pageSize).explain(false);
            if (after != null) {
              b.after(after);
            }
            QueryEngine.Page page = new QueryEngine().run(searcher, b.build(), NOW, ZONE);
            page.hits().forEach(h -> found.add(h.record().cdcNumber().value()));
            after = page.next();
            pages++;
          } while (after != null && pages < 1_000);
          assertThat(found).as("seed %d, page size %d: every page together is the oracle's name order", seed, pageSize)
              .isEqualTo(expected.stream().map(n -> n.record().cdcNumber().value()).toList());
        }
      } finally {
        index.release(searcher);
      }
    }
  }
}
