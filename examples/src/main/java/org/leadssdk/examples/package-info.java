/**
 * Runnable examples of the LEADS SDK. {@link org.leadssdk.examples.Demo} generates a synthetic statewide
 * data set, indexes it and walks through the Parole LEADS 2.0 scenarios.
 * {@link org.leadssdk.examples.MailLineupSender} e-mails a photo line-up package with Jakarta Mail. All data is
 * synthetic.
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.examples;
