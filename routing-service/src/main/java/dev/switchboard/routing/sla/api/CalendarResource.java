package dev.switchboard.routing.sla.api;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.routing.admin.AdminCrud;
import dev.switchboard.routing.sla.BusinessCalendar;
import dev.switchboard.routing.sla.SlaCalendar;
import dev.switchboard.routing.sla.SlaClock;
import dev.switchboard.routing.sla.SlaPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class CalendarResource {

  static final String EXAMPLE =
      "{\"id\": \"business-hours\", \"name\": \"Berlin office\", \"timeZone\": \"Europe/Berlin\","
          + " \"week\": {\"monday\": [\"08:00-12:00\", \"13:00-18:00\"], \"friday\":"
          + " [\"08:00-16:00\"]}, \"holidays\": [\"2026-12-25\"]}";

  private final AdminCrud crud;
  private final Caller caller;
  private final Clock clock;

  CalendarResource(AdminCrud crud, Caller caller, Clock clock) {
    this.crud = crud;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Business-hours calendars")
  @APIResponse(responseCode = "200", description = "A page of calendars")
  public Page<CalendarView> list(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return AdminCrud.page(
        SlaCalendar.<SlaCalendar>find("order by id"), page, size, CalendarView::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "One calendar")
  @APIResponse(responseCode = "200", description = "The calendar")
  @APIResponse(responseCode = "404", description = "No such calendar")
  public CalendarView get(@PathParam("id") String id) {
    return CalendarView.of(AdminCrud.require(SlaCalendar.findByIdOptional(id), "calendar", id));
  }

  @POST
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Create a calendar")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "calendar", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(
      responseCode = "400",
      description =
          "Unknown zone or day, bad or null segment or date, or too few hours for a policy using it")
  @APIResponse(responseCode = "409", description = "The id exists")
  public Response create(
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Valid @NotNull CalendarRequest request) {
    String id = AdminCrud.requireId(request.id());
    return crud.create(
        idempotencyKey,
        caller.name() + ":POST /calendars",
        request,
        "/api/v1/calendars",
        id,
        SlaCalendar.findByIdOptional(id),
        () -> newCalendar(id),
        c -> apply(c, request, clock.instant()),
        CalendarView::of);
  }

  @PUT
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Create or replace a calendar",
      description = "Running clocks use the new hours from their next pause, resume or change.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "calendar", value = EXAMPLE)))
  @APIResponse(responseCode = "200", description = "The calendar as stored")
  @APIResponse(
      responseCode = "400",
      description =
          "Unknown zone or day, bad or null segment or date, or too few hours for a policy using it")
  public CalendarView put(@PathParam("id") String id, @Valid @NotNull CalendarRequest request) {
    SlaCalendar calendar =
        AdminCrud.upsert(
            id,
            request.id(),
            SlaCalendar.findByIdOptional(id),
            () -> newCalendar(id),
            c -> apply(c, request, clock.instant()));
    return CalendarView.of(calendar);
  }

  @DELETE
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Remove a calendar that no policy and no open SLA clock uses")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "409", description = "A policy or an open SLA clock uses it")
  public void delete(@PathParam("id") String id) {
    SlaCalendar calendar = AdminCrud.require(SlaCalendar.findByIdOptional(id), "calendar", id);
    if (SlaPolicy.count("calendarId", id) > 0) {
      throw ApiProblem.conflict("calendar " + id + " is used by an SLA policy");
    }
    if (SlaClock.count("calendarId = ?1 and stoppedAt is null", id) > 0) {
      throw ApiProblem.conflict("calendar " + id + " still times open SLA clocks");
    }
    calendar.delete();
  }

  private static SlaCalendar newCalendar(String id) {
    SlaCalendar calendar = new SlaCalendar();
    calendar.id = id;
    return calendar;
  }

  private static void apply(SlaCalendar calendar, CalendarRequest request, Instant now) {
    calendar.name = request.name();
    calendar.timeZone = request.timeZone();
    calendar.week = new LinkedHashMap<>(request.week());
    calendar.holidays =
        new ArrayList<>(request.holidays() == null ? List.of() : request.holidays());
    try {
      ZoneId.of(request.timeZone());
    } catch (DateTimeException unknown) {
      throw ApiProblem.invalid("timeZone", "must be an IANA time zone like Europe/Berlin");
    }
    try {
      calendar.holidays.forEach(LocalDate::parse);
    } catch (DateTimeException malformed) {
      throw ApiProblem.invalid("holidays", "dates look like 2026-12-25");
    }
    BusinessCalendar hours;
    try {
      hours = calendar.toBusinessCalendar();
    } catch (IllegalArgumentException invalid) {
      throw ApiProblem.invalid(
          "week", "weekday names (monday…) to segments like 08:00-18:00: " + invalid.getMessage());
    }
    for (SlaPolicy policy : SlaPolicy.<SlaPolicy>list("calendarId", calendar.id)) {
      List<String> beyond = policy.targetsBeyond(hours, now);
      if (!beyond.isEmpty()) {
        throw ApiProblem.invalid(
            "week",
            "leaves less business time in "
                + BusinessCalendar.MAX_TARGET_DAYS
                + " days than the "
                + String.join(" and ", beyond)
                + " target of SLA policy "
                + policy.id);
      }
    }
  }
}
