package org.haven.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.haven.article.ArticleCard;
import org.haven.article.Articles;
import org.haven.comment.CommentForm;
import org.haven.comment.CommentProblem;
import org.haven.comment.CommentRefused;
import org.haven.comment.Comments;
import org.haven.comment.SubmissionOutcome;
import org.haven.publicform.FormCheck;
import org.haven.publicform.PublicForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Takes a reader's comment without a session: the form protection first, then the
 * comment's own checks. Whatever happens the reader gets a page in the theme: the outcome
 * (awaiting moderation, published, or, for a comment the crisis-language hold caught,
 * where to find help now), or the problem with the form and their text in it.
 */
@Controller
class CommentController {

	static final String FORM = "comment";

	private final PublicForms forms;

	private final Comments comments;

	private final Articles articles;

	private final CommentSections sections;

	private final MetaFactory meta;

	private final SiteModelAdvice siteModel;

	CommentController(PublicForms forms, Comments comments, Articles articles, CommentSections sections,
			MetaFactory meta, SiteModelAdvice siteModel) {
		this.siteModel = siteModel;
		this.forms = forms;
		this.comments = comments;
		this.articles = articles;
		this.sections = sections;
		this.meta = meta;
	}

	@PostMapping("/articles/{slug}/comments")
	String post(@PathVariable String slug, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "false") boolean notify,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) @Nullable Long parent,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		CommentSection.Draft draft = new CommentSection.Draft(clip(name, 200), clip(email, 300), notify,
				clip(body, comments.maxLength() * 2), parent);
		ArticleCard card = articles.published(slug).map(detail -> detail.card()).orElse(null);
		FormCheck check = forms.check(request, FORM, request.getParameter(PublicForms.TOKEN_FIELD),
				request.getParameter(forms.protection().honeypotField()));
		if (!check.accepted()) {
			return problem(card, check.refusal().name(), check.refusal().status(), draft, response, model);
		}
		try {
			SubmissionOutcome outcome = comments.submit(
					new CommentForm(slug, parent, name, email, notify, body, check.honeypotFilled(), check.tooFast()));
			model.addAttribute("page", new CommentReply(card, outcome.name(), null, null));
			model.addAttribute("meta", meta.notice(card == null ? "Comment" : card.title(), request.getRequestURI()));
			return "comment";
		}
		catch (CommentRefused refused) {
			return problem(card, refused.problem().name(), refused.problem().status(), draft, response, model);
		}
	}

	/**
	 * Text that is not valid UTF-8: the servlet container refuses to decode the form
	 * (Tomcat's {@code InvalidParameterException}). The reader gets the form back with a
	 * 400; what they sent cannot be shown, since it could not be read.
	 */
	@ExceptionHandler(IllegalStateException.class)
	String undecodable(IllegalStateException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (!ex.getClass().getSimpleName().equals("InvalidParameterException")) {
			throw ex;
		}
		String path = request.getRequestURI();
		String slug = path.replaceFirst("^/articles/", "").replaceFirst("/comments$", "");
		ArticleCard card = articles.published(slug).map(detail -> detail.card()).orElse(null);
		// an exception handler's model does not get the site-wide variables by itself
		model.addAllAttributes(siteModel.common(path));
		return problem(card, CommentProblem.INVALID_TEXT.name(), CommentProblem.INVALID_TEXT.status(),
				CommentSection.Draft.EMPTY, response, model);
	}

	private String problem(@Nullable ArticleCard card, String problem, int status, CommentSection.Draft draft,
			HttpServletResponse response, Model model) {
		response.setStatus(status);
		CommentSection section = card == null ? null : sections.of(card, draft);
		model.addAttribute("page", new CommentReply(card, null, problem, section));
		model.addAttribute("draft", draft);
		model.addAttribute("meta",
				meta.notice(card == null ? "Comment" : card.title(), card == null ? "/" : card.url()));
		return "comment";
	}

	private static String clip(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

}
