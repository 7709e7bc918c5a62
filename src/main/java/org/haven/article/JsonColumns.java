package org.haven.article;

import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.haven.content.FrontMatter.Faq;
import org.haven.content.TocEntry;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Small structured values stored as JSON text beside the article, so a page render needs no joins for them. */
final class JsonColumns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonColumns() {
	}

	@Converter
	static final class TocConverter implements AttributeConverter<List<TocEntry>, String> {

		@Override
		public String convertToDatabaseColumn(List<TocEntry> toc) {
			return JSON.writeValueAsString(toc);
		}

		@Override
		public List<TocEntry> convertToEntityAttribute(String json) {
			return JSON.readValue(json, new TypeReference<List<TocEntry>>() {
			});
		}

	}

	@Converter
	static final class FaqConverter implements AttributeConverter<List<Faq>, String> {

		@Override
		public String convertToDatabaseColumn(List<Faq> faq) {
			return JSON.writeValueAsString(faq);
		}

		@Override
		public List<Faq> convertToEntityAttribute(String json) {
			return JSON.readValue(json, new TypeReference<List<Faq>>() {
			});
		}

	}

	@Converter
	static final class MapConverter implements AttributeConverter<Map<String, Object>, String> {

		@Override
		public String convertToDatabaseColumn(Map<String, Object> map) {
			return JSON.writeValueAsString(map);
		}

		@Override
		public Map<String, Object> convertToEntityAttribute(String json) {
			return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
			});
		}

	}

}
