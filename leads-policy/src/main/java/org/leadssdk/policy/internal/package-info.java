/** Implementation of the policy module; not part of the API. */
@org.jspecify.annotations.NullMarked
package org.leadssdk.policy.internal;
