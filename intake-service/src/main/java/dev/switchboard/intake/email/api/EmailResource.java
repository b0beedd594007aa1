package dev.switchboard.intake.email.api;

import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.httpapi.security.Roles;
import dev.switchboard.intake.contact.ContactOutcome;
import dev.switchboard.intake.email.EmailConfig;
import dev.switchboard.intake.email.inbound.EmailAttachment;
import dev.switchboard.intake.email.inbound.EmailIntake;
import dev.switchboard.intake.email.inbound.EmailMessage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The e-mail channel: raw messages from a mail gateway (MTA pipe, webhook) and what became of them.
 */
@Path("/api/v1/channels/email")
@Tag(name = "email")
public class EmailResource {

  static final String RFC822 = "message/rfc822";

  private final EmailIntake intake;
  private final EmailConfig config;
  private final IdempotentRequests idempotent;
  private final Caller caller;

  EmailResource(
      EmailIntake intake, EmailConfig config, IdempotentRequests idempotent, Caller caller) {
    this.intake = intake;
    this.config = config;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  @POST
  @Transactional
  @Consumes(RFC822)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.INTEGRATOR, Roles.AGENT})
  @Operation(
      summary = "Receive one raw e-mail",
      description =
          "Parses the message, threads it (In-Reply-To/References, then a ticket number the sender"
              + " may write to, else a new ticket) and records it. Auto-replies, bounces, loops and"
              + " feedback reports are recorded but ignored: they never open or reopen a ticket and"
              + " never get a reply. The same Message-ID twice is a duplicate. The raw message is"
              + " always kept. Idempotency-Key makes retries safe: the same key with the same"
              + " bytes returns the first answer, the same key with other bytes gets 422.")
  @RequestBody(
      content =
          @Content(
              mediaType = RFC822,
              examples =
                  @ExampleObject(
                      name = "mail",
                      value =
                          "From: Ana <ana@example.org>\r\nTo: support@switchboard.local\r\n"
                              + "Subject: VPN drops\r\nMessage-ID: <1@example.org>\r\n\r\n"
                              + "My VPN disconnects every hour.\r\n")))
  @APIResponse(
      responseCode = "201",
      description = "a ticket was opened",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"outcome\": \"created\", \"interactionId\": \"5f0c…\", \"customerId\":"
                              + " \"9a1e…\", \"ticket\": {\"id\": \"c7d2…\", \"number\":"
                              + " \"SD-1042\", \"type\": \"incident\", \"category\": null,"
                              + " \"impact\": \"medium\", \"urgency\": \"medium\", \"priority\":"
                              + " \"p3\", \"status\": \"new\"}}")))
  @APIResponse(
      responseCode = "200",
      description = "appended, duplicate, or ignored with a reason",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "ignored",
                      value =
                          "{\"outcome\": \"ignored\", \"reason\": \"auto_reply\","
                              + " \"interactionId\": \"77aa…\", \"customerId\": \"9a1e…\"}")))
  @APIResponse(responseCode = "403", description = "role other than integrator or agent")
  @APIResponse(responseCode = "413", description = "message larger than the limit (25 MiB)")
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another message")
  public Response receive(
      InputStream body, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
    byte[] raw = readLimited(body);
    return idempotent.once(
        idempotencyKey,
        caller.subject() + ":POST /api/v1/channels/email",
        raw,
        () -> {
          ContactOutcome outcome = intake.receive(raw, caller.name());
          return Response.status(outcome.httpStatus()).entity(outcome).build();
        });
  }

  @GET
  @Path("/messages/{interactionId}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "How a received e-mail was handled",
      description = "Kind, why it was threaded where it was, parser notes and attachments.")
  @APIResponse(
      responseCode = "200",
      description = "the received message",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "reply",
                      value =
                          "{\"messageId\": \"abc@example.org\", \"kind\": \"normal\","
                              + " \"threading\": \"In-Reply-To <…> is a message of this ticket\","
                              + " \"attachments\": [{\"filename\": \"log.txt\", \"contentType\":"
                              + " \"text/plain\", \"size\": 120}]}")))
  @APIResponse(responseCode = "404", description = "no e-mail behind this interaction")
  public ReceivedMailView message(@PathParam("interactionId") UUID interactionId) {
    EmailMessage message =
        EmailMessage.ofInteraction(interactionId)
            .orElseThrow(() -> ApiProblem.notFound("no e-mail for interaction " + interactionId));
    List<ReceivedMailView.Attachment> attachments =
        EmailAttachment.ofMessage(message.id).stream()
            .map(
                a ->
                    new ReceivedMailView.Attachment(
                        a.filename, a.contentType, a.size, a.md5, a.contentId))
            .toList();
    return new ReceivedMailView(
        message.messageId,
        message.kind,
        message.threading,
        message.evidence,
        message.relatedTicketId,
        message.notes,
        message.receivedAt,
        attachments);
  }

  private byte[] readLimited(InputStream body) {
    try (InputStream in = body) {
      byte[] raw =
          in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxMessageBytes() + 1));
      if (raw.length > config.maxMessageBytes()) {
        throw ApiProblem.tooLarge(
            "a raw message may have at most " + config.maxMessageBytes() + " bytes");
      }
      if (raw.length == 0) {
        throw ApiProblem.badRequest("the body must be one raw RFC 5322 message");
      }
      return raw;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
