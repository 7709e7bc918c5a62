package org.haven.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * A declared category (from {@code content/categories.yaml}). Articles refer to it by
 * slug.
 */
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

	private @Nullable Integer reviewIntervalMonths;

	@Column(length = 2000)
	private @Nullable String disclaimer;

	private @Nullable Integer readingGrade;

	protected Category() {
	}

	Category(String slug) {
		this.slug = slug;
	}

	String getSlug() {
		return slug;
	}

	String getName() {
		return name;
	}

	String getDescription() {
		return description;
	}

	int getOrder() {
		return order;
	}

	@Nullable Integer getReviewIntervalMonths() {
		return reviewIntervalMonths;
	}

	/**
	 * Months between clinical reviews of this category's articles; null for the site's
	 * default.
	 */
	void setReviewIntervalMonths(@Nullable Integer months) {
		this.reviewIntervalMonths = months;
	}

	/**
	 * Shown under this category's articles instead of the site's default; null for the
	 * default.
	 */
	@Nullable String getDisclaimer() {
		return disclaimer;
	}

	void setDisclaimer(@Nullable String disclaimer) {
		this.disclaimer = disclaimer;
	}

	@Nullable Integer getReadingGrade() {
		return readingGrade;
	}

	/**
	 * The school grade this category's articles should read at (plain-language target);
	 * null for none.
	 */
	void setReadingGrade(@Nullable Integer grade) {
		this.readingGrade = grade;
	}

	boolean matches(String name, String description, int order) {
		return this.name.equals(name) && this.description.equals(description) && this.order == order;
	}

	void update(String name, String description, int order) {
		this.name = name;
		this.description = description;
		this.order = order;
	}

	CategoryView view(long count) {
		return new CategoryView(slug, name, description, order, count);
	}

}
