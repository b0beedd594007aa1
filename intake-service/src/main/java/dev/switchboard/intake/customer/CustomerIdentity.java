package dev.switchboard.intake.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One identity (kind + canonical value) held by exactly one customer. */
@Entity
@Table(name = "customer_identity")
public class CustomerIdentity extends PanacheEntityBase {

  @Id public UUID id;

  @ManyToOne
  @JoinColumn(name = "customer_id")
  public Customer customer;

  @Enumerated(EnumType.STRING)
  public IdentityKind kind;

  public String value;

  @Column(name = "created_at")
  public Instant createdAt;

  static CustomerIdentity of(Customer customer, IdentityKind kind, String value, Instant now) {
    CustomerIdentity identity = new CustomerIdentity();
    identity.id = UUID.randomUUID();
    identity.customer = customer;
    identity.kind = kind;
    identity.value = value;
    identity.createdAt = now;
    return identity;
  }
}
