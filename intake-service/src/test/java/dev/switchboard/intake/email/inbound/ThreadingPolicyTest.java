package dev.switchboard.intake.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.email.kind.MailKindClassifier;
import dev.switchboard.intake.email.mime.MailLimits;
import dev.switchboard.intake.email.mime.MailParser;
import dev.switchboard.intake.email.mime.ParsedMail;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ThreadingPolicyTest {

  private static final UUID OWN = UUID.randomUUID();
  private static final UUID FOREIGN = UUID.randomUUID();

  /** SD-1 is the sender's own ticket, SD-2 somebody else's. */
  private final ThreadingPolicy policy =
      new ThreadingPolicy(
          ids -> Optional.empty(),
          number ->
              switch (number) {
                case "SD-1" -> Optional.of(new ThreadingPolicy.NumberedTicket(OWN, number));
                case "SD-2" -> Optional.of(new ThreadingPolicy.NumberedTicket(FOREIGN, number));
                default -> Optional.empty();
              },
          OWN::equals);

  @Test
  void aTicketNumberInTheBodyJoinsATicketTheSenderMayWriteTo() {
    ThreadingDecision decision = decide("Printer again", "Same as in SD-1, it jams.");
    assertThat(decision.ticketId()).isEqualTo(OWN);
    assertThat(decision.reason()).startsWith("body quotes SD-1");
  }

  @Test
  void aTicketNumberInTheBodyOfSomebodyElsesTicketOpensARelatedTicket() {
    ThreadingDecision decision = decide("Hello", "I heard about SD-2.");
    assertThat(decision.ticketId()).isNull();
    assertThat(decision.relatedTicketId()).isEqualTo(FOREIGN);
    assertThat(decision.reason()).startsWith("body quotes SD-2").contains("related to SD-2");
  }

  @Test
  void theSubjectNumberComesBeforeTheBodyNumber() {
    ThreadingDecision decision = decide("Re: [SD-1] printer", "see also SD-2");
    assertThat(decision.ticketId()).isEqualTo(OWN);
    assertThat(decision.reason()).startsWith("subject quotes SD-1");
  }

  @Test
  void aNumberOnlyInQuotedLinesIsIgnored() {
    ThreadingDecision decision =
        decide("New problem", "My screen is black.\n\n> Your ticket SD-1 was resolved.\n");
    assertThat(decision.ticketId()).isNull();
    assertThat(decision.relatedTicketId()).isNull();
  }

  @Test
  void aNumberInTheMessageQuotedAfterAnAttributionIsIgnored() {
    ThreadingDecision decision =
        decide(
            "New problem",
            "My screen is black.\n\nOn Mon, 3 Dec 2026 at 10:00, Desk <support@x.test>\nwrote:\n"
                + "Your ticket SD-1 was resolved.\n");
    assertThat(decision.ticketId()).isNull();
  }

  @Test
  void anInlineAnswerBetweenQuotedLinesCounts() {
    assertThat(
            ThreadingPolicy.unquoted(
                "On Mon, Desk wrote:\n> Which ticket?\nSD-1, as before.\n> Thanks\n"))
        .isEqualToIgnoringWhitespace("SD-1, as before.");
  }

  private ThreadingDecision decide(String subject, String body) {
    String raw =
        "From: ana@example.org\r\nTo: support@switchboard.test\r\nSubject: "
            + subject
            + "\r\nMessage-ID: <"
            + UUID.randomUUID()
            + "@example.org>\r\n\r\n"
            + body.replace("\n", "\r\n");
    ParsedMail mail =
        new MailParser(MailLimits.DEFAULT).parse(raw.getBytes(StandardCharsets.UTF_8));
    return policy.decide(mail, new MailKindClassifier(Set.of("switchboard.test")).classify(mail));
  }
}
