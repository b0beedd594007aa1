package dev.switchboard.contracts;

/** The Kafka topics of the suite. Every event type belongs to exactly one topic. */
public enum Topic {
  TICKETS("switchboard.tickets"),
  INTERACTIONS("switchboard.interactions"),
  ROUTING("switchboard.routing"),
  KNOWLEDGE("switchboard.knowledge"),
  EXPERIENCE("switchboard.experience");

  private final String topicName;

  Topic(String topicName) {
    this.topicName = topicName;
  }

  public String topicName() {
    return topicName;
  }

  /** The dead-letter topic of one consumer group (one per consuming service). */
  public static String deadLetterTopic(String consumerGroup) {
    return "switchboard.dlq." + consumerGroup;
  }
}
