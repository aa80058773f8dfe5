/**
 * The LEADS search index, its query model, and data downloads: all results of a query
 * ({@link org.leadssdk.search.LeadsSearch#export}) or only what changed in them after an instant
 * ({@link org.leadssdk.search.LeadsSearch#exportSince}).
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.search;
