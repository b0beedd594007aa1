package dev.switchboard.intake.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One audited change: who did what to which ticket, customer or major incident, when and how. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** {@code ticket}, {@code customer} or {@code major_incident}. */
  @Column(name = "entity_kind")
  public String entityKind;

  @Column(name = "entity_id")
  public UUID entityId;

  /** What happened, e.g. {@code created}, {@code status:in_progress->pending}, {@code merged}. */
  public String action;

  public String actor;

  /**
   * The channel or interface the change came through ({@code api}, {@code email}, {@code kafka}).
   */
  public String via;

  public String detail;
  public Instant at;
}
