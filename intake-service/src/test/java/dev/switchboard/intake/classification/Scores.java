package dev.switchboard.intake.classification;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Accuracy and macro-F1 of predicted against true labels, and the majority-class baseline. */
record Scores(double accuracy, double macroF1, double majorityAccuracy, double majorityMacroF1) {

  static Scores of(List<String> truth, List<String> predicted) {
    if (truth.size() != predicted.size() || truth.isEmpty()) {
      throw new IllegalArgumentException("need as many predictions as true labels");
    }
    String majority = majority(truth);
    return new Scores(
        accuracy(truth, predicted),
        macroF1(truth, predicted),
        accuracy(truth, truth.stream().map(label -> majority).toList()),
        macroF1(truth, truth.stream().map(label -> majority).toList()));
  }

  static double accuracy(List<String> truth, List<String> predicted) {
    int right = 0;
    for (int i = 0; i < truth.size(); i++) {
      right += truth.get(i).equals(predicted.get(i)) ? 1 : 0;
    }
    return (double) right / truth.size();
  }

  /** Mean F1 over the labels that occur in the truth (a label never predicted scores 0). */
  static double macroF1(List<String> truth, List<String> predicted) {
    Set<String> labels = new HashSet<>(truth);
    double sum = 0;
    for (String label : labels) {
      int truePositive = 0;
      int falsePositive = 0;
      int falseNegative = 0;
      for (int i = 0; i < truth.size(); i++) {
        boolean actual = truth.get(i).equals(label);
        boolean guessed = predicted.get(i).equals(label);
        truePositive += actual && guessed ? 1 : 0;
        falsePositive += !actual && guessed ? 1 : 0;
        falseNegative += actual && !guessed ? 1 : 0;
      }
      double denominator = 2.0 * truePositive + falsePositive + falseNegative;
      sum += denominator == 0 ? 0 : 2.0 * truePositive / denominator;
    }
    return sum / labels.size();
  }

  private static String majority(List<String> labels) {
    Map<String, Integer> counts = new HashMap<>();
    labels.forEach(label -> counts.merge(label, 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  @Override
  public String toString() {
    return String.format(
        "accuracy %.3f, macro-F1 %.3f (majority class: accuracy %.3f, macro-F1 %.3f)",
        accuracy, macroF1, majorityAccuracy, majorityMacroF1);
  }
}
