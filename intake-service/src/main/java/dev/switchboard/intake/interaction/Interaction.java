package dev.switchboard.intake.interaction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One contact or reply on a customer's timeline, on any channel. */
@Entity
@Table(name = "interaction")
public class Interaction extends PanacheEntityBase {

  @Id public UUID id;

  /** Null for a recorded message that belongs to no ticket (an auto-reply out of the blue). */
  @Column(name = "ticket_id")
  public UUID ticketId;

  @Column(name = "customer_id")
  public UUID customerId;

  @Enumerated(EnumType.STRING)
  public Channel channel;

  @Enumerated(EnumType.STRING)
  public Direction direction;

  @Enumerated(EnumType.STRING)
  public Visibility visibility;

  @Enumerated(EnumType.STRING)
  public InteractionKind kind;

  /** User name of who entered it (customer, agent, gateway account, {@code system}). */
  public String author;

  /** {@code customer}, {@code agent} or {@code system}. */
  @Column(name = "author_role")
  public String authorRole;

  /** The sender as the channel knows them (address, phone, handle) for inbound messages. */
  public String sender;

  public String subject;
  public String body;

  @Column(name = "body_html")
  public String bodyHtml;

  /** The channel's id of the message (e-mail Message-ID). */
  @Column(name = "external_id")
  public String externalId;

  /** The channel's ids this message refers to, space separated. */
  @Column(name = "in_reply_to")
  public String inReplyTo;

  /** Clearly negative wording (see {@link NegativeWording}). */
  public boolean negative;

  /** Agent work logged on this interaction, in minutes; null when none was logged. */
  @Column(name = "time_spent_minutes")
  public Integer timeSpentMinutes;

  public Instant at;

  public static Interaction create(
      UUID ticketId,
      UUID customerId,
      Channel channel,
      Direction direction,
      Visibility visibility,
      InteractionKind kind,
      Instant at) {
    Interaction interaction = new Interaction();
    interaction.id = UUID.randomUUID();
    interaction.ticketId = ticketId;
    interaction.customerId = customerId;
    interaction.channel = channel;
    interaction.direction = direction;
    interaction.visibility = visibility;
    interaction.kind = kind;
    interaction.at = at;
    return interaction;
  }

  /** The logged work as {@code InteractionEvent.handleSeconds}: 0 when none was logged. */
  public long handleSeconds() {
    return timeSpentMinutes == null ? 0 : timeSpentMinutes * 60L;
  }

  /** A one-line summary for the timeline. */
  public String summary() {
    return summarise(subject != null && !subject.isBlank() ? subject : body);
  }

  /** Text folded to one line of at most 140 characters. */
  public static String summarise(String text) {
    String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return line.length() <= 140 ? line : line.substring(0, 139) + "…";
  }
}
