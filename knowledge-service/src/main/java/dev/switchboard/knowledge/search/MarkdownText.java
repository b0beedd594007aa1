package dev.switchboard.knowledge.search;

import java.util.regex.Pattern;

/**
 * The readable text of a Markdown body, for indexing and snippets: markup, link targets and HTML
 * are dropped, so highlights show words rather than syntax and never carry markup of their own.
 */
public final class MarkdownText {

  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
  private static final Pattern LINE_MARKUP =
      Pattern.compile("(?m)^\\s{0,3}(?:#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+|```\\w*|~~~\\w*)");
  private static final Pattern INLINE_MARKUP = Pattern.compile("[*_`~|]+|[<>]");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

  private MarkdownText() {}

  public static String plain(String markdown) {
    String text = IMAGE.matcher(markdown).replaceAll("$1");
    text = LINK.matcher(text).replaceAll("$1");
    text = HTML_TAG.matcher(text).replaceAll(" ");
    text = LINE_MARKUP.matcher(text).replaceAll("");
    text = INLINE_MARKUP.matcher(text).replaceAll(" ");
    return SPACES.matcher(text).replaceAll(" ").replaceAll(" ?\\n ?", "\n").strip();
  }
}
