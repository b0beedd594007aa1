package dev.switchboard.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.knowledge.search.SearchQuery.Term;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void wordsPhrasesPrefixesAndExclusionsAreToldApart() {
    SearchQuery query = SearchQuery.parse("vpn \"error 809\" print* -mac", false, 10);

    assertThat(query.terms())
        .containsExactly(new Term("vpn", true, false), new Term("print", false, true));
    assertThat(query.phrases()).containsExactly("error 809");
    assertThat(query.excluded()).containsExactly("mac");
  }

  @Test
  void lastWordBeingTypedAlsoMatchesAsPrefix() {
    assertThat(SearchQuery.parse("forgot my passw", true, 10).terms())
        .last()
        .isEqualTo(new Term("passw", true, true));
    assertThat(SearchQuery.parse("forgot my passw ", true, 10).terms())
        .last()
        .isEqualTo(new Term("passw", true, false));
  }

  @Test
  void punctuationIsTrimmedAndRepeatsAndOperatorsDropped() {
    SearchQuery query = SearchQuery.parse("Outlook?! outlook OR (crash) ** -", false, 10);

    assertThat(query.terms())
        .containsExactly(new Term("Outlook", true, false), new Term("crash", true, false));
    assertThat(query.excluded()).isEmpty();
  }

  @Test
  void longTextsKeepTheFirstTerms() {
    assertThat(SearchQuery.parse("a b c d e f", false, 3).terms()).hasSize(3);
  }

  @Test
  void onlyLetterWordsAreCorrectable() {
    assertThat(SearchQuery.parse("pasword 809 ab x64", false, 10).correctableWords())
        .containsExactly("pasword");
  }

  @Test
  void blankQueryIsEmpty() {
    assertThat(SearchQuery.parse("  \"\" ", false, 10).isEmpty()).isTrue();
  }
}
