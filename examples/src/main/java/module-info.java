/**
 * Examples of the LEADS SDK: the demo that walks through the Parole LEADS 2.0 scenarios on synthetic
 * data. Built only on the exported packages of the SDK modules.
 */
module org.leadssdk.examples {
  requires org.leadssdk.core;
  requires org.leadssdk.geo;
  requires org.leadssdk.policy;
  requires transitive org.leadssdk.search;
  requires org.leadssdk.testkit;
  requires transitive jakarta.mail;
  requires static org.jspecify;

  exports org.leadssdk.examples;
}
