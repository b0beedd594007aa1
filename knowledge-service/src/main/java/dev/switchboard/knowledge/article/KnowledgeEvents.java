package dev.switchboard.knowledge.article;

import dev.switchboard.contracts.EventType;
import dev.switchboard.contracts.knowledge.KnowledgeEvent;
import dev.switchboard.eventing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Emits knowledge events through the outbox, keyed by the ticket when there is one. */
@ApplicationScoped
public class KnowledgeEvents {

  private final Outbox outbox;

  KnowledgeEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void emit(
      EventType type,
      ArticleVersion version,
      UUID ticketId,
      Boolean helpful,
      String actor,
      Instant at) {
    KnowledgeEvent event =
        new KnowledgeEvent(
            version.articleId(),
            version.version(),
            version.title(),
            version.category(),
            version.audience().wireName(),
            ticketId,
            helpful,
            actor,
            at);
    outbox.emit(type, ticketId != null ? ticketId : version.articleId(), event);
  }
}
