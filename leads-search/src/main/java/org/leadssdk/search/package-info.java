/** The LEADS search index, its query model, and data downloads ({@link org.leadssdk.search.LeadsSearch#export}). */
@org.jspecify.annotations.NullMarked
package org.leadssdk.search;
