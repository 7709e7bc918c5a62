package org.haven.editor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.haven.article.ArticleStatus;
import org.haven.article.Articles;
import org.haven.article.EditorialQueries;
import org.haven.config.SiteProperties;
import org.haven.taxonomy.ContentNotes;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The variables every admin page gets: who is signed in and the vocabularies for selects
 * and autocompletion.
 */
@Component
class EditorModel {

	/** The signed-in person as the admin layout shows them. */
	record Me(String email, boolean editor, boolean admin, boolean reviewer, boolean moderatorOnly) {
	}

	/**
	 * Times as editors read them, in the site's time zone (the zone of publish times in
	 * the form too).
	 */
	static final class Times {

		private final DateTimeFormatter format;

		private final ZoneId zone;

		Times(ZoneId zone) {
			this.zone = zone;
			this.format = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm zzz", Locale.ENGLISH).withZone(zone);
		}

		public String of(@Nullable Instant instant) {
			return instant == null ? "" : format.format(instant);
		}

		/** The zone's name for labels, e.g. "Europe/London". */
		public String zone() {
			return zone.getId();
		}

		ZoneId zoneId() {
			return zone;
		}

	}

	static final List<String> STAGES = List.of("draft", "in-review", "scheduled", "published", "unpublished",
			"archived");

	private final Articles articles;

	private final EditorialQueries queries;

	private final Times times;

	private final ContentNotes contentNotes;

	private final SiteProperties site;

	EditorModel(Articles articles, EditorialQueries queries, SiteProperties site, ContentNotes contentNotes) {
		this.site = site;
		this.articles = articles;
		this.contentNotes = contentNotes;
		this.queries = queries;
		this.times = new Times(site.timeZone());
	}

	/** The site's address, for previews of how links to it look. */
	String siteUrl() {
		return site.baseUrl().toString();
	}

	Times times() {
		return times;
	}

	void addTo(Model model, Authentication user) {
		model.addAttribute("me", new Me(user.getName(), Permissions.isEditor(user), Permissions.isAdmin(user),
				Permissions.isReviewer(user), Permissions.isOnlyModerator(user)));
		model.addAttribute("categories", articles.categories());
		model.addAttribute("authors", articles.authors());
		model.addAttribute("contentNotes", contentNotes.all());
		model.addAttribute("stages", STAGES);
		model.addAttribute("times", times);
	}

	void addVocabulary(Model model) {
		model.addAttribute("tagLabels", queries.tagLabels());
	}

	static String stageOf(ArticleStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
