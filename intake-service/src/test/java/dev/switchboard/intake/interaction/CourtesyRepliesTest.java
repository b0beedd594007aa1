package dev.switchboard.intake.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CourtesyRepliesTest {

  @Test
  void thanksAndConfirmationsAreCourtesy() {
    assertThat(CourtesyReplies.isCourtesy("thanks")).isTrue();
    assertThat(CourtesyReplies.isCourtesy("Thank you, that worked")).isTrue();
    assertThat(CourtesyReplies.isCourtesy("Thanks a lot!")).isTrue();
    assertThat(CourtesyReplies.isCourtesy("Perfect, works now. Cheers, Ana")).isTrue();
    assertThat(CourtesyReplies.isCourtesy("Many thanks 🙂")).isTrue();
  }

  @Test
  void followUpsThatSayTheProblemIsStillThereAreNot() {
    assertThat(CourtesyReplies.isCourtesy("Thanks, but it still does not work")).isFalse();
    assertThat(CourtesyReplies.isCourtesy("thank you - the error came back again")).isFalse();
    assertThat(CourtesyReplies.isCourtesy("Thanks. Can you also reset my token?")).isFalse();
    assertThat(CourtesyReplies.isCourtesy("The printer doesn't print")).isFalse();
    assertThat(CourtesyReplies.isCourtesy("")).isFalse();
  }

  @Test
  void longMessagesAreNotCourtesyEvenWhenPolite() {
    assertThat(
            CourtesyReplies.isCourtesy(
                "Thanks for looking into this. I tried the steps you sent on my laptop and my"
                    + " desktop, and I would like to know whether the same applies to my phone"
                    + " and the tablet we got last month from the team"))
        .isFalse();
  }

  @Test
  void quotedTextAndSignaturesAreIgnored() {
    String reply =
        "Thank you, that worked\n\nOn Mon, 2 Mar 2026, Desk wrote:\n> Is it still broken? Error?";
    assertThat(CourtesyReplies.isCourtesy(reply)).isTrue();
    assertThat(CourtesyReplies.isCourtesy("thanks!\n-- \nAna, not broken at all")).isTrue();
    assertThat(CourtesyReplies.isCourtesy("> thanks\nit fails again")).isFalse();
  }
}
