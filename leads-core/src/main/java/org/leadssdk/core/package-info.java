/** The parolee record: the Parolee aggregate, its parts, code tables (NCIC and CDCR) and identifiers. */
@org.jspecify.annotations.NullMarked
package org.leadssdk.core;
