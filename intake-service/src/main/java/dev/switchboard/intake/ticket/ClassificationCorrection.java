package dev.switchboard.intake.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An agent changed a ticket's type or category: the text and the corrected labels, read by the
 * classifier's retraining (table {@code classification_correction}).
 */
@Entity
@Table(name = "classification_correction")
public class ClassificationCorrection extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "ticket_id")
  public UUID ticketId;

  public String subject;
  public String description;

  @Column(name = "previous_type")
  public String previousType;

  @Column(name = "previous_category")
  public String previousCategory;

  @Column(name = "corrected_type")
  public String correctedType;

  @Column(name = "corrected_category")
  public String correctedCategory;

  @Column(name = "corrected_by")
  public String correctedBy;

  @Column(name = "corrected_at")
  public Instant correctedAt;
}
