package dev.switchboard.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

  private final CategoryTree tree =
      new CategoryTree(List.of("hardware/printer", " Hardware/Laptop ", "email", "email"));

  @Test
  void containsLeavesAndTheBranchesAboveThem() {
    assertThat(tree.contains("hardware/printer")).isTrue();
    assertThat(tree.contains("hardware")).isTrue();
    assertThat(tree.contains("email")).isTrue();
    assertThat(tree.contains("network")).isFalse();
    assertThat(tree.contains(null)).isFalse();
  }

  @Test
  void listsTheConfiguredLeavesNormalisedOnceInOrder() {
    assertThat(tree.categories()).containsExactly("hardware/printer", "hardware/laptop", "email");
  }

  @Test
  void knowsParentsAndAncestry() {
    assertThat(CategoryTree.parentOf("hardware/printer")).contains("hardware");
    assertThat(CategoryTree.parentOf("email")).isEmpty();
    assertThat(CategoryTree.isWithin("hardware/printer", "hardware")).isTrue();
    assertThat(CategoryTree.isWithin("hardware", "hardware")).isTrue();
    assertThat(CategoryTree.isWithin("hardwarex/printer", "hardware")).isFalse();
  }

  @Test
  void closestFallsBackToTheNearestConfiguredAncestor() {
    assertThat(tree.closest("hardware/mobile")).contains("hardware");
    assertThat(tree.closest("email")).contains("email");
    assertThat(tree.closest("network/vpn")).isEmpty();
  }

  @Test
  void rejectsDeepOrMalformedCategories() {
    assertThatThrownBy(() -> new CategoryTree(List.of("a/b/c")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CategoryTree(List.of("hardware/")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CategoryTree(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
