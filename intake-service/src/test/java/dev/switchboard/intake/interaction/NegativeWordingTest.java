package dev.switchboard.intake.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegativeWordingTest {

  @Test
  void clearlyAngryWordingIsNegative() {
    assertThat(NegativeWording.isNegative("This is unacceptable, I have waited for days")).isTrue();
    assertThat(NegativeWording.isNegative("Third time I write about this!")).isTrue();
    assertThat(NegativeWording.isNegative("Your support is useless")).isTrue();
    assertThat(NegativeWording.isNegative("I am extremely frustrated with this service")).isTrue();
    assertThat(NegativeWording.isNegative("We will cancel our contract")).isTrue();
    assertThat(NegativeWording.isNegative("STILL BROKEN and I am angry")).isTrue();
  }

  @Test
  void plainProblemReportsAreNot() {
    assertThat(NegativeWording.isNegative("The printer on floor 2 is broken")).isFalse();
    assertThat(NegativeWording.isNegative("Error 0x80070005 when installing updates")).isFalse();
    assertThat(NegativeWording.isNegative("Please reset my password, thanks")).isFalse();
    assertThat(NegativeWording.isNegative("VPN not working since this morning")).isFalse();
    assertThat(NegativeWording.isNegative(null)).isFalse();
  }

  @Test
  void oneWeakSignAloneIsNotEnough() {
    assertThat(NegativeWording.isNegative("A bit annoying that the screen flickers")).isFalse();
    assertThat(NegativeWording.isNegative("A bit annoying that the screen flickers!!")).isTrue();
  }
}
