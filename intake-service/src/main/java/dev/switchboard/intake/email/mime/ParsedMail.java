package dev.switchboard.intake.email.mime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the parser made of one raw message. Message-IDs are stored without angle brackets.
 *
 * @param fromHeader the decoded From header as written (kept for display when it does not parse)
 * @param textBody the plain-text body; derived from the HTML when the message has no text part
 * @param htmlBody the HTML body after safelist sanitising, or null for a text-only message
 * @param mimeType the top-level content type, e.g. {@code multipart/report}
 * @param reportType the {@code report-type} parameter of a {@code multipart/report}, or ""
 * @param partTypes the content types of every part, depth first
 * @param enclosedHeaders headers of enclosed messages ({@code message/rfc822}, {@code
 *     text/rfc822-headers}), e.g. the original message inside a bounce
 * @param notes what the parser had to drop or guess (over-limit attachments, unknown charsets)
 */
public record ParsedMail(
    MailHeaders headers,
    Optional<MailAddress> from,
    String fromHeader,
    List<MailAddress> to,
    List<MailAddress> cc,
    List<MailAddress> replyTo,
    String subject,
    Optional<Instant> date,
    String messageId,
    String inReplyTo,
    List<String> references,
    String textBody,
    String htmlBody,
    List<MailAttachment> attachments,
    String mimeType,
    String reportType,
    List<String> partTypes,
    List<MailHeaders> enclosedHeaders,
    List<String> notes) {

  /**
   * Texts lose NUL characters, which PostgreSQL cannot store in text (a few bounces carry them).
   */
  public ParsedMail {
    fromHeader = storable(fromHeader);
    subject = storable(subject);
    textBody = storable(textBody);
    htmlBody = storable(htmlBody);
    messageId = storable(messageId);
    inReplyTo = storable(inReplyTo);
    references = references.stream().map(ParsedMail::storable).toList();
  }

  /** The text without NUL characters, or null. */
  public static String storable(String text) {
    return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
  }

  /** Every Message-ID this message refers to, nearest first (In-Reply-To, then References). */
  public List<String> referencedMessageIds() {
    var ids = new java.util.LinkedHashSet<String>();
    if (!inReplyTo.isEmpty()) {
      ids.add(inReplyTo);
    }
    for (int i = references.size() - 1; i >= 0; i--) {
      ids.add(references.get(i));
    }
    return List.copyOf(ids);
  }
}
