package org.leadssdk.geo.internal;

/** Text clean-up for the map writers. */
public final class XmlText {
  private XmlText() {}

  /**
   * Replaces what XML 1.0 cannot carry (control characters other than tab, line feed and carriage
   * return; U+FFFE, U+FFFF; unpaired surrogates) with U+FFFD. Escaping of {@code < & > " '} is left to
   * the XML writer.
   */
  public static String forXml(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b == null ? s : b.toString();
  }

  /** Replaces unpaired surrogates (which no Unicode encoding can carry) with U+FFFD. */
  public static String wellFormedUtf16(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = true;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
        ok = false;
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      }
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b == null ? s : b.toString();
  }

  /** A coordinate without exponent notation, e.g. {@code -121.4934}. */
  public static String coordinate(double degrees) {
    return java.math.BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
  }
}
