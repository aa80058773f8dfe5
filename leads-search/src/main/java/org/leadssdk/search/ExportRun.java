package org.leadssdk.search;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.feed.CsvCountyDownload;
import org.leadssdk.core.feed.NdjsonFeedWriter;
import org.leadssdk.geo.GeoJsonWriter;
import org.leadssdk.geo.KmlWriter;
import org.leadssdk.geo.MapFeature;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.Role;

/**
 * One data download: pages through all visible matches of a request with search-after (pages of
 * {@value #PAGE_SIZE}, one searcher and one instant throughout, so the pages form one consistent snapshot),
 * redacts each record and streams it in the format, counting and hashing as it goes. Memory stays bounded
 * by one page plus the CDC numbers of the index file. Not thread-safe; one instance per export.
 */
final class ExportRun {
  /** Records fetched per page. */
  static final int PAGE_SIZE = 1000;

  private final QueryEngine engine;
  private final Redactor redactor;
  private final Set<Role> roles;
  private final ExportFormat format;
  private final Instant now;
  private final ZoneId zone;

  private final List<String> cdcNumbers = new ArrayList<>();
  private long withoutLocation;

  ExportRun(QueryEngine engine, Redactor redactor, Set<Role> roles, ExportFormat format, Instant now,
      ZoneId zone) {
    this.engine = engine;
    this.redactor = redactor;
    this.roles = roles;
    this.format = format;
    this.now = now;
    this.zone = zone;
  }

  /** How many records were written so far. */
  long written() {
    return cdcNumbers.size();
  }

  /**
   * Streams every visible match of {@code request} to {@code out}, which is flushed, not closed.
   *
   * @throws IOException if the index cannot be read
   * @throws UncheckedIOException or {@link org.leadssdk.core.feed.FeedIoException} if {@code out} fails
   */
  ExportManifest run(IndexSearcher searcher, SearchRequest request, OutputStream out) throws IOException {
    MessageDigest sha256 = sha256();
    DigestOutputStream digest = new DigestOutputStream(out, sha256);
    RecordSink sink = open(new KeepOpen(digest));
    SearchRequest page = pageOf(request, null);
    long omitted = -1;
    while (true) {
      QueryEngine.Page result = engine.run(searcher, page, now, zone);
      if (omitted < 0) {
        omitted = result.omitted();
      }
      for (QueryEngine.RawHit hit : result.hits()) {
        Parolee shown = redactor.redact(hit.record(), roles);
        if (sink.write(shown)) {
          cdcNumbers.add(shown.cdcNumber().value());
        } else {
          withoutLocation++;
        }
      }
      PageCursor next = result.next();
      if (next == null) {
        break;
      }
      page = pageOf(request, next);
    }
    sink.finish();
    try {
      digest.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flush the export's output", e);
    }
    return new ExportManifest(format, request.describe(), now, cdcNumbers.size(), withoutLocation, omitted,
        HexFormat.of().formatHex(sha256.digest()), cdcNumbers);
  }

  /** The request's criteria and order with a page of {@value #PAGE_SIZE} after {@code after}, no facets. */
  static SearchRequest pageOf(SearchRequest r, @Nullable PageCursor after) {
    return new SearchRequest(r.term(), r.lastName(), r.firstName(), r.cdcNumber(), r.dateOfBirthFrom(),
        r.dateOfBirthTo(), r.ageMin(), r.ageMax(), r.heightMinInches(), r.heightMaxInches(), r.weightMinPounds(),
        r.weightMaxPounds(), r.sexes(), r.races(), r.hairColors(), r.eyeColors(), r.smtText(), r.smtCode(),
        r.plate(), r.offense(), r.registrations(), r.statuses(), r.levels(), r.agent(), r.paroleUnit(),
        r.countyUnit(), r.county(), r.zip(), r.geo(), r.sort(), PAGE_SIZE, after, Set.of(), false, false);
  }

  private RecordSink open(OutputStream target) {
    return switch (format) {
      case CSV -> {
        CsvCountyDownload csv = CsvCountyDownload.to(target);
        yield new RecordSink() {
          @Override public boolean write(Parolee p) {
            csv.write(p);
            return true;
          }

          @Override public void finish() {
            csv.close();
          }
        };
      }
      case NDJSON -> {
        NdjsonFeedWriter ndjson = NdjsonFeedWriter.to(target);
        yield new RecordSink() {
          @Override public boolean write(Parolee p) {
            ndjson.write(p);
            return true;
          }

          @Override public void finish() {
            ndjson.close();
          }
        };
      }
      case GEOJSON -> {
        GeoJsonWriter json = GeoJsonWriter.create(target);
        yield located(json::write, json::close);
      }
      case KML -> {
        KmlWriter kml = KmlWriter.create(target, "LEADS data download " + now);
        yield located(kml::write, kml::close);
      }
    };
  }

  private static RecordSink located(java.util.function.Consumer<MapFeature> write, Runnable close) {
    return new RecordSink() {
      @Override public boolean write(Parolee p) {
        Optional<MapFeature> feature = MapFeature.fromParolee(p);
        feature.ifPresent(write);
        return feature.isPresent();
      }

      @Override public void finish() {
        close.run();
      }
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the Java platform must provide SHA-256", e);
    }
  }

  /** Writes one record; false if the format cannot carry it (no location). */
  private interface RecordSink {
    boolean write(Parolee p);

    void finish();
  }

  /** Passes writes through; close only flushes, since the caller's stream stays open. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
