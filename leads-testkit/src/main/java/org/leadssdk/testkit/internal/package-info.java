/** Implementation of the testkit's generators: tables, samplers and the record assembly. Not an API. */
@org.jspecify.annotations.NullMarked
package org.leadssdk.testkit.internal;
