package dev.switchboard.intake.email.kind;

import java.util.Optional;

/**
 * The kind of a message, the evidence that decided it (for the timeline: "why was this ignored"),
 * and for bounces and auto-replies the Message-ID of our message they answer, if it can be found.
 */
public record MailClassification(
    MailKind kind, String evidence, Optional<String> originalMessageId) {

  static MailClassification normal() {
    return new MailClassification(MailKind.NORMAL, "", Optional.empty());
  }
}
