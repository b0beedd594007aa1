package dev.switchboard.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.IntakeFixtures;
import dev.switchboard.intake.IntakeFixtures.Person;
import dev.switchboard.intake.contact.ContactOutcome.Outcome;
import dev.switchboard.intake.interaction.Channel;
import dev.switchboard.intake.interaction.InteractionKind;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The channel-neutral seam as the e-mail channel uses it. */
@QuarkusTest
class ContactSeamTest {

  private static final Author GATEWAY = new Author("service-account-switchboard-gateway", false);

  @Inject ContactIntake intake;

  @Test
  void autoReplyNeverOpensATicketButIsOnTheTimeline() {
    Person ana = Person.fresh();

    ContactOutcome outcome =
        intake.accept(mail(ana.email(), null, InteractionKind.AUTO_REPLY, null));

    assertThat(outcome.outcome()).isEqualTo(Outcome.IGNORED);
    assertThat(outcome.reason()).isEqualTo("auto_reply");
    assertThat(outcome.ticket()).isNull();
    assertThat(outcome.httpStatus()).isEqualTo(200);
  }

  @Test
  void aBounceOnAResolvedTicketIsRecordedWithoutReopeningIt() {
    Person ana = Person.fresh();
    String id = IntakeFixtures.portalContact(ana, "Mail", "Mail bounces").getString("ticket.id");
    IntakeFixtures.transition(id, "resolved").then().statusCode(200);

    ContactOutcome outcome =
        intake.accept(
            mail("mailer-daemon@example.org", UUID.fromString(id), InteractionKind.BOUNCE, null));

    assertThat(outcome.reason()).isEqualTo("bounce");
    assertThat(outcome.ticket().status()).isEqualTo("resolved");
  }

  @Test
  void aRedeliveredMessageIsADuplicateAndRecordsNothing() {
    String messageId = "<" + UUID.randomUUID() + "@mail.example.org>";
    Person ana = Person.fresh();
    ContactOutcome first =
        intake.accept(mail(ana.email(), null, InteractionKind.CONTACT, messageId));
    ContactOutcome again =
        intake.accept(mail(ana.email(), null, InteractionKind.CONTACT, messageId));

    assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
    assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(again.interactionId()).isEqualTo(first.interactionId());
    assertThat(
            IntakeFixtures.ticket(IntakeFixtures.AGENT, first.ticket().id().toString())
                .getList("interactions"))
        .hasSize(1);
  }

  @Test
  void onlyTheCustomerAndCopiedPartiesMayWriteToATicket() {
    Person ana = Person.fresh();
    String colleague = Person.fresh().email();
    InboundContact withCc =
        new InboundContact(
            Channel.EMAIL,
            Sender.byEmail(ana.email(), "Ana"),
            GATEWAY,
            "Printer",
            "The printer is jammed",
            null,
            null,
            null,
            null,
            InteractionKind.CONTACT,
            true,
            null,
            List.of(),
            List.of(colleague.toUpperCase()),
            null);
    UUID ticket = intake.accept(withCc).ticket().id();

    assertThat(intake.mayWrite(ticket, Sender.byEmail(ana.email().toUpperCase(), null), GATEWAY))
        .isTrue();
    assertThat(intake.mayWrite(ticket, Sender.byEmail(colleague, null), GATEWAY)).isTrue();
    assertThat(intake.mayWrite(ticket, Sender.byEmail(Person.fresh().email(), null), GATEWAY))
        .isFalse();
    assertThat(
            intake.mayWrite(
                ticket, Sender.byEmail(Person.fresh().email(), null), new Author("agent1", true)))
        .isTrue();
  }

  @Test
  void anOutboundMessageTheChannelSentIsOnTheTimeline() {
    Person ana = Person.fresh();
    UUID ticket =
        intake.accept(mail(ana.email(), null, InteractionKind.CONTACT, null)).ticket().id();

    intake.recordOutbound(
        new OutboundInteraction(
            ticket,
            Channel.EMAIL,
            InteractionKind.NOTIFICATION,
            "system",
            "[SD-1] We got your message",
            "Thanks, we are on it",
            "<ack-" + UUID.randomUUID() + "@desk>",
            List.of(ana.email())));

    assertThat(
            IntakeFixtures.ticket(IntakeFixtures.AGENT, ticket.toString())
                .getList("interactions.direction"))
        .containsExactly("inbound", "outbound");
  }

  private static InboundContact mail(
      String from, UUID ticketId, InteractionKind kind, String messageId) {
    return new InboundContact(
        Channel.EMAIL,
        Sender.byEmail(from, null),
        GATEWAY,
        "Subject",
        "Body of the message",
        null,
        ticketId,
        null,
        null,
        kind,
        true,
        messageId,
        List.of(),
        List.of(),
        null);
  }
}
