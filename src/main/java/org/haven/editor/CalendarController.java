package org.haven.editor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.haven.article.ArticleEditing;
import org.haven.article.ArticlePreviews;
import org.haven.article.ArticleRow;
import org.haven.article.EditConflict;
import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.article.FindingView;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editorial calendar: a month of published and scheduled articles, the drafts with no
 * date, and rescheduling with a date and time field (keyboard first, no dragging).
 * Scheduled articles that would not go live cleanly carry a warning: a publish check that
 * fails now, or no current clinical review.
 */
@Controller
class CalendarController {

	/** A scheduled or published article on its day, with its warnings. */
	record Entry(ArticleRow row, String time, String publishAt, long version, List<String> warnings) {
	}

	/** One day of the month grid; {@code inMonth} is false for the days around it. */
	record Day(LocalDate date, String label, boolean inMonth, List<Entry> entries) {
	}

	private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	private final EditorialQueries queries;

	private final ArticleEditing editing;

	private final ArticlePreviews previews;

	private final EditorModel editorModel;

	private final Clock clock;

	CalendarController(EditorialQueries queries, ArticleEditing editing, ArticlePreviews previews,
			EditorModel editorModel, Clock clock) {
		this.queries = queries;
		this.editing = editing;
		this.previews = previews;
		this.editorModel = editorModel;
		this.clock = clock;
	}

	@GetMapping("/admin/calendar")
	String month(@RequestParam(required = false) @Nullable String month, Authentication user, Model model) {
		ZoneId zone = editorModel.times().zoneId();
		YearMonth shown = parse(month, YearMonth.now(clock.withZone(zone)));
		LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
		for (ArticleRow row : queries.publishedBetween(first.atStartOfDay(zone).toInstant(),
				last.plusDays(1).atStartOfDay(zone).toInstant())) {
			var local = row.publishedAt().atZone(zone);
			EditableArticle article = row.scheduled() ? queries.editable(row.id()) : null;
			byDay.computeIfAbsent(local.toLocalDate(), d -> new ArrayList<>())
				.add(new Entry(row, String.format(Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute()),
						local.toLocalDateTime().toString().substring(0, 16), article == null ? 0 : article.version(),
						article == null ? List.of() : warnings(article)));
		}
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				weeks.add(new ArrayList<>());
			}
			weeks.get(weeks.size() - 1)
				.add(new Day(day, DAY_LABEL.format(day), YearMonth.from(day).equals(shown),
						byDay.getOrDefault(day, List.of())));
		}
		editorModel.addTo(model, user);
		model.addAttribute("month", shown);
		model.addAttribute("monthName",
				shown.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + shown.getYear());
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("weeks", weeks);
		model.addAttribute("undated", queries.undated(50));
		model.addAttribute("canPublish", Permissions.isEditor(user));
		return "admin/calendar";
	}

	@PostMapping("/admin/calendar/{id}/reschedule")
	String reschedule(@PathVariable long id, @RequestParam String publishAt, @RequestParam long version,
			@RequestParam String month, Authentication user, RedirectAttributes redirect) {
		Permissions.requirePublish(user);
		EditableArticle article = queries.editable(id);
		ArticleForm form = ArticleForm.of(article.draft(), version);
		form.setPublishAt(publishAt);
		List<DraftProblem> problems = new ArrayList<>();
		var at = form.publishTime(editorModel.times().zoneId(), problems);
		String back = "redirect:/admin/calendar?month=" + month;
		if (!problems.isEmpty() || at == null) {
			redirect.addFlashAttribute("notice", "Give a date and time to move “" + article.draft().title() + "” to.");
			return back;
		}
		try {
			editing.publish(id, version, article.draft(), at, user.getName());
			redirect.addFlashAttribute("notice",
					"“" + article.draft().title() + "” now goes live " + editorModel.times().of(at) + ".");
		}
		catch (DraftRejected ex) {
			redirect.addFlashAttribute("notice", "“" + article.draft().title() + "” cannot be scheduled: "
					+ ex.problems().stream().map(DraftProblem::message).reduce((a, b) -> a + " " + b).orElse(""));
		}
		catch (EditConflict ex) {
			redirect.addFlashAttribute("notice",
					"Someone changed “" + article.draft().title() + "” in the meantime; look at the calendar again.");
		}
		return back;
	}

	/** What would go wrong when the article's time comes. */
	private List<String> warnings(EditableArticle article) {
		List<String> warnings = new ArrayList<>();
		if (!previews.preview(article.draft(), article.id()).publishProblems().isEmpty()
				|| article.safeMessaging().stream().anyMatch(FindingView::open)) {
			warnings.add("Publish check fails");
		}
		if (!article.review().reviewed() || article.review().stale()) {
			warnings.add(article.review().stale() ? "Review is stale" : "No clinical review");
		}
		return warnings;
	}

	private static YearMonth parse(@Nullable String month, YearMonth fallback) {
		try {
			return month == null || month.isBlank() ? fallback : YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

}
