package dev.switchboard.intake.email.mime;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/** HTML mail bodies: a safelist-sanitised copy for display, and a plain-text rendering. */
public final class HtmlText {

  /** Formatting, tables, links and images; inline images keep their {@code cid:} references. */
  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .addProtocols("img", "src", "cid", "data")
          .addAttributes(":all", "dir", "lang")
          .addAttributes("td", "align", "valign")
          .addAttributes("th", "align", "valign");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "tr",
          "li",
          "ul",
          "ol",
          "table",
          "blockquote",
          "pre",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hr",
          "address",
          "section",
          "article",
          "header",
          "footer",
          "dt",
          "dd");

  private HtmlText() {}

  /** Removes scripts, event handlers, styles and anything else outside the safelist. */
  public static String sanitize(String html) {
    Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
    return Jsoup.clean(html, "", SAFELIST, output);
  }

  /** Readable text of an HTML body: blocks and line breaks become new lines. */
  public static String toText(String html) {
    Document document = Jsoup.parse(html);
    document.select("script, style, head, title").remove();
    StringBuilder text = new StringBuilder();
    document
        .body()
        .traverse(
            new NodeVisitor() {
              @Override
              public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                  text.append(textNode.text());
                } else if (node instanceof Element element && "br".equals(element.normalName())) {
                  text.append('\n');
                } else if (node instanceof Element element
                    && BLOCKS.contains(element.normalName())) {
                  startLine(text);
                }
              }

              @Override
              public void tail(Node node, int depth) {
                if (node instanceof Element element
                    && BLOCKS.contains(element.normalName())
                    && !"br".equals(element.normalName())) {
                  startLine(text);
                }
              }
            });
    return text.toString()
        .replace('\u00a0', ' ')
        .replaceAll("[ \\t]+\\n", "\n")
        .replaceAll("\\n[ \\t]+", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static void startLine(StringBuilder text) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }
}
