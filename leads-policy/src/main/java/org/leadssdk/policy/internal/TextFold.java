package org.leadssdk.policy.internal;

import java.text.Normalizer;

/**
 * Folds text that a user may have disguised to plain ASCII-like text: NFKC (fullwidth and mathematical
 * letters, ligatures), removal of invisible characters (format characters such as zero-width spaces and
 * joiners, soft hyphens, Hangul fillers, combining marks and variation selectors), accents stripped,
 * Latin look-alikes from Cyrillic, Greek and IPA/small-capital letters mapped to their Latin letters,
 * dashes to {@code -}, and every kind of space to one space. Case is kept. Thread-safe.
 */
public final class TextFold {
  private static final char[] TABLE = new char[0x2000];

  static {
    map("аa еe ёe іi їi јj кk мm нh оo рp сc тt уy хx ѕs ԁd ԛq ԝw ьb һh ӏl",
        "АA ВB ЕE ЁE ІI ЇI ЈJ КK МM НH ОO РP СC ТT УY ХX ЅS ԚQ ԜW");
    map("αa βb εe ιi κk νv οo ρp τt υu χx ϲc ϳj",
        "ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX");
    map("ıi ȷj ɑa ɡg ɩi ɪi ʟl ɴn ʀr ʏy ʙb ɢg ʜh øo ØO đd ĐD ħh łl ŁL ƚl ǀl",
        "ᴀa ᴄc ᴅd ᴇe ᴊj ᴋk ᴍm ᴏo ᴘp ᴛt ᴜu ᴠv ᴡw ᴢz");
  }

  private TextFold() {}

  private static void map(String... groups) {
    for (String group : groups) {
      for (String pair : group.split(" ")) {
        TABLE[pair.charAt(0)] = pair.charAt(1);
      }
    }
  }

  /** Whether {@code c} is invisible or joins/marks text without showing (removed by {@link #fold}). */
  static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.FORMAT
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x180E || c == 0x2800;
  }

  /** The folded text, see the class description. */
  public static String fold(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= 0x80 || ch < 0x20) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return text;
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String nfd = Normalizer.normalize(nfkc, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); ) {
      int c = nfd.codePointAt(i);
      i += Character.charCount(c);
      if (invisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        b.append(' ');
      } else if (Character.getType(c) == Character.DASH_PUNCTUATION || c == 0x2212) {
        b.append('-');
      } else if (c == 0xA731) {
        b.append('s');
      } else if (c < TABLE.length && TABLE[c] != 0) {
        b.append(TABLE[c]);
      } else {
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }
}
