package dev.switchboard.intake.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Observes the outbound hook the way a delivering channel (e-mail) does, for assertions. */
@ApplicationScoped
public class SentMessages {

  private final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();

  void onOutbound(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboundMessage message) {
    sent.add(message);
  }

  public List<OutboundMessage> forTicket(UUID ticketId) {
    return sent.stream().filter(m -> m.ticketId().equals(ticketId)).toList();
  }
}
