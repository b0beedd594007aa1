package dev.switchboard.intake.customer.api;

import dev.switchboard.intake.customer.Customer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer and their identities. */
public record CustomerView(UUID id, String name, List<IdentityView> identities, Instant createdAt) {

  /** {@code {"kind": "email", "value": "ana@example.org"}}. */
  public record IdentityView(String kind, String value) {}

  public static CustomerView of(Customer customer) {
    return new CustomerView(
        customer.id,
        customer.name,
        customer.identities.stream().map(i -> new IdentityView(i.kind.wire(), i.value)).toList(),
        customer.createdAt);
  }
}
