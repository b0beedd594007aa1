package dev.switchboard.intake.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.interaction.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SurveyRouteTest {

  @Test
  void anEmailTicketGetsTheSurveyByMail() {
    assertThat(SurveyRoute.forTicket(Channel.EMAIL, true)).isEqualTo(SurveyRoute.MAIL);
  }

  @ParameterizedTest
  @EnumSource(value = Channel.class, names = "EMAIL", mode = EnumSource.Mode.EXCLUDE)
  void everyOtherChannelGetsTheSurveyAsANotificationOnTheTicket(Channel channel) {
    assertThat(SurveyRoute.forTicket(channel, true)).isEqualTo(SurveyRoute.NOTIFICATION);
    assertThat(SurveyRoute.forTicket(channel, false)).isEqualTo(SurveyRoute.NOTIFICATION);
  }

  @Test
  void anEmailTicketWhoseCustomerHasNoAddressGetsTheSurveyOnTheTicket() {
    assertThat(SurveyRoute.forTicket(Channel.EMAIL, false)).isEqualTo(SurveyRoute.NOTIFICATION);
  }

  @Test
  void theInvitationCarriesTheLinkAndTheTicketNumber() {
    SurveyInvitation invitation =
        new SurveyInvitation("SD-1042", "https://desk.example.org/surveys/abc");

    assertThat(invitation.subject()).isEqualTo("[SD-1042] How did we do?");
    assertThat(invitation.body())
        .contains("SD-1042")
        .contains("https://desk.example.org/surveys/abc");
  }
}
