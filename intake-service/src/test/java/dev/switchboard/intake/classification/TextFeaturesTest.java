package dev.switchboard.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFeaturesTest {

  @Test
  void lowerCasesFoldsAccentsAndDropsPunctuation() {
    assertThat(TextFeatures.tokens("Café PRINTER, jammed!!!"))
        .containsExactly("cafe", "printer", "jammed");
  }

  @Test
  void replacesLinksAddressesAndNumbersByPlaceholders() {
    assertThat(TextFeatures.tokens("see https://x.example/a?b=1 or ana.b@example.org, error 809"))
        .containsExactly("see", "<url>", "or", "<email>", "error", "<num>");
  }

  @Test
  void wordsAreTheSameTokensWhetherOrNotTheTextAlsoHoldsAnAddress() {
    String words = "Ünïcode café: can't print 3 pages, 2nd floor_B";
    String[] plain = TextFeatures.tokens(words);
    String[] withAddress = TextFeatures.tokens(words + " ana@example.org");
    assertThat(plain)
        .containsExactly("unicode", "cafe", "cant", "print", "<num>", "pages", "2nd", "floor", "b");
    assertThat(withAddress).startsWith(plain).endsWith("<email>").hasSize(plain.length + 1);
  }

  @Test
  void keepsContractionsAsOneWord() {
    assertThat(TextFeatures.tokens("I can't log in")).containsExactly("i", "cant", "log", "in");
  }

  @Test
  void topicTokensLeaveOutFunctionWordsAndCourtesies() {
    assertThat(TextFeatures.topicTokens("Hi, could you please install Visio on my laptop? Thanks"))
        .containsExactly("install", "visio", "laptop");
  }

  @Test
  void joinsSubjectAndDescriptionEitherOfWhichMayBeMissing() {
    assertThat(TextFeatures.text("VPN down", "since 9am")).isEqualTo("VPN down\nsince 9am");
    assertThat(TextFeatures.text(null, "since 9am")).isEqualTo("since 9am");
    assertThat(TextFeatures.text("VPN down", " ")).isEqualTo("VPN down");
    assertThat(TextFeatures.tokens(TextFeatures.text(null, null))).isEmpty();
  }
}
