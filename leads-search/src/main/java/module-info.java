/**
 * The LEADS SDK search index: ingest of full loads and deltas, all-field and fielded search, geo search,
 * facets, and policy (access, retention, redaction, audit) on every call. Lucene works inside; no Lucene
 * type appears in the API.
 */
@org.jspecify.annotations.NullMarked
module org.leadssdk.search {
  requires transitive org.leadssdk.core;
  requires transitive org.leadssdk.geo;
  requires transitive org.leadssdk.policy;
  requires org.apache.lucene.core;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.phonetic;
  requires com.github.benmanes.caffeine;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports org.leadssdk.search;
  exports org.leadssdk.search.lineup;
  exports org.leadssdk.search.saved;
}
