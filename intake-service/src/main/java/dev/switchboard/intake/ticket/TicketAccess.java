package dev.switchboard.intake.ticket;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.intake.customer.Customer;
import dev.switchboard.intake.customer.CustomerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Which tickets a caller may see: staff all, a customer only their own. Anything else is answered
 * exactly like a missing ticket (404), so ids and numbers do not leak.
 */
@ApplicationScoped
public class TicketAccess {

  private final Tickets tickets;
  private final CustomerDirectory customers;

  TicketAccess(Tickets tickets, CustomerDirectory customers) {
    this.tickets = tickets;
    this.customers = customers;
  }

  public Ticket visible(String idOrNumber, Caller caller) {
    return tickets
        .byIdOrNumber(idOrNumber)
        .filter(
            ticket ->
                caller.isStaff()
                    || ownCustomerId(caller).filter(ticket.customerId::equals).isPresent())
        .orElseThrow(() -> ApiProblem.notFound("no ticket " + idOrNumber));
  }

  /** The caller's own customer id; empty for staff and for customers who never made contact. */
  public Optional<UUID> ownCustomerId(Caller caller) {
    return caller.isStaff() ? Optional.empty() : customers.of(caller).map((Customer c) -> c.id);
  }
}
