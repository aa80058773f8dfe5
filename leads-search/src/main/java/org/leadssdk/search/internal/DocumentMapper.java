package org.leadssdk.search.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.leadssdk.core.Address;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.Offense;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PersonName;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Smt;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.Vehicle;

/**
 * Maps a record to its index document. The SSN and the driver licence are never indexed for search:
 * a role that may not see them must not be able to probe them either.
 *
 * <p>Only the catch-all field {@link Fields#ALL} keeps word positions: it is the only field a phrase is
 * searched in (quotes in a search term). Name fields are matched with constant scores, so they keep
 * neither frequencies nor norms ({@link #NAME_TEXT}); the scored word fields (SMT, offense, agent) keep
 * frequencies and norms, which is all their BM25 scores read ({@link #WORD_TEXT}).
 */
public final class DocumentMapper {
  /** Tokenized, documents only, no norms: the name fields, matched with constant scores. */
  private static final FieldType NAME_TEXT = textType(IndexOptions.DOCS, true);
  /** Tokenized, documents and frequencies, with norms: the scored word fields. */
  private static final FieldType WORD_TEXT = textType(IndexOptions.DOCS_AND_FREQS, false);

  private final Function<Parolee, VisibilityWindow> visibility;

  /**
   * @param visibility the retention window of a record
   */
  public DocumentMapper(Function<Parolee, VisibilityWindow> visibility) {
    this.visibility = visibility;
  }

  /**
   * A CDC number as a number that sorts like its text: its six ASCII characters, big-endian, in the low
   * 48 bits. Sorting searches on this number rather than the text saves a term-dictionary lookup per
   * competitive hit.
   *
   * @throws IllegalArgumentException if {@code cdc} is not six ASCII characters
   */
  public static long cdcKey(String cdc) {
    if (cdc.length() != 6) {
      throw new IllegalArgumentException("cdcNumber: a CDC number has 6 characters, got " + cdc.length());
    }
    long key = 0;
    for (int i = 0; i < 6; i++) {
      char c = cdc.charAt(i);
      if (c > 0x7f) {
        throw new IllegalArgumentException("cdcNumber: a CDC number is ASCII letters and digits");
      }
      key = (key << 8) | c;
    }
    return key;
  }

  /** The CDC number text of a {@link #cdcKey}. */
  public static String cdcOfKey(long key) {
    char[] out = new char[6];
    for (int i = 5; i >= 0; i--) {
      out[i] = (char) (key & 0xff);
      key >>>= 8;
    }
    return new String(out);
  }

  /** The document of a live record. */
  public Document toDocument(Parolee p, byte[] encoded) {
    Document doc = new Document();
    String cdc = p.cdcNumber().value();
    doc.add(new StringField(Fields.CDC, cdc, Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.CDC, new BytesRef(cdc)));
    doc.add(new NumericDocValuesField(Fields.CDC_KEY, cdcKey(cdc)));
    doc.add(new NumericDocValuesField(Fields.VERSION, p.recordVersion()));
    doc.add(new BinaryDocValuesField(Fields.RECORD, new BytesRef(encoded)));
    sourceTime(doc, p.sourceTimestamp());


    PersonName name = p.name();
    addName(doc, name.first(), name.last());
    for (Alias alias : p.aliases()) {
      addName(doc, alias.first(), alias.last());
    }
    doc.add(new SortedDocValuesField(Fields.SORT_NAME, new BytesRef(sortName(name))));


    PhysicalDescription d = p.description();
    doc.add(new LongPoint(Fields.DOB, d.dateOfBirth().toEpochDay()));
    doc.add(new IntPoint(Fields.HEIGHT, d.heightInches()));
    doc.add(new IntPoint(Fields.WEIGHT, d.weightPounds()));
    keyword(doc, Fields.SEX, d.sex().code());
    keyword(doc, Fields.RACE, d.race().code());
    keyword(doc, Fields.HAIR, d.hair().code());
    keyword(doc, Fields.EYES, d.eyes().code());

    for (Address a : p.addresses()) {
      keyword(doc, Fields.ZIP, a.zip().zip5());
    }
    p.currentResidence().ifPresent(home -> {
      if (home.county() != null) {
        facetKeyword(doc, Fields.COUNTY, home.county().code());
      }
      if (home.geocode() != null) {
        double lat = home.geocode().point().latitude();
        double lon = home.geocode().point().longitude();
        doc.add(new LatLonPoint(Fields.LOCATION, lat, lon));
        doc.add(new LatLonDocValuesField(Fields.LOCATION, lat, lon));
      }
    });

    for (Smt smt : p.smts()) {
      String code = smt.code().value();
      keyword(doc, Fields.SMT_CODE, code);
      keyword(doc, Fields.SMT_CODE, smt.code().kind());
      String words = SmtWords.kindWords(smt.code().kind()) + " " + code + " " + nullToEmpty(smt.description());
      doc.add(new Field(Fields.SMT_TEXT, words, WORD_TEXT));
    }

    for (Vehicle v : p.vehicles()) {
      String plate = v.plate().number();
      keyword(doc, Fields.PLATE, plate);
      doc.add(new SortedSetDocValuesField(Fields.PLATE, new BytesRef(plate)));
      keyword(doc, Fields.PLATE_REVERSED, new StringBuilder(plate).reverse().toString());
      for (String gram : PlatePatterns.grams(plate)) {
        keyword(doc, Fields.PLATE_GRAM, gram);
      }
    }

    for (Offense o : p.offenses()) {
      CodeSection cs = o.codeSection();
      keyword(doc, Fields.OFFENSE_CODE, cs.toString());
      keyword(doc, Fields.OFFENSE_CODE, baseSection(cs));
      doc.add(new Field(Fields.OFFENSE_TEXT, o.description(), WORD_TEXT));
    }

    for (RegistrationStatute r : p.registrations()) {
      facetKeyword(doc, Fields.REGISTRATION, r.code());
    }

    Supervision s = p.supervision();
    facetKeyword(doc, Fields.STATUS, s.status().code());
    facetKeyword(doc, Fields.LEVEL, s.level().code());
    if (s.agent() != null) {
      doc.add(new Field(Fields.AGENT, s.agent().name(), WORD_TEXT));
    }
    if (s.paroleUnit() != null) {
      facetKeyword(doc, Fields.PAROLE_UNIT, s.paroleUnit().code());
    }
    if (s.countyUnit() != null) {
      facetKeyword(doc, Fields.COUNTY_UNIT, s.countyUnit().code());
    }

    VisibilityWindow window = visibility.apply(p);
    if (window.bounded()) {
      doc.add(new NumericDocValuesField(Fields.VISIBLE_FROM, window.from()));
      doc.add(new NumericDocValuesField(Fields.VISIBLE_UNTIL, window.until()));
    }

    StringBuilder all = new StringBuilder(1024);
    RecordTexts.appendAll(p, all, " \n ");
    doc.add(new TextField(Fields.ALL, all.toString(), Field.Store.NO));
    return doc;
  }

  /**
   * The document that records the removal of a record at a version and when the source removed it (no
   * searchable content).
   */
  public Document tombstone(CdcNumber cdc, long version, Instant sourceTimestamp) {
    Document doc = new Document();
    doc.add(new StringField(Fields.CDC, cdc.value(), Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.CDC, new BytesRef(cdc.value())));
    doc.add(new NumericDocValuesField(Fields.CDC_KEY, cdcKey(cdc.value())));
    doc.add(new NumericDocValuesField(Fields.VERSION, version));
    sourceTime(doc, sourceTimestamp);
    doc.add(new StringField(Fields.TOMBSTONE, "1", Field.Store.NO));
    doc.add(new NumericDocValuesField(Fields.TOMBSTONE, 1));
    return doc;
  }

  /**
   * The key of an instant in {@link Fields#SOURCE_TIME}: epoch nanoseconds, clamped to the long range, so
   * the order of instants is kept (instants outside years 1677 to 2262 compare equal to the bound).
   */
  public static long sourceTimeKey(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds >= Long.MAX_VALUE / 1_000_000_000L) {
      return Long.MAX_VALUE;
    }
    if (seconds <= Long.MIN_VALUE / 1_000_000_000L) {
      return Long.MIN_VALUE;
    }
    return seconds * 1_000_000_000L + instant.getNano();
  }

  /** The instant of a {@link #sourceTimeKey} (exact unless the key was clamped). */
  public static Instant sourceTime(long key) {
    return Instant.ofEpochSecond(Math.floorDiv(key, 1_000_000_000L), Math.floorMod(key, 1_000_000_000L));
  }

  private static void sourceTime(Document doc, Instant sourceTimestamp) {
    long key = sourceTimeKey(sourceTimestamp);
    doc.add(new LongPoint(Fields.SOURCE_TIME, key));
    doc.add(new NumericDocValuesField(Fields.SOURCE_TIME, key));
  }

  /** "PC 245" for "PC 245(a)(1)". */
  public static String baseSection(CodeSection cs) {
    int paren = cs.section().indexOf('(');
    return paren < 0 ? cs.toString() : cs.code() + " " + cs.section().substring(0, paren);
  }

  /** Upper-case "LAST FIRST MIDDLE", the name sort key. */
  public static String sortName(PersonName name) {
    String key = name.last() + " " + name.first() + (name.middle() == null ? "" : " " + name.middle());
    return key.toUpperCase(Locale.ROOT);
  }

  private static void addName(Document doc, @org.jspecify.annotations.Nullable String first, String last) {
    doc.add(new Field(Fields.LAST, last, NAME_TEXT));
    doc.add(new Field(Fields.LAST_PHONETIC, last, NAME_TEXT));
    if (first != null) {
      doc.add(new Field(Fields.FIRST, first, NAME_TEXT));
      doc.add(new Field(Fields.FIRST_PHONETIC, first, NAME_TEXT));
    }
  }

  private static FieldType textType(IndexOptions options, boolean omitNorms) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(options);
    t.setOmitNorms(omitNorms);
    t.freeze();
    return t;
  }

  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.NO));
  }

  /** A keyword that is also counted as a facet: the term, and the value in sorted-set doc values. */
  private static void facetKeyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  private static String nullToEmpty(@org.jspecify.annotations.Nullable String s) {
    return s == null ? "" : s;
  }
}
