package dev.switchboard.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTrainerTest {

  private final ClassifierTrainer trainer =
      new ClassifierTrainer(ClassifierTrainer.MAXENT_QN, 100, 1);

  @Test
  void learnsTypeAndCategoryFromLabelledSamples() {
    TrainedClassifier model =
        trainer.train(
            List.of(
                new LabelledSample("printer jammed again", "incident", "hardware/printer"),
                new LabelledSample("printer shows an error", "incident", "hardware/printer"),
                new LabelledSample(
                    "please order toner for the printer", "service_request", "hardware/printer"),
                new LabelledSample("vpn keeps dropping", "incident", "network/vpn"),
                new LabelledSample("vpn error 809", "incident", "network/vpn"),
                new LabelledSample(
                    "please set up vpn access for me", "service_request", "network/vpn"),
                new LabelledSample("could you please create an account", "service_request", null)));

    Classification jam = model.classify("the printer is jammed");
    assertThat(jam.type()).isEqualTo("incident");
    assertThat(jam.category()).isEqualTo("hardware/printer");
    assertThat(jam.categoryConfidence()).isBetween(0.5, 1.0);
    assertThat(model.classify("please set up vpn").type()).isEqualTo("service_request");
    assertThat(model.classify("please set up vpn").category()).isEqualTo("network/vpn");
  }

  @Test
  void refusesToTrainAModelFromASingleLabel() {
    assertThatThrownBy(
            () ->
                trainer.train(
                    List.of(
                        new LabelledSample("printer jammed", "incident", "hardware/printer"),
                        new LabelledSample("order toner", "service_request", "hardware/printer"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("category");
  }

  @Test
  void shippedSeedModelClassifiesTypicalContacts() {
    TrainedClassifier model = ShippedConfig.trainer().train(ShippedConfig.seed());

    assertThat(model.classify("Outlook won't start, error cannot open window"))
        .extracting(Classification::type, Classification::category)
        .containsExactly("incident", "email");
    assertThat(model.classify("Could you please install Visio for me? Approved by my manager."))
        .extracting(Classification::type, Classification::category)
        .containsExactly("service_request", "software/install");
    assertThat(model.classify("vpn keeps disconecting when I work from home").category())
        .isEqualTo("network/vpn");
  }
}
