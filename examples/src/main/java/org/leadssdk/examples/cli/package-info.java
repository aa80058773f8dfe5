/**
 * The {@code leads} command line: generate a synthetic feed, ingest it with a reject report and checkpoint
 * resume, search and export as a configured user (policy asked, audit written), reconcile the index with a
 * source list, check an ALPR request, and verify an audit trail. {@link org.leadssdk.examples.cli.LeadsCli}
 * is the entry point and lists the exit codes; {@link org.leadssdk.examples.cli.CliConfig} documents the
 * JSON configuration file. All data it generates is synthetic.
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.examples.cli;
