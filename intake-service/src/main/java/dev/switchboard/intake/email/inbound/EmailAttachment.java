package dev.switchboard.intake.email.inbound;

import dev.switchboard.intake.email.mime.MailAttachment;
import dev.switchboard.intake.email.mime.ParsedMail;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** An attachment or inline image of a received message. */
@Entity
@Table(name = "email_attachment")
public class EmailAttachment extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "email_message_id")
  public UUID emailMessageId;

  public String filename;

  @Column(name = "content_type")
  public String contentType;

  public long size;

  public String md5;

  @Column(name = "content_id")
  public String contentId;

  public boolean inline;

  public byte[] content;

  static EmailAttachment of(UUID emailMessageId, MailAttachment attachment) {
    EmailAttachment entity = new EmailAttachment();
    entity.id = UUID.randomUUID();
    entity.emailMessageId = emailMessageId;
    entity.filename = ParsedMail.storable(attachment.filename());
    entity.contentType = ParsedMail.storable(attachment.contentType());
    entity.size = attachment.size();
    entity.md5 = attachment.md5();
    entity.contentId = attachment.contentId();
    entity.inline = attachment.inline();
    entity.content = attachment.content();
    return entity;
  }

  public static List<EmailAttachment> ofMessage(UUID emailMessageId) {
    return list("emailMessageId", emailMessageId);
  }
}
