/** Geography: distances, shapes, counties, gazetteer, map writers and residence restrictions. */
@org.jspecify.annotations.NullMarked
package org.leadssdk.geo;
