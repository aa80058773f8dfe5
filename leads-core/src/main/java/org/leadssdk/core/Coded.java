package org.leadssdk.core;

/**
 * A constant of a code table: its wire code (the value in feeds and JSON) and its display text.
 * Implemented by the SDK's enums; the code is part of the data format and never changes.
 */
public interface Coded {
  /** The wire code, e.g. {@code "BRO"} for brown hair. */
  String code();

  /** The text shown to a user, e.g. {@code "Brown"}. */
  String displayName();
}
