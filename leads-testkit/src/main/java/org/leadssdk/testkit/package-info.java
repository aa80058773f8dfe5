/**
 * Synthetic data for testing with the LEADS SDK: {@link org.leadssdk.testkit.SyntheticParolees} (a seeded
 * generator of a statewide parolee population), {@link org.leadssdk.testkit.Seeds} (seeds for
 * parameterized property tests), {@link org.leadssdk.testkit.TestRecords} (a pre-filled record builder),
 * {@link org.leadssdk.testkit.MutableClock}, and {@link org.leadssdk.testkit.SyntheticFeeds} /
 * {@link org.leadssdk.testkit.FeedFaults} for NDJSON feeds with and without malformed lines.
 *
 * <p>All names, numbers, addresses and records produced here are synthetic; names are drawn from public
 * frequency tables and places from the bundled gazetteer, so a generated person can share a name with a
 * real one by chance, never a record.
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.testkit;
