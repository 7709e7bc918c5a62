package org.haven.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.content.FrontMatter.Faq;
import org.haven.content.Reference;

/**
 * The schema.org nodes an article page adds beside its {@code Article}: the breadcrumb
 * trail, its FAQ as {@code FAQPage}, and each cited work for {@code citation}.
 */
final class StructuredData {

	private StructuredData() {
	}

	/**
	 * A {@code BreadcrumbList} of (name, absolute URL) steps, from the home page down.
	 */
	static Map<String, Object> breadcrumbs(List<Map.Entry<String, String>> steps) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("@type", "ListItem");
			item.put("position", i + 1);
			item.put("name", steps.get(i).getKey());
			item.put("item", steps.get(i).getValue());
			items.add(item);
		}
		Map<String, Object> list = node("BreadcrumbList");
		list.put("itemListElement", items);
		return list;
	}

	static Map<String, Object> faqPage(List<Faq> faq, String url) {
		Map<String, Object> page = node("FAQPage");
		page.put("url", url);
		page.put("mainEntity",
				faq.stream()
					.map(pair -> node("@type", "Question", "name", pair.question(), "acceptedAnswer",
							node("@type", "Answer", "text", pair.answer())))
					.toList());
		return page;
	}

	/**
	 * A cited work: a {@code ScholarlyArticle} when it appeared in a journal, else a
	 * {@code Book} when it has a publisher, else a {@code CreativeWork}.
	 */
	static Map<String, Object> citation(Reference reference) {
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@type", reference.journal() != null ? "ScholarlyArticle"
				: reference.publisher() != null ? "Book" : "CreativeWork");
		work.put("name", reference.title());
		if (!reference.authors().isEmpty()) {
			// "Beck, A. T." is a person; "World Health Organization" an organisation
			work.put("author",
					reference.authors()
						.stream()
						.filter(name -> !"et al.".equals(name))
						.map(name -> node("@type", name.contains(",") ? "Person" : "Organization", "name", name))
						.toList());
		}
		if (reference.year() != null) {
			work.put("datePublished", String.valueOf(reference.year()));
		}
		if (reference.journal() != null) {
			work.put("isPartOf", node("@type", "Periodical", "name", reference.journal()));
		}
		if (reference.publisher() != null) {
			work.put("publisher", node("@type", "Organization", "name", reference.publisher()));
		}
		if (reference.url() != null) {
			work.put("url", reference.url());
		}
		if (reference.doi() != null) {
			work.put("identifier", node("@type", "PropertyValue", "propertyID", "DOI", "value", reference.doi()));
			work.put("sameAs", reference.doiUrl());
		}
		return work;
	}

	private static Map<String, Object> node(String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@context", "https://schema.org");
		node.put("@type", type);
		return node;
	}

	/**
	 * A JSON-LD node with its keys in the order given ({@code Map.of} has none), so that
	 * the same page renders the same bytes in every run.
	 */
	static Map<String, Object> node(Object... keysAndValues) {
		Map<String, Object> node = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			node.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return node;
	}

}
