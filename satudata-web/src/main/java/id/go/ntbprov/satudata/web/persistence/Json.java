package id.go.ntbprov.satudata.web.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/**
 * The JSON-B instance for the JSON columns. Building one is costly and an instance is thread-safe,
 * so there is one per class loader. Only the DTO records of this package go through it: they hold
 * strings, numbers, booleans and lists, so the text does not depend on how a JSON-B implementation
 * treats {@code Optional}, {@code Instant} or map keys.
 */
final class Json {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withNullValues(false).withFormatting(false));

  private Json() {}

  static String write(Object document) {
    return JSONB.toJson(document);
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return JSONB.fromJson(json, type);
    } catch (JsonbException e) {
      throw new IllegalStateException("unreadable " + type.getSimpleName() + ": " + e, e);
    }
  }
}
