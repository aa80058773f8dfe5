package org.leadssdk.core.feed;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.Coded;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.Offense;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PersonName;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.internal.Check;

/**
 * Writes the county data download of Parole LEADS 2.0: one CSV row per record with the PRCS columns of
 * the overview, in its order ("CDC#, Name, DOB, Birth Place, Hair/Eye Color, Height/Weight, Ethnicity,
 * Release Date, SSN, FBI &amp; CII #s, Registration Requirements for H&amp;S, PC290, 457.1, 3086.6 (Y/N);
 * County of Last Legal Residence (COLLR), Commitment Offense and Self-Disclosed Address"), one value per
 * column: {@link #COLUMNS}. Not thread-safe; one writer per output.
 *
 * <pre>{@code
 * try (CsvCountyDownload csv = CsvCountyDownload.to(out)) {
 *   for (Parolee p : redactedMatches) {
 *     csv.write(p);
 *   }
 * }
 * }</pre>
 *
 * <p>Format: a header row, then one row per {@link #write(Parolee)}, RFC 4180 (comma separated, CRLF line
 * ends, a field holding a comma, quote, CR or LF is quoted and its quotes doubled), UTF-8 when written to a
 * stream. Codes are the SDK's wire codes ({@code BRO}, {@code W}, {@code SAC}); dates are
 * {@code yyyy-MM-dd}; the SSN is its nine digits; registrations are {@code Y} or {@code N}.
 * <ul>
 *   <li>{@code RACE} and {@code ETHNICITY} are separate columns: the record holds both (the overview's
 *       "Ethnicity").
 *   <li>{@code COMMITMENT_OFFENSE} is the most recent commitment offense, as code section and description
 *       ({@code PC 211 Robbery}): the one with the latest offense date; offenses without a date count as
 *       older than dated ones, and among equals the one listed last wins.
 *   <li>{@code SELF_DISCLOSED_ADDRESS} is the current (no end date) self-disclosed address on one line,
 *       {@code STREET UNIT, CITY, ST ZIP}; with several current ones, the one with the latest start.
 *   <li>The name suffix, aliases and the other address types are not columns of the overview's list and
 *       are not written.
 * </ul>
 *
 * <p>It writes what it is given: redaction happens before, and an optional field a redacted record leaves
 * empty (null), such as the SSN, is an empty cell.
 *
 * <p><b>Note (formula injection):</b> a cell that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return gets a leading apostrophe ({@code '}), so that a spreadsheet opening the file
 * shows the text instead of evaluating it as a formula. The file therefore differs from the record for such
 * values (none of the SDK's codes, identifiers or dates start with these characters; free text such as an
 * offense description or a street line can).
 *
 * <p>Output is buffered: {@link #flush()} pushes the rows written so far to the target, {@link #close()}
 * flushes and closes the target. A target that fails gives a {@link FeedIoException} naming what was
 * being done and the rows written before; such a download should be closed and its output discarded.
 */
public final class CsvCountyDownload implements AutoCloseable {
  /** The column names, in order. */
  public static final List<String> COLUMNS = List.of(
      "CDC_NUMBER", "LAST_NAME", "FIRST_NAME", "MIDDLE_NAME", "DOB", "BIRTH_PLACE", "HAIR", "EYES", "HEIGHT_IN",
      "WEIGHT_LB", "RACE", "ETHNICITY", "RELEASE_DATE", "SSN", "FBI_NUMBER", "CII_NUMBER", "REG_HS_11590",
      "REG_PC_290", "REG_PC_457_1", "REG_PC_3058_6", "COLLR", "COMMITMENT_OFFENSE", "SELF_DISCLOSED_ADDRESS");

  private static final Comparator<Offense> BY_OFFENSE_DATE =
      Comparator.comparing(Offense::offenseDate, Comparator.nullsFirst(Comparator.naturalOrder()));
  private static final Comparator<Address> BY_FROM =
      Comparator.comparing(Address::from, Comparator.nullsFirst(Comparator.naturalOrder()));

  // thread-safe once configured; shared so that each download reuses Jackson's serializer cache
  private static final ObjectWriter ROW_WRITER = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
      .build()
      .writerFor(String[].class)
      .with(CsvSchema.emptySchema().withLineSeparator("\r\n").withoutHeader());

  private final SequenceWriter rows;
  private long written;
  private boolean closed;

  private CsvCountyDownload(Writer target) {
    try {
      this.rows = ROW_WRITER.writeValues(target);
      // the header is written as the first row, so that even an empty download has it
      rows.write(COLUMNS.toArray(String[]::new));
    } catch (IOException e) {
      throw new FeedIoException("write the header of the county download", 0, e);
    }
  }

  /**
   * A download to {@code out} in UTF-8; closing the download closes {@code out}.
   *
   * @throws FeedIoException if the header cannot be written
   */
  public static CsvCountyDownload to(OutputStream out) {
    Check.notNull("out", out);
    return new CsvCountyDownload(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024));
  }

  /**
   * A download to {@code out}; closing the download closes {@code out}.
   *
   * @throws FeedIoException if the header cannot be written
   */
  public static CsvCountyDownload to(Writer out) {
    Check.notNull("out", out);
    return new CsvCountyDownload(out);
  }

  /**
   * Writes one record as one row.
   *
   * @throws FeedIoException if the target fails
   * @throws IllegalStateException if the download is closed
   */
  public void write(Parolee record) {
    Check.notNull("record", record);
    writeCells(row(record));
    written++;
  }

  /** Writes one row of cells as they are (the record types hold no line breaks; tests write some here). */
  void writeCells(String[] cells) {
    if (closed) {
      throw new IllegalStateException("CsvCountyDownload is closed");
    }
    try {
      rows.write(cells);
    } catch (IOException e) {
      throw new FeedIoException("write row " + (written + 1) + " of the county download", written, e);
    }
  }

  /** The number of record rows written so far (the header not counted). */
  public long rows() {
    return written;
  }

  /**
   * Pushes the rows written so far to the target and flushes it.
   *
   * @throws FeedIoException if the target fails
   */
  public void flush() {
    if (!closed) {
      try {
        rows.flush();
      } catch (IOException e) {
        throw new FeedIoException("flush the county download", written, e);
      }
    }
  }

  /**
   * Flushes and closes the target. Closing again has no effect, also after a failed close.
   *
   * @throws FeedIoException if the target fails to flush or close
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        rows.close();
      } catch (IOException e) {
        throw new FeedIoException("close the county download", written, e);
      }
    }
  }

  /** The cells of {@code p}, in {@link #COLUMNS} order, guarded against formula injection. */
  static String[] row(Parolee p) {
    PersonName name = p.name();
    PhysicalDescription d = p.description();
    Identifiers ids = p.identifiers();
    Supervision s = p.supervision();
    String[] cells = {
      p.cdcNumber().value(),
      name.last(),
      name.first(),
      text(name.middle()),
      d.dateOfBirth().toString(),
      text(d.birthplace()),
      d.hair().code(),
      d.eyes().code(),
      Integer.toString(d.heightInches()),
      Integer.toString(d.weightPounds()),
      d.race().code(),
      code(d.ethnicity()),
      date(s.releaseDate()),
      ids.ssn() == null ? "" : ids.ssn().value(),
      ids.fbi() == null ? "" : ids.fbi().value(),
      ids.cii() == null ? "" : ids.cii().value(),
      yesNo(p, RegistrationStatute.HS_11590),
      yesNo(p, RegistrationStatute.PC_290),
      yesNo(p, RegistrationStatute.PC_457_1),
      yesNo(p, RegistrationStatute.PC_3058_6),
      code(s.countyOfLastLegalResidence()),
      mostRecentOffense(p).map(o -> o.codeSection() + " " + o.description()).orElse(""),
      selfDisclosedAddress(p).map(CsvCountyDownload::oneLine).orElse(""),
    };
    for (int i = 0; i < cells.length; i++) {
      cells[i] = guard(cells[i]);
    }
    return cells;
  }

  /**
   * Prefixes a cell that a spreadsheet would evaluate as a formula with an apostrophe.
   *
   * @param cell the cell text
   * @return the cell, with a leading {@code '} if it starts with {@code = + - @}, a tab or a CR
   */
  static String guard(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }

  /** The most recent commitment offense: the latest offense date, undated ones oldest, ties to the last. */
  static Optional<Offense> mostRecentOffense(Parolee p) {
    @Nullable Offense best = null;
    for (Offense o : p.offenses()) {
      if (best == null || BY_OFFENSE_DATE.compare(o, best) >= 0) {
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The current self-disclosed address: the latest start among those without an end, ties to the last. */
  static Optional<Address> selfDisclosedAddress(Parolee p) {
    @Nullable Address best = null;
    for (Address a : p.addresses()) {
      if (a.type() == AddressType.SELF_DISCLOSED && a.isCurrent() && (best == null || BY_FROM.compare(a, best) >= 0)) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String oneLine(Address a) {
    return a.street() + (a.unit() == null ? "" : " " + a.unit()) + ", " + a.city() + ", " + a.state().code() + " "
        + a.zip().value();
  }

  private static String yesNo(Parolee p, RegistrationStatute statute) {
    return p.registrations().contains(statute) ? "Y" : "N";
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  private static String code(@Nullable Coded value) {
    return value == null ? "" : value.code();
  }

  private static String date(@Nullable LocalDate value) {
    return value == null ? "" : value.toString();
  }
}
