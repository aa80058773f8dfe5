/**
 * Feed formats of the LEADS SDK: NDJSON for full loads and deltas, and CSV for county downloads.
 *
 * <p>An NDJSON feed holds one {@link org.leadssdk.core.feed.FeedEntry} a line: an upsert line is a
 * {@link org.leadssdk.core.Parolee} object exactly as {@link org.leadssdk.core.json.LeadsJson#newMapper()}
 * writes it, a tombstone line is {@code {"tombstone":{"cdcNumber":"AB1234","recordVersion":8,
 * "sourceTimestamp":"2026-01-02T03:04:05Z"}}}. {@link org.leadssdk.core.feed.NdjsonFeedReader} reads such
 * a feed strictly and in constant memory, handing each good entry to a
 * {@link org.leadssdk.core.feed.FeedSink} and each bad line to the
 * {@link org.leadssdk.core.feed.FeedReport}; {@link org.leadssdk.core.feed.NdjsonFeedWriter} writes one.
 * {@link org.leadssdk.core.feed.CsvCountyDownload} writes the PRCS columns of the Parole LEADS 2.0
 * overview for counties.
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.core.feed;
