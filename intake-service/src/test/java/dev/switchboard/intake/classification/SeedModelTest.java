package dev.switchboard.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedModelTest {

  @Test
  void buildShipsASeedModelThatClassifiesTypicalContacts() {
    TrainedClassifier model = SeedModel.prebuilt(ShippedConfig.settings()).orElseThrow();

    assertThat(model.classify("Outlook won't start, error cannot open window"))
        .extracting(Classification::type, Classification::category)
        .containsExactly("incident", "email");
    assertThat(model.classify("Could you please install Visio for me? Approved by my manager."))
        .extracting(Classification::type, Classification::category)
        .containsExactly("service_request", "software/install");
    assertThat(model.classify("vpn keeps disconecting when I work from home").category())
        .isEqualTo("network/vpn");
  }

  @Test
  void builtModelIsNotUsedForAnotherCategoryTree() {
    ClassifierSettings otherTree =
        new ClassifierSettings(List.of("hardware", "email"), ShippedConfig.trainer());

    assertThat(SeedModel.prebuilt(otherTree)).isEmpty();
  }

  @Test
  void seedLabelsOutsideADesksTreeMapToTheirBranchOrKeepOnlyTheType() {
    List<LabelledSample> seed = SeedModel.samples(new CategoryTree(List.of("hardware", "email")));

    assertThat(seed).hasSize(ShippedConfig.seed().size());
    assertThat(seed).extracting(LabelledSample::category).containsOnly("hardware", "email", null);
  }
}
