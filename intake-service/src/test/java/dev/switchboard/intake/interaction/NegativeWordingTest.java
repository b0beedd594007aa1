package dev.switchboard.intake.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** Each strong phrase once: the literals that let a text skip a phrase's scan lose none. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Honestly UNACCEPTABLE.",
        "This is ridiculous",
        "outrageous delay",
        "I am furious",
        "a disgraceful answer",
        "Worst support ever",
        "I'm fed up with it",
        "Sick and tired of rebooting",
        "It is a joke",
        "useless tool",
        "incompetent people",
        "pathetic",
        "We will terminate the subscription",
        "I will call my lawyer",
        "This is a formal complaint",
        "the 5th time now",
        "Still no answer from you",
        "Nobody has replied",
        "what a waste of my time",
        "very upset about this",
        "so disappointed"
      })
  void everyStrongPhraseIsFound(String text) {
    assertThat(NegativeWording.isNegative(text)).isTrue();
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
