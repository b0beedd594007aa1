package dev.switchboard.intake.email.mime;

/**
 * Size limits applied while parsing: a part larger than {@code maxAttachmentBytes} is dropped (with
 * a note on the message), and once {@code maxTotalAttachmentBytes} have been kept further parts are
 * dropped too. The message itself is always accepted.
 */
public record MailLimits(long maxAttachmentBytes, long maxTotalAttachmentBytes) {

  public static final MailLimits DEFAULT = new MailLimits(20L << 20, 50L << 20);

  public MailLimits {
    if (maxAttachmentBytes <= 0 || maxTotalAttachmentBytes <= 0) {
      throw new IllegalArgumentException("mail size limits must be positive");
    }
  }
}
