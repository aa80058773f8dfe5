/**
 * Synthetic statewide parolee data for tests, examples, benchmarks and vendors' own test harnesses:
 * seeded generators, fixtures, a hand-advanced clock and NDJSON feeds with optional malformed lines.
 * Every person, number and record it produces is synthetic.
 */
@org.jspecify.annotations.NullMarked
module org.leadssdk.testkit {
  requires transitive org.leadssdk.core;
  requires transitive org.leadssdk.geo;
  requires transitive org.leadssdk.policy;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports org.leadssdk.testkit;
}
