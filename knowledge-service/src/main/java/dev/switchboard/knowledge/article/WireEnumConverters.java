package dev.switchboard.knowledge.article;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Stores enums by their wire names, so SQL and JSON read the same {@code in_review}. */
final class WireEnumConverters {

  private WireEnumConverters() {}

  abstract static class WireEnumConverter<E extends Enum<E>>
      implements AttributeConverter<E, String> {
    private final Class<E> type;

    WireEnumConverter(Class<E> type) {
      this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
      return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convertToEntityAttribute(String column) {
      return column == null ? null : Enum.valueOf(type, column.toUpperCase(Locale.ROOT));
    }
  }

  @Converter
  static class StatusConverter extends WireEnumConverter<ArticleStatus> {
    StatusConverter() {
      super(ArticleStatus.class);
    }
  }

  @Converter
  static class AudienceConverter extends WireEnumConverter<Audience> {
    AudienceConverter() {
      super(Audience.class);
    }
  }
}
