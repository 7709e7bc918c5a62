package org.haven.article;

import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.haven.content.FrontMatter.Faq;
import org.haven.content.TocEntry;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small structured values stored as JSON text beside the article, so a page render needs
 * no joins for them.
 */
final class JsonColumns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonColumns() {
	}

	/**
	 * Writes any value as JSON and reads it back as {@code T}. The values are never
	 * changed in place (an entity takes a new list or map), so Hibernate may keep the
	 * same object as its snapshot instead of copying it through JSON (write, then read
	 * back) for every entity it loads or saves; a new value is still seen as a change by
	 * {@code equals}.
	 */
	abstract static class JsonConverter<T> implements AttributeConverter<T, String> {

		private final TypeReference<T> type;

		JsonConverter(TypeReference<T> type) {
			this.type = type;
		}

		@Override
		public String convertToDatabaseColumn(T value) {
			return JSON.writeValueAsString(value);
		}

		@Override
		public T convertToEntityAttribute(String json) {
			return JSON.readValue(json, type);
		}

	}

	@Converter
	@Mutability(Immutability.class)
	static final class TocConverter extends JsonConverter<List<TocEntry>> {

		TocConverter() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	@Mutability(Immutability.class)
	static final class FaqConverter extends JsonConverter<List<Faq>> {

		FaqConverter() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	@Mutability(Immutability.class)
	static final class MapConverter extends JsonConverter<Map<String, Object>> {

		MapConverter() {
			super(new TypeReference<>() {
			});
		}

	}

}
