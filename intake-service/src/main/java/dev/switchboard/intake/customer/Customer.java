package dev.switchboard.intake.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A person the desk serves, known by one or more identities. */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

  @Id public UUID id;
  public String name;

  /** Set when this customer was merged into another; the old id then resolves to that one. */
  @Column(name = "merged_into")
  public UUID mergedInto;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @OneToMany(
      mappedBy = "customer",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("createdAt")
  public List<CustomerIdentity> identities = new ArrayList<>();

  public static Customer create(String name, Instant now) {
    Customer customer = new Customer();
    customer.id = UUID.randomUUID();
    customer.name = name;
    customer.createdAt = now;
    customer.updatedAt = now;
    return customer;
  }

  public boolean holds(IdentityKind kind, String canonicalValue) {
    return identities.stream().anyMatch(i -> i.kind == kind && i.value.equals(canonicalValue));
  }

  public void addIdentity(IdentityKind kind, String canonicalValue, Instant now) {
    if (!holds(kind, canonicalValue)) {
      identities.add(CustomerIdentity.of(this, kind, canonicalValue, now));
      updatedAt = now;
    }
  }

  /** The first identity of that kind, e.g. the address replies go to. */
  public java.util.Optional<String> identity(IdentityKind kind) {
    return identities.stream().filter(i -> i.kind == kind).map(i -> i.value).findFirst();
  }
}
