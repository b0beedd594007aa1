package dev.switchboard.intake.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Writes and reads the audit trail, always in the transaction of the change it records. */
@ApplicationScoped
public class AuditTrail {

  private final Clock clock;

  AuditTrail(Clock clock) {
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String entityKind, UUID entityId, String action, String actor, String via, String detail) {
    AuditEntry entry = new AuditEntry();
    entry.entityKind = entityKind;
    entry.entityId = entityId;
    entry.action = action;
    entry.actor = actor;
    entry.via = via;
    entry.detail = detail;
    entry.at = clock.instant();
    entry.persist();
  }

  public List<AuditEntry> of(UUID entityId) {
    return AuditEntry.list("entityId = ?1 order by at, id", entityId);
  }
}
