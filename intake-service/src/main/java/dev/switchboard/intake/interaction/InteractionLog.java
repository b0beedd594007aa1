package dev.switchboard.intake.interaction;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.interaction.InteractionEvent;
import dev.switchboard.eventing.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Stores interactions and announces each one ({@code switchboard.interaction.recorded.v1}). */
@ApplicationScoped
public class InteractionLog {

  private final Outbox outbox;

  InteractionLog(Outbox outbox) {
    this.outbox = outbox;
  }

  /**
   * @param ticketNumber the number of the interaction's ticket, null without one
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Interaction record(Interaction interaction, String ticketNumber) {
    interaction.persist();
    outbox.emit(
        EventType.INTERACTION_RECORDED,
        interaction.ticketId != null ? interaction.ticketId : interaction.customerId,
        new InteractionEvent(
            interaction.id,
            interaction.ticketId,
            ticketNumber,
            interaction.customerId,
            interaction.channel.wire(),
            interaction.direction.wire(),
            interaction.visibility.wire(),
            interaction.kind.eventKind(),
            interaction.author,
            interaction.authorRole,
            interaction.handleSeconds(),
            interaction.at));
    return interaction;
  }

  public List<Interaction> ofTicket(UUID ticketId) {
    return Interaction.list("ticketId = ?1 order by at, id", ticketId);
  }

  /** The interaction with this channel id of a message, whoever it came from (e-mail). */
  public Interaction findExternal(Channel channel, String externalId) {
    return Interaction.find("channel = ?1 and externalId = ?2", channel, externalId).firstResult();
  }

  /** The interaction of this customer with this channel id of a message. */
  public Interaction findExternal(Channel channel, String externalId, UUID customerId) {
    return Interaction.find(
            "channel = ?1 and externalId = ?2 and customerId = ?3", channel, externalId, customerId)
        .firstResult();
  }

  /**
   * Holds, until the transaction ends, the right to record this channel id of a message: two
   * deliveries of one message at the same time become one interaction and one duplicate, as they do
   * one after the other.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockExternal(Channel channel, String externalId) {
    Panache.getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "external:" + channel + ":" + externalId)
        .getSingleResult();
  }
}
