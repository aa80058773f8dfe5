/**
 * The parolee record of the LEADS SDK: the {@link org.leadssdk.core.Parolee} aggregate, its code tables
 * and identifiers, JSON binding and the NDJSON/CSV feed formats.
 */
@org.jspecify.annotations.NullMarked
module org.leadssdk.core {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static transitive org.jspecify;

  exports org.leadssdk.core;
  exports org.leadssdk.core.json;
  exports org.leadssdk.core.rules;
  exports org.leadssdk.core.feed;
  exports org.leadssdk.core.internal to
      org.leadssdk.geo,
      org.leadssdk.policy,
      org.leadssdk.search,
      org.leadssdk.testkit;

  opens org.leadssdk.core to
      com.fasterxml.jackson.databind;
  opens org.leadssdk.core.feed to
      com.fasterxml.jackson.databind;
}
