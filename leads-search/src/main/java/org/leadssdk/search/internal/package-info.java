/** Implementation of leads-search; not part of the API. */
@org.jspecify.annotations.NullMarked
package org.leadssdk.search.internal;
