package dev.switchboard.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The AsyncAPI document lists exactly the event types, topics and schemas of the code. */
class AsyncApiDocumentTest {

  private static final JsonNode DOC = ContractJson.asyncApi();

  @Test
  void isAnAsyncApi3DocumentWithTheLocalBroker() {
    assertThat(DOC.path("asyncapi").asText()).startsWith("3.0");
    assertThat(DOC.path("servers").path("local").path("host").asText())
        .isEqualTo("localhost:19092");
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventTypeIsAMessageNamedByItsCeTypeWithItsPayloadSchema(EventType type) {
    JsonNode message = messageNamed(type.ceType());

    assertThat(message).as(type.ceType()).isNotNull();
    assertThat(message.path("payload").path("$ref").asText()).isEqualTo(type.schemaResource());
    assertThat(message.findValues("ce_type"))
        .anySatisfy(header -> assertThat(header.path("const").asText()).isEqualTo(type.ceType()));
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventTypeIsOnTheChannelOfItsTopic(EventType type) {
    String messageKey = keyOf(messageNamed(type.ceType()));
    JsonNode channel = channelWithAddress(type.topic().topicName());

    assertThat(channel.path("messages").path(messageKey).path("$ref").asText())
        .isEqualTo("#/components/messages/" + messageKey);
  }

  @Test
  void everyMessageOfTheDocumentIsAnEventType() {
    Set<String> ceTypes = new HashSet<>();
    Arrays.stream(EventType.values()).forEach(t -> ceTypes.add(t.ceType()));
    List<String> names = new ArrayList<>();
    DOC.path("components").path("messages").forEach(m -> names.add(m.path("name").asText()));

    assertThat(names).containsExactlyInAnyOrderElementsOf(ceTypes);
  }

  @Test
  void everyTopicAndEveryConsumersDeadLetterTopicIsAChannel() {
    List<String> addresses = new ArrayList<>();
    DOC.path("channels").forEach(c -> addresses.add(c.path("address").asText()));

    assertThat(addresses)
        .containsAll(Arrays.stream(Topic.values()).map(Topic::topicName).toList())
        .contains(
            Topic.deadLetterTopic("intake-service"),
            Topic.deadLetterTopic("routing-service"),
            Topic.deadLetterTopic("knowledge-service"),
            Topic.deadLetterTopic("metrics-service"));
  }

  @Test
  void everyTopicHasAProducerAndEveryOperationPointsAtItsChannelsMessages() {
    Set<String> sentTo = new HashSet<>();
    for (Map.Entry<String, JsonNode> operation : fields(DOC.path("operations"))) {
      String channelRef = operation.getValue().path("channel").path("$ref").asText();
      JsonNode channel = at(channelRef);
      assertThat(channel).as(operation.getKey() + " channel").isNotNull();
      for (JsonNode message : operation.getValue().path("messages")) {
        String ref = message.path("$ref").asText();
        assertThat(ref).as(operation.getKey()).startsWith(channelRef + "/messages/");
        assertThat(at(ref)).as(ref).isNotNull();
      }
      if ("send".equals(operation.getValue().path("action").asText())) {
        sentTo.add(channel.path("address").asText());
      }
    }

    assertThat(sentTo).containsAll(Arrays.stream(Topic.values()).map(Topic::topicName).toList());
  }

  private static JsonNode messageNamed(String ceType) {
    for (JsonNode message : DOC.path("components").path("messages")) {
      if (message.path("name").asText().equals(ceType)) {
        return message;
      }
    }
    return null;
  }

  private static String keyOf(JsonNode message) {
    return fields(DOC.path("components").path("messages")).stream()
        .filter(e -> e.getValue() == message)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode channelWithAddress(String address) {
    for (JsonNode channel : DOC.path("channels")) {
      if (channel.path("address").asText().equals(address)) {
        return channel;
      }
    }
    throw new AssertionError("no channel with address " + address);
  }

  /** Follows a local reference such as {@code #/channels/tickets/messages/ticketCreated}. */
  private static JsonNode at(String ref) {
    JsonNode node = DOC.at(ref.substring(1));
    return node.isMissingNode() ? null : node;
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    node.fields().forEachRemaining(entries::add);
    return entries;
  }
}
