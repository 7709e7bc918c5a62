package org.haven.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.haven.content.ContentException;
import org.haven.content.ContentReader;
import org.haven.content.FrontMatter;
import org.haven.content.ImportProblem;
import org.haven.content.ParsedDocument;
import org.haven.content.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports author profiles (which articles name) and standing pages, before the articles.
 */
@Component
class AuthorPageImporter {

	private final AuthorRepository authors;

	private final PageRepository pages;

	private final Clock clock;

	private final ContentReader reader;

	AuthorPageImporter(AuthorRepository authors, PageRepository pages, Clock clock, ContentReader reader) {
		this.reader = reader;
		this.authors = authors;
		this.pages = pages;
		this.clock = clock;
	}

	/** Imports author profiles; returns whether any was added or changed. */
	@Transactional
	boolean importAuthors(Path root, List<ImportProblem> problems) {
		boolean changed = false;
		for (Path file : ContentFiles.markdownIn(root.resolve("authors"))) {
			String path = ContentFiles.relative(root, file);
			try {
				ParsedDocument doc = reader.read(path, ContentFiles.read(file));
				FrontMatter fm = doc.frontMatter();
				String name = fm.extraString("name") != null ? fm.extraString("name") : fm.title();
				if (name == null) {
					throw new ContentException(path, 1, "an author needs a 'name'");
				}
				Author author = authors.findBySlug(doc.slug()).orElseGet(() -> new Author(doc.slug()));
				if (!doc.contentHash().equals(author.getContentHash())) {
					author.update(name, fm.extraString("credentials"), fm.extraString("role"), doc.rendered().html(),
							path, doc.contentHash());
					authors.save(author);
					changed = true;
				}
			}
			catch (ContentException ex) {
				problems.add(new ImportProblem(ex.file(), ex.line(), ex.reason()));
			}
		}
		return changed;
	}

	/**
	 * Imports pages; returns whether any page changed. An old address that another page
	 * already has is left out with a warning, on every import until one of them changes.
	 */
	@Transactional
	boolean importPages(Path root, List<ImportProblem> problems, List<ImportProblem> warnings) {
		boolean changed = false;
		Set<String> seen = new HashSet<>();
		for (Path file : ContentFiles.markdownIn(root.resolve("pages"))) {
			String path = ContentFiles.relative(root, file);
			try {
				ParsedDocument doc = reader.read(path, ContentFiles.read(file));
				if (doc.frontMatter().title() == null) {
					throw new ContentException(path, 1, "missing 'title'");
				}
				if (!Slugs.isValid(doc.slug())) {
					throw new ContentException(path, doc.frontMatter().lineOf("slug"),
							"slug '" + doc.slug() + "' must be lowercase letters, digits and hyphens");
				}
				seen.add(path);
				Page page = pages.findBySlug(doc.slug()).orElseGet(() -> new Page(doc.slug()));
				if (!doc.contentHash().equals(page.getContentHash()) || !page.isPublished()) {
					Set<String> aliases = aliases(doc);
					boolean leftOut = false;
					// an address another page already answers stays with it: the page is
					// imported without it, and the file named
					for (String alias : List.copyOf(aliases)) {
						Optional<String> owner = pages.findSlugByAlias(alias).filter(slug -> !slug.equals(doc.slug()));
						if (owner.isPresent()) {
							aliases.remove(alias);
							leftOut = true;
							warnings.add(new ImportProblem(path, doc.frontMatter().lineOf("aliases"), "alias '" + alias
									+ "' is already the old address of page '" + owner.get() + "': left out"));
						}
					}
					// without its hash, a page that lost an address is read again by the
					// next import, and takes the address once the other page lets it go
					String hash = leftOut ? null : doc.contentHash();
					page.update(doc.frontMatter().title(), doc.summary(), doc.rendered().html(), clock.instant(), path,
							hash, aliases);
					pages.save(page);
					changed = true;
				}
			}
			catch (ContentException ex) {
				problems.add(new ImportProblem(ex.file(), ex.line(), ex.reason()));
			}
		}
		for (Page page : pages.findAll()) {
			if (page.isPublished() && page.getSourcePath() != null && !seen.contains(page.getSourcePath())
					&& !Files.exists(root.resolve(page.getSourcePath()))) {
				page.withdraw();
				changed = true;
			}
		}
		return changed;
	}

	/**
	 * A page's old addresses as absolute paths: a relative one counts from the site's
	 * root, where pages live ({@code old-about} is {@code /old-about}); Hugo's
	 * {@code url} is one more; links to other sites and the page's own address are left
	 * out.
	 */
	static Set<String> aliases(ParsedDocument doc) {
		Set<String> paths = new LinkedHashSet<>();
		List<String> aliases = new ArrayList<>(doc.frontMatter().aliases());
		ArticleMapper.ownUrl(doc.frontMatter()).ifPresent(aliases::add);
		for (String alias : aliases) {
			String trimmed = alias.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
				continue;
			}
			String path = ArticleMapper.trimmed(trimmed.startsWith("/") ? trimmed : "/" + trimmed);
			if (!path.equals("/") && !path.equals("/" + doc.slug())) {
				paths.add(path);
			}
		}
		return paths;
	}

	Set<String> authorSlugs() {
		Set<String> slugs = new HashSet<>();
		authors.findAll().forEach(a -> slugs.add(a.getSlug()));
		return slugs;
	}

}
