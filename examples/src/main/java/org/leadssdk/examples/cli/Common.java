package org.leadssdk.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.geo.Distance;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.SortOrder;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The options several commands share (as picocli mixins) and the converters of their values. */
final class Common {
  private Common() {}

  /** {@code --at}: the instant the command acts at. */
  static final class ClockOption {
    @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
        description = "The instant the command acts at, ISO-8601 (e.g. 2026-11-01T17:00:00Z); default: now."
            + " Retention, account checks and audit entries use it.")
    @Nullable Instant at;

    Clock clock() {
      return at == null ? Clock.systemUTC() : Clock.fixed(at, ZoneOffset.UTC);
    }
  }

  /** {@code --config}, {@code --user}, {@code --audit}: who asks, and where the audit trail goes. */
  static final class AccessOptions {
    @Option(names = "--config", required = true, paramLabel = "FILE",
        description = "The JSON configuration file with agencies, divisions and users (see `leads config init`).")
    Path config = Path.of("");

    @Option(names = "--user", required = true, paramLabel = "ID", description = "The ID of the configured user asking.")
    String user = "";

    @Option(names = "--audit", paramLabel = "FILE",
        description = "The audit trail file (hash-chained JSON lines); default: audit.jsonl next to the index"
            + " (alpr-check: next to the configuration file).")
    @Nullable Path audit;

    /** The audit file: the one given, or {@code audit.jsonl} in the folder that holds {@code anchor}. */
    Path auditFile(Path anchor) {
      if (audit != null) {
        return audit;
      }
      Path absolute = anchor.toAbsolutePath().normalize();
      return absolute.getParent() == null ? absolute.resolve("audit.jsonl") : absolute.resolveSibling("audit.jsonl");
    }
  }

  /** {@code --index DIR}. */
  static final class IndexOption {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
    Path index = Path.of("");

    /** The folder, which must exist: searches never create an empty index by mistake. */
    Path existing() {
      if (!Files.isDirectory(index)) {
        throw CliException.input("index: no index folder " + index + " (build one with `leads ingest`)");
      }
      return index;
    }
  }

  /** The search criteria of {@code search} and {@code export}. */
  static final class Criteria {
    @Parameters(arity = "0..*", paramLabel = "TERM",
        description = "Search term over all fields (several words: all must match).")
    List<String> term = new ArrayList<>();

    @Option(names = "--last-name", paramLabel = "NAME", description = "Last name (phonetic and typo-tolerant).")
    @Nullable String lastName;

    @Option(names = "--first-name", paramLabel = "NAME", description = "First name (phonetic and typo-tolerant).")
    @Nullable String firstName;

    @Option(names = "--status", paramLabel = "STATUS", split = ",", converter = StatusConverter.class,
        description = "Statuses, comma-separated: ACTIVE, PRE-PAROLE, SUSPENDED, REVOKED, DEPORTED, DISCHARGED,"
            + " NRP, MNRP, PRCS.")
    List<ParoleStatus> statuses = new ArrayList<>();

    @Option(names = "--county-unit", paramLabel = "UNIT", converter = CountyUnitConverter.class,
        description = "PRCS county unit, e.g. PRCS-SAC.")
    @Nullable CountyUnit countyUnit;

    @Option(names = "--plate", paramLabel = "PLATE", description = "Full or partial licence plate.")
    @Nullable String plate;

    @Option(names = "--smt", paramLabel = "TEXT", description = "Words of a scar, mark or tattoo description.")
    @Nullable String smt;

    @Option(names = "--offense", paramLabel = "TEXT", description = "Offense code section or description words.")
    @Nullable String offense;

    @Option(names = "--near", paramLabel = "LAT,LON", converter = GeoPointConverter.class,
        description = "Centre of a radius search in decimal degrees, e.g. 38.5767,-121.4934 (needs --radius).")
    @Nullable GeoPoint near;

    @Option(names = "--radius", paramLabel = "DISTANCE", converter = DistanceConverter.class,
        description = "Radius around --near: a number and a unit, e.g. 2mi, 500ft, 3.5km.")
    @Nullable Distance radius;

    @Option(names = "--sort", paramLabel = "ORDER",
        description = "Order: ${COMPLETION-CANDIDATES}; default: distance with --near, relevance with a term or"
            + " name, else name.")
    @Nullable SortOrder sort;

    /** The request builder holding these criteria. */
    SearchRequest.Builder request() {
      if ((near == null) != (radius == null)) {
        throw CliException.usage(near == null ? "--radius needs --near LAT,LON" : "--near needs --radius, e.g. 2mi");
      }
      SearchRequest.Builder b = SearchRequest.builder();
      try {
        if (!term.isEmpty()) {
          b.term(String.join(" ", term));
        }
        if (lastName != null) {
          b.lastName(lastName);
        }
        if (firstName != null) {
          b.firstName(firstName);
        }
        if (!statuses.isEmpty()) {
          b.statuses(statuses);
        }
        if (countyUnit != null) {
          b.countyUnit(countyUnit);
        }
        if (plate != null) {
          b.plate(plate);
        }
        if (smt != null) {
          b.smtText(smt);
        }
        if (offense != null) {
          b.offense(offense);
        }
        if (near != null && radius != null) {
          b.within(near, radius);
          b.sort(SortOrder.DISTANCE);
        }
        if (sort != null) {
          b.sort(sort);
        }
      } catch (IllegalArgumentException e) {
        throw CliException.usage(e.getMessage());
      }
      return b;
    }
  }

  /** Builds a request, turning a refused criterion into a usage error. */
  static SearchRequest build(SearchRequest.Builder builder) {
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
  }

  /** A converter from a parsing function whose {@link IllegalArgumentException} names the rule. */
  private abstract static class Parsing<T> implements ITypeConverter<T> {
    private final Function<String, T> parse;

    Parsing(Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public T convert(String value) {
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code LAT,LON}. */
  static final class GeoPointConverter extends Parsing<GeoPoint> {
    GeoPointConverter() {
      super(GeoPoint::parse);
    }
  }

  /** {@code 2mi}, {@code 500 ft}. */
  static final class DistanceConverter extends Parsing<Distance> {
    DistanceConverter() {
      super(Distance::parse);
    }
  }

  /** A status wire code ({@code PRE-PAROLE}) or constant name ({@code PRE_PAROLE}). */
  static final class StatusConverter extends Parsing<ParoleStatus> {
    StatusConverter() {
      super(text -> {
        try {
          return ParoleStatus.fromCode(text);
        } catch (IllegalArgumentException e) {
          return ParoleStatus.fromCode(text.replace('_', '-'));
        }
      });
    }
  }

  /** {@code PRCS-SAC}. */
  static final class CountyUnitConverter extends Parsing<CountyUnit> {
    CountyUnitConverter() {
      super(CountyUnit::parse);
    }
  }

  /** ISO-8601 instant. */
  static final class InstantConverter extends Parsing<Instant> {
    InstantConverter() {
      super(text -> {
        try {
          return Instant.parse(text);
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("\"" + text + "\" is not an ISO-8601 instant such as 2026-11-01T17:00:00Z",
              e);
        }
      });
    }
  }
}
