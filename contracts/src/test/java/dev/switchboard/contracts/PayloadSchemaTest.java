package dev.switchboard.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PayloadSchemaTest {

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventTypeHasADraft202012Schema(EventType type) {
    assertThat(ContractJson.schema(type).path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void aRealisticPayloadSerialisedWithJacksonIsValid(EventType type) {
    String json = ContractJson.payload(SamplePayloads.sample(type));

    assertThat(EventSchemas.validate(type, json)).isEmpty();
  }

  @Test
  void aPayloadWithoutItsTicketIdIsRejected() {
    ObjectNode json =
        ContractJson.PAYLOADS.valueToTree(SamplePayloads.sample(EventType.TICKET_CREATED));
    json.remove("ticketId");

    assertThat(EventSchemas.validate(EventType.TICKET_CREATED, json.toString()))
        .singleElement()
        .asString()
        .contains("ticketId");
  }

  @Test
  void anEnumValueOutsideTheContractIsRejected() {
    ObjectNode json =
        ContractJson.PAYLOADS.valueToTree(SamplePayloads.sample(EventType.TICKET_CREATED));
    json.put("type", "service-request");

    assertThatThrownBy(() -> EventSchemas.requireValid(EventType.TICKET_CREATED, json.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type");
  }

  @Test
  void aTimestampWrittenAsANumberIsRejected() {
    ObjectNode json =
        ContractJson.PAYLOADS.valueToTree(SamplePayloads.sample(EventType.INTERACTION_RECORDED));
    json.put("at", 1772442137.25);

    assertThat(EventSchemas.validate(EventType.INTERACTION_RECORDED, json.toString())).isNotEmpty();
  }

  @Test
  void anIdThatIsNoUuidIsRejected() {
    ObjectNode json =
        ContractJson.PAYLOADS.valueToTree(SamplePayloads.sample(EventType.TICKET_ASSIGNED));
    json.put("ticketId", "SD-1042");

    assertThat(EventSchemas.validate(EventType.TICKET_ASSIGNED, json.toString())).isNotEmpty();
  }
}
