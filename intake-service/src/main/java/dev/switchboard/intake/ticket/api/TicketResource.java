package dev.switchboard.intake.ticket.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

  @GET
  @RolesAllowed({"customer", "agent", "supervisor", "admin", "integrator"})
  public List<String> list() {
    return List.of();
  }
}
