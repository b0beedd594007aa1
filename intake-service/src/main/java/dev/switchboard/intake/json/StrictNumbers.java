package dev.switchboard.intake.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A fraction where a whole number belongs ({@code "timeSpentMinutes": 2.5}) is a wrong type, a 400
 * naming the field, instead of being cut to {@code 2}. Nothing intake reads (request bodies, other
 * services' events) carries a fraction in a whole-number field.
 */
@Singleton
public class StrictNumbers implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }
}
