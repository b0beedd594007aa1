package dev.switchboard.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SynonymsTest {

  @Test
  void everyWordOfAGroupFindsTheOthers() {
    Synonyms synonyms = Synonyms.parse("# comment\nlaptop, Computer, pc\nwifi, wireless\n");

    assertThat(synonyms.of("computer")).containsExactly("laptop", "pc");
    assertThat(synonyms.of("WiFi")).containsExactly("wireless");
    assertThat(synonyms.of("printer")).isEmpty();
  }

  @Test
  void builtInListLoads() {
    assertThat(Synonyms.builtIn().of("laptop")).contains("computer");
  }
}
