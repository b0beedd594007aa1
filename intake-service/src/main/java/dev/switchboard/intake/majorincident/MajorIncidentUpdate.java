package dev.switchboard.intake.majorincident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A public status update of a major incident, sent to every linked contact. */
@Entity
@Table(name = "major_incident_update")
public class MajorIncidentUpdate extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "major_incident_id")
  public UUID majorIncidentId;

  public String body;
  public String author;
  public Instant at;
}
