/**
 * Conversions between the SDK's {@link org.leadssdk.geo.Shape}s and JTS geometries, for vendors who
 * already hold JTS geometries. The only package of the SDK whose signatures name JTS types.
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.geo.jts;
