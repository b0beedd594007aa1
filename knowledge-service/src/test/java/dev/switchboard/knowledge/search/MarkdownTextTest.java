package dev.switchboard.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void markupLinkTargetsAndHtmlAreDropped() {
    String plain =
        MarkdownText.plain(
            "## Steps\n1. Open [the portal](https://portal.example.org) and **sign in**.\n"
                + "- Run `ipconfig` <script>alert(1)</script>\n> ![diagram](x.png) done");

    assertThat(plain)
        .isEqualTo("Steps\nOpen the portal and sign in .\nRun ipconfig alert(1)\ndiagram done");
  }

  @Test
  void angleBracketsNeverSurvive() {
    assertThat(MarkdownText.plain("a < b > c")).doesNotContain("<", ">");
  }
}
