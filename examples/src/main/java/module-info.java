/**
 * Examples of the LEADS SDK: the demo that walks through the Parole LEADS 2.0 scenarios on synthetic
 * data, small programs for one task each, and the {@code leads} command line. Built only on the exported
 * packages of the SDK modules.
 */
module org.leadssdk.examples {
  requires org.leadssdk.core;
  requires org.leadssdk.geo;
  requires transitive org.leadssdk.policy; // CliConfig holds policy types
  requires transitive org.leadssdk.search; // the example programs take and return search types
  requires org.leadssdk.testkit;
  requires info.picocli;
  requires java.logging; // only to quiet Lucene's vector-module notice in the command line
  requires transitive jakarta.mail; // MailLineupSender takes a mail Session
  requires static org.jspecify;

  exports org.leadssdk.examples;
  exports org.leadssdk.examples.cli;

  // picocli reads and sets the annotated fields of the commands reflectively
  opens org.leadssdk.examples.cli to info.picocli;
}
