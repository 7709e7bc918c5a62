package org.haven.taxonomy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

import org.haven.content.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Categories an import finds in articles but not in {@code categories.yaml} (Hugo sites
 * name them freely): they are declared, and the folder's {@code categories.yaml} is
 * rewritten atomically in the same transaction, so the next import reads them back.
 */
@Component
public class FoundCategories {

	private final CategoryRepository categories;

	private final CategoriesFile file;

	private final SlugRedirects redirects;

	private final TransactionTemplate transaction;

	FoundCategories(CategoryRepository categories, SlugRedirects redirects, TransactionTemplate transaction) {
		this.categories = categories;
		this.file = new CategoriesFile();
		this.redirects = redirects;
		this.transaction = transaction;
	}

	/**
	 * Every declared category by its slug and by its name, both in lower case, to its
	 * slug: how an article's {@code categories} are matched.
	 */
	public Map<String, String> slugsByKey() {
		Map<String, String> keys = new LinkedHashMap<>();
		for (Category category : categories.findAll()) {
			keys.put(category.getSlug().toLowerCase(Locale.ROOT), category.getSlug());
			keys.putIfAbsent(category.getName().strip().toLowerCase(Locale.ROOT), category.getSlug());
		}
		return keys;
	}

	/**
	 * The slug of a category named {@code name}: made from the name, or, for a name with
	 * no Latin letter or digit ("気分"), {@code category-} and a hash of the name, since
	 * category addresses are ASCII. The same name always gets the same slug, so the next
	 * import finds it again by name.
	 */
	public static String slugFor(String name) {
		String slug = Slugs.of(name);
		if (!slug.isEmpty()) {
			return slug;
		}
		CRC32 crc = new CRC32();
		crc.update(Normalizer.normalize(name.strip(), Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
		return "category-%08x".formatted(crc.getValue());
	}

	/**
	 * Declares a category named {@code name} (its slug made from the name) last in the
	 * order, and writes {@code categories.yaml} under {@code root}. Returns its slug.
	 */
	public String declare(Path root, String name) {
		return declare(root, name, "");
	}

	/**
	 * Declares a category as {@link #declare(Path, String)} does, with its description
	 * (an import keeps what the other system said about it there); a category already
	 * declared is left as it is.
	 */
	public String declare(Path root, String name, String description) {
		String slug = slugFor(name);
		String shown = name.strip();
		return transaction.execute(status -> {
			if (categories.findBySlug(slug).isEmpty()) {
				int order = categories.findAll().stream().mapToInt(Category::getOrder).max().orElse(0) + 1;
				Category category = new Category(slug);
				category.update(shown, description.strip(), order);
				categories.save(category);
				redirects.forget(SlugRedirect.Kind.CATEGORY, slug);
				categories.flush();
				file.write(root, categories.findAllByOrderByOrderAscNameAsc());
			}
			return slug;
		});
	}

}
