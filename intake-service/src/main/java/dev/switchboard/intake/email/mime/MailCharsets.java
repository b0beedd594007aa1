package dev.switchboard.intake.email.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text whatever the sender declared. Real mail declares charsets that Java does
 * not know ({@code iso-gb2312}, {@code unicode-1-1-utf-7}), declares the wrong one, or none at all
 * (raw 8-bit headers): a known declaration is tried strictly, then UTF-8, then the declaration (or
 * windows-1252) with replacement characters, so decoding never fails.
 */
final class MailCharsets {

  static final Charset FALLBACK = Charset.forName("windows-1252");

  /**
   * Labels seen in the wild mapped to what the sender really meant: GB2312 mail is routinely GBK,
   * Korean "ks_c_5601" is windows-949, and Java has no UTF-7 (its ASCII shape is kept readable).
   */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("gb2312", "GB18030"),
          Map.entry("iso-gb2312", "GB18030"),
          Map.entry("gb_2312-80", "GB18030"),
          Map.entry("csgb2312", "GB18030"),
          Map.entry("x-gbk", "GB18030"),
          Map.entry("gbk", "GB18030"),
          Map.entry("chinese", "GB18030"),
          Map.entry("ks_c_5601-1987", "x-windows-949"),
          Map.entry("ks_c_5601", "x-windows-949"),
          Map.entry("iso-8859-8-i", "ISO-8859-8"),
          Map.entry("utf8", "UTF-8"),
          Map.entry("unicode-1-1-utf-7", "US-ASCII"),
          Map.entry("utf-7", "US-ASCII"),
          Map.entry("x-unknown", "windows-1252"),
          Map.entry("unknown-8bit", "windows-1252"),
          Map.entry("iso-8859-1", "windows-1252"),
          Map.entry("latin1", "windows-1252"),
          Map.entry("us-ascii", "windows-1252"),
          Map.entry("ascii", "windows-1252"));

  private static final Pattern MENTIONED =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private MailCharsets() {}

  /** The charset a declared label stands for, if Java can decode it. */
  static Optional<Charset> resolve(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String name = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    name = ALIASES.getOrDefault(name, name);
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  /** The Java name of a label, as used to rewrite encoded words before mime4j decodes them. */
  static String javaName(String label) {
    return resolve(label).map(Charset::name).orElse(FALLBACK.name());
  }

  /** Decodes text bytes; never throws. */
  static String decode(byte[] bytes, String declaredLabel) {
    return new String(bytes, pick(bytes, declaredLabel, List.of()));
  }

  /** Decodes bytes with no trustworthy label, trying the charsets the message mentions. */
  static String decode(byte[] bytes, List<Charset> candidates) {
    return new String(bytes, pick(bytes, null, candidates));
  }

  /**
   * The charset these bytes are most likely in: the declared one if they decode strictly, else
   * UTF-8, else a relative of the declared one (Shift_JIS mail labelled ISO-2022-JP is common),
   * else the first candidate that decodes strictly, else the declared one or windows-1252.
   */
  static Charset pick(byte[] bytes, String declaredLabel, List<Charset> candidates) {
    Optional<Charset> declared = resolve(declaredLabel);
    if (isAscii(bytes) && declared.map(MailCharsets::asciiCompatible).orElse(true)) {
      return StandardCharsets.US_ASCII;
    }
    List<Charset> tries = new ArrayList<>();
    declared.filter(charset -> !charset.equals(FALLBACK)).ifPresent(tries::add);
    tries.add(StandardCharsets.UTF_8);
    declared.ifPresent(charset -> tries.addAll(relatives(charset)));
    tries.addAll(candidates);
    for (Charset charset : tries) {
      if (decodesStrictly(bytes, charset)) {
        return charset;
      }
    }
    return declared.orElse(FALLBACK);
  }

  /**
   * Charsets named anywhere in the raw message (multi-byte ones first), for header bytes that carry
   * no label of their own.
   */
  static List<Charset> mentionedIn(byte[] raw) {
    String ascii = new String(raw, StandardCharsets.ISO_8859_1);
    Matcher matcher = MENTIONED.matcher(ascii);
    Set<Charset> found = new LinkedHashSet<>();
    while (matcher.find() && found.size() < 10) {
      resolve(matcher.group(1))
          .ifPresent(
              charset -> {
                found.add(charset);
                found.addAll(relatives(charset));
              });
    }
    List<Charset> ordered = new ArrayList<>();
    found.stream().filter(MailCharsets::multiByte).forEach(ordered::add);
    found.stream().filter(charset -> !multiByte(charset)).forEach(ordered::add);
    return ordered;
  }

  private static List<Charset> relatives(Charset charset) {
    return charset.name().equalsIgnoreCase("ISO-2022-JP")
        ? List.of(Charset.forName("windows-31j"), Charset.forName("EUC-JP"))
        : List.of();
  }

  private static boolean multiByte(Charset charset) {
    return charset.canEncode()
        && charset.newEncoder().maxBytesPerChar() > 1.0f
        && !charset.equals(StandardCharsets.UTF_8);
  }

  private static boolean asciiCompatible(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    return !name.startsWith("ISO-2022") && !name.startsWith("UTF-16") && !name.startsWith("UTF-32");
  }

  static boolean isUtf8(byte[] bytes) {
    return decodesStrictly(bytes, StandardCharsets.UTF_8);
  }

  static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean decodesStrictly(byte[] bytes, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException | UnsupportedOperationException notThisCharset) {
      return false;
    }
  }
}
