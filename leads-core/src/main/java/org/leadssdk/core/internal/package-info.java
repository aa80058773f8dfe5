/** Helpers shared by the SDK's modules; not part of the API. */
@org.jspecify.annotations.NullMarked
package org.leadssdk.core.internal;
