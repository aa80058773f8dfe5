/** Implementation of leads-geo; not part of the API. */
@org.jspecify.annotations.NullMarked
package org.leadssdk.geo.internal;
