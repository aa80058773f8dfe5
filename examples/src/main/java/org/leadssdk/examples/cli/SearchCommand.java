package org.leadssdk.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.FilterWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.feed.CsvCountyDownload;
import org.leadssdk.core.json.LeadsJson;
import org.leadssdk.geo.Distance;
import org.leadssdk.geo.GeoJsonWriter;
import org.leadssdk.geo.KmlWriter;
import org.leadssdk.geo.MapFeature;
import org.leadssdk.policy.Action;
import org.leadssdk.search.FacetCount;
import org.leadssdk.search.FacetDimension;
import org.leadssdk.search.Hit;
import org.leadssdk.search.MatchedField;
import org.leadssdk.search.PageCursor;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leads search}: one page of hits, as a configured user. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches the index as a configured user (policy asked, audit written): one page of visible,"
        + " redacted hits as a table, JSON, CSV, GeoJSON or KML.")
final class SearchCommand implements Callable<Integer> {
  /** The output formats of a search page. */
  enum Format { TABLE, JSON, CSV, GEOJSON, KML }

  private static final ObjectMapper JSON = LeadsJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;

  @Mixin Common.IndexOption index = new Common.IndexOption();
  @Mixin Common.AccessOptions access = new Common.AccessOptions();
  @Mixin Common.Criteria criteria = new Common.Criteria();
  @Mixin Common.ClockOption clock = new Common.ClockOption();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output: ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}.")
  Format format = Format.TABLE;

  @Option(names = "--page-size", paramLabel = "N", defaultValue = "20",
      description = "Hits per page, 1 to 1,000; default ${DEFAULT-VALUE}.")
  int pageSize;

  @Option(names = "--after", paramLabel = "CURSOR",
      description = "The cursor of the previous page (printed as `next page:`), for the page after it.")
  @Nullable String after;

  @Option(names = "--facet", paramLabel = "DIMENSION", split = ",",
      description = "Facet counts to show: ${COMPLETION-CANDIDATES}.")
  List<FacetDimension> facets = new ArrayList<>();

  @Option(names = "--exact-total", description = "Count every match (otherwise the total of a broad search may stop at "
      + "1,000, and that of a nearest-first radius page at the records it needed; either is then shown as 'at least').")
  boolean exactTotal;

  @Override
  public Integer call() {
    SearchRequest.Builder b = criteria.request();
    try {
      b.pageSize(pageSize).explain(true);
      if (after != null) {
        b.after(PageCursor.parse(after));
      }
      if (!facets.isEmpty()) {
        b.facets(facets.toArray(FacetDimension[]::new));
      }
      if (exactTotal) {
        b.exactTotal();
      }
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
    SearchRequest request = Common.build(b);
    SearchResult result;
    try (Session session = Session.open(index, access, clock.clock())) {
      try {
        result = session.search.search(session.context(Action.SEARCH), request);
      } catch (IllegalArgumentException e) {
        throw CliException.usage(e.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TABLE -> table(result, out);
      case JSON -> out.println(json(result));
      case CSV -> csv(result, out);
      case GEOJSON -> out.print(map(result, false));
      case KML -> out.print(map(result, true));
    }
    out.flush();
    return LeadsCli.EXIT_OK;
  }

  private static void table(SearchResult result, PrintWriter out) {
    out.printf(Locale.ROOT, "%-7s %-28s %-11s %-14s %-18s %s%n", "CDC", "NAME", "STATUS", "UNIT", "CITY", "MILES");
    for (Hit hit : result.hits()) {
      Parolee p = hit.record();
      out.printf(Locale.ROOT, "%-7s %-28s %-11s %-14s %-18s %s%n", p.cdcNumber().value(), cut(name(p), 28),
          p.status().code(), cut(unit(p), 14), cut(p.currentResidence().map(a -> a.city()).orElse("-"), 18),
          hit.distanceMeters().isPresent()
              ? String.format(Locale.ROOT, "%.2f", hit.distanceMeters().getAsDouble() / Distance.METERS_PER_MILE)
              : "-");
    }
    out.printf(Locale.ROOT, "%s%,d records; %d on this page%s%n", result.total().isExact() ? "" : "at least ",
        result.total().lowerBound(), result.hits().size(), result.omittedByPolicy() == 0 ? ""
            : String.format(Locale.ROOT, "; %,d more hidden by retention", result.omittedByPolicy()));
    for (Map.Entry<FacetDimension, List<FacetCount>> facet : result.facets().entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).toList()) {
      out.printf(Locale.ROOT, "%s: %s%n", facet.getKey(), facet.getValue().isEmpty() ? "(no values)"
          : String.join(", ", facet.getValue().stream()
              .map(c -> String.format(Locale.ROOT, "%s %,d", c.value(), c.count())).toList()));
    }
    result.nextPage().ifPresent(c -> out.println("next page: --after " + c.token()));
  }

  /** The page as one JSON document: counts, facets, the next cursor, and each hit with its record. */
  static String json(SearchResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("searchedAt", result.searchedAt().toString());
    root.put("total", result.total().lowerBound());
    root.put("exact", result.total().isExact());
    root.put("omittedByPolicy", result.omittedByPolicy());
    root.put("next", result.nextPage().map(PageCursor::token).orElse(null));
    ObjectNode facets = root.putObject("facets");
    result.facets().forEach((dimension, counts) -> {
      ArrayNode list = facets.putArray(dimension.name());
      counts.forEach(c -> list.addObject().put("value", c.value()).put("count", c.count()));
    });
    ArrayNode hits = root.putArray("hits");
    for (Hit hit : result.hits()) {
      ObjectNode h = hits.addObject();
      h.put("cdcNumber", hit.record().cdcNumber().value());
      h.put("score", hit.score());
      if (hit.distanceMeters().isPresent()) {
        h.put("distanceMiles", hit.distanceMeters().getAsDouble() / Distance.METERS_PER_MILE);
      }
      ArrayNode matched = h.putArray("matched");
      for (MatchedField f : hit.matched()) {
        matched.addObject().put("path", f.path()).put("value", f.value()).put("how", f.how().name());
      }
      h.set("record", JSON.valueToTree(hit.record()));
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the search result as JSON", e);
    }
  }

  private static void csv(SearchResult result, PrintWriter out) {
    try (CsvCountyDownload csv = CsvCountyDownload.to(new KeepOpen(out))) {
      result.hits().forEach(h -> csv.write(h.record()));
    }
  }

  private static String map(SearchResult result, boolean kml) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<MapFeature> features = result.hits().stream().map(h -> MapFeature.fromParolee(h.record()))
        .flatMap(Optional::stream).toList();
    if (kml) {
      try (KmlWriter w = KmlWriter.create(bytes, "LEADS search")) {
        features.forEach(w::write);
      }
    } else {
      try (GeoJsonWriter w = GeoJsonWriter.create(bytes)) {
        features.forEach(w::write);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String name(Parolee p) {
    return p.name().last() + ", " + p.name().first();
  }

  private static String unit(Parolee p) {
    CountyUnit county = p.supervision().countyUnit();
    if (county != null) {
      return county.code();
    }
    org.leadssdk.core.ParoleUnit parole = p.supervision().paroleUnit();
    return parole == null ? "-" : parole.code();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** A writer whose close only flushes: the command's output belongs to the command line. */
  private static final class KeepOpen extends FilterWriter {
    KeepOpen(Writer out) {
      super(out);
    }

    @Override
    public void close() {
      try {
        flush();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot write the output", e);
      }
    }
  }
}
