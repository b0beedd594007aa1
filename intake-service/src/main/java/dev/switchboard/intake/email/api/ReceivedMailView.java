package dev.switchboard.intake.email.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A received e-mail as agents see it: what it was and why it went where it went. */
public record ReceivedMailView(
    String messageId,
    String kind,
    String threading,
    String evidence,
    UUID relatedTicketId,
    String notes,
    Instant receivedAt,
    List<Attachment> attachments) {

  /** One kept attachment. */
  public record Attachment(
      String filename, String contentType, long size, String md5, String contentId) {}
}
