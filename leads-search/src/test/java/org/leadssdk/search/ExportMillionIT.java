package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.policy.Visibility;
import org.leadssdk.search.internal.Fields;

/**
 * Issue 6, "Exporting 1,000,000 records keeps the heap under 256 MB; the manifest reconciles with the
 * index": a child JVM indexes 1,000,000 synthetic records (own heap), a second child JVM limited to
 * {@code -Xmx256m} exports all of them as NDJSON to a stream that discards the bytes, and this JVM
 * reconciles the manifest with the index: every exported CDC number is held, the only records held but
 * not exported are those retention hides, and the counts, lines and checksum agree. The record count can
 * be lowered with {@code -Dleads.exportIT.records=N} for a quick local run.
 */
class ExportMillionIT {
  private static final int RECORDS = Integer.getInteger("leads.exportIT.records", 1_000_000);
  private static final long SEED = 20261101L;

  @Test
  void exportingAMillionRecordsFitsIn256MegabytesAndTheManifestReconcilesWithTheIndex(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("index");
    Path figuresFile = tmp.resolve("figures.properties");
    Path indexFile = tmp.resolve("index-file.txt");
    runChild(tmp.resolve("ingest.log"), "-Xmx1g", "ingest", dir.toString(), Integer.toString(RECORDS), Long.toString(SEED));
    runChild(tmp.resolve("export.log"), "-Xmx256m", "export", dir.toString(), figuresFile.toString(),
        indexFile.toString());

    Properties figures = new Properties();
    try (Reader r = Files.newBufferedReader(figuresFile, StandardCharsets.UTF_8)) {
      figures.load(r);
    }
    long recordCount = Long.parseLong(figures.getProperty("recordCount"));
    long omitted = Long.parseLong(figures.getProperty("omittedByPolicy"));
    assertThat(Long.parseLong(figures.getProperty("indexSize"))).isEqualTo(RECORDS);
    assertThat(recordCount + omitted).as("exported plus hidden by retention is the whole index").isEqualTo(RECORDS);
    assertThat(omitted).as("the synthetic data holds records retention hides").isPositive();
    assertThat(Long.parseLong(figures.getProperty("lines"))).isEqualTo(recordCount);
    assertThat(Long.parseLong(figures.getProperty("cdcNumbers"))).isEqualTo(recordCount);
    assertThat(figures.getProperty("sha256Matches")).isEqualTo("true");
    assertThat(Long.parseLong(figures.getProperty("maxHeapBytes"))).isLessThanOrEqualTo(256L * 1024 * 1024);

    List<CdcNumber> exported = new ArrayList<>();
    try (var lines = Files.lines(indexFile, StandardCharsets.UTF_8)) {
      lines.forEach(line -> exported.add(new CdcNumber(line)));
    }
    assertThat(exported).hasSize((int) recordCount);
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      Reconciliation reconciliation = index.reconcile(exported);
      assertThat(reconciliation.missingFromIndex()).as("every exported CDC number is in the index").isEmpty();
      assertThat(reconciliation.notInSource()).as("held but not exported: exactly the hidden ones").hasSize((int) omitted);
      for (CdcNumber hidden : reconciliation.notInSource()) {
        Visibility v = index.retention().visibility(record(index, hidden), ExportMillionChild.NOW);
        assertThat(v.visible()).as("%s was left out, so retention must hide it", hidden).isFalse();
      }
    }
  }

  private static Parolee record(LeadsIndex index, CdcNumber cdc) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      TopDocs docs = searcher.search(new TermQuery(new Term(Fields.CDC, cdc.value())), 1);
      return new QueryEngine().records(searcher, docs.scoreDocs)[0];
    } finally {
      index.release(searcher);
    }
  }

  private static void runChild(Path log, String heap, String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> command = new ArrayList<>(List.of(java, heap, "-XX:+ExitOnOutOfMemoryError",
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
        ExportMillionChild.class.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = child.waitFor(15, TimeUnit.MINUTES);
    if (!done) {
      child.destroyForcibly();
    }
    assertThat(done && child.exitValue() == 0)
        .as("child %s %s failed:%n%s", heap, args[0], Files.readString(log, StandardCharsets.UTF_8))
        .isTrue();
  }
}
