package org.haven.article;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** A declared category (from {@code content/categories.yaml}). Articles refer to it by slug. */
@Entity
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String slug = "";

	private String name = "";

	private String description = "";

	@Column(name = "sort_order")
	private int order;

	protected Category() {
	}

	Category(String slug) {
		this.slug = slug;
	}

	String getSlug() { return slug; }
	String getName() { return name; }
	String getDescription() { return description; }
	int getOrder() { return order; }

	boolean matches(String name, String description, int order) {
		return this.name.equals(name) && this.description.equals(description) && this.order == order;
	}

	void update(String name, String description, int order) {
		this.name = name;
		this.description = description;
		this.order = order;
	}

	/** The categories as read models, each with its count from {@code counts} rows of (slug, count). */
	static List<CategoryView> views(List<Category> categories, List<Object[]> counts) {
		Map<String, Long> bySlug = counts.stream()
			.collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
		return categories.stream()
			.map(c -> new CategoryView(c.slug, c.name, c.description, c.order, bySlug.getOrDefault(c.slug, 0L)))
			.toList();
	}

}
