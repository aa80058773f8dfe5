/** The LEADS search index and its query model. */
@org.jspecify.annotations.NullMarked
package org.leadssdk.search;
