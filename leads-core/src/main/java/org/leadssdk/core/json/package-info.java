/** JSON binding of the record: a Jackson module for a vendor's mapper, or a ready mapper. */
@org.jspecify.annotations.NullMarked
package org.leadssdk.core.json;
