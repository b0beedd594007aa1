package dev.switchboard.deploy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The default values and every ci/*-values.yaml scenario render into objects an ops team can trust:
 * each of {@link Checks#everyRendering()} on each scenario, rendered once. Each test is named
 * "check (scenario)".
 */
class RenderedScenariosTest {

  @TestFactory
  Stream<DynamicTest> everyScenarioPassesEveryCheck() {
    return Chart.scenarios()
        .flatMap(
            scenario ->
                Checks.everyRendering().entrySet().stream()
                    .map(
                        check ->
                            DynamicTest.dynamicTest(
                                check.getKey() + " (" + scenario.name() + ")",
                                () -> check.getValue().accept(Chart.render(scenario)))));
  }
}
