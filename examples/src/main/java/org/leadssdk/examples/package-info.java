/**
 * Runnable examples of the LEADS SDK. {@link org.leadssdk.examples.Demo} generates a synthetic statewide
 * data set, indexes it and walks through the Parole LEADS 2.0 scenarios. All data is synthetic.
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.examples;
