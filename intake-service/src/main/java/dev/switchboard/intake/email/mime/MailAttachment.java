package dev.switchboard.intake.email.mime;

/**
 * An attachment or inline part kept from a message. {@code contentId} is set for parts referenced
 * from the HTML body ({@code cid:}); {@code inline} tells whether the sender meant it to be shown
 * in place.
 */
public record MailAttachment(
    String filename,
    String contentType,
    long size,
    String md5,
    String contentId,
    boolean inline,
    byte[] content) {}
