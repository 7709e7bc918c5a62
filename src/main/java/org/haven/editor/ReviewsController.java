package org.haven.editor;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.article.ClinicalReview;
import org.haven.article.EditConflict;
import org.haven.article.ReviewItem;
import org.haven.article.ReviewProperties;
import org.haven.article.ReviewQueue;
import org.haven.article.Reviewer;
import org.haven.article.SafeMessagingReview;
import org.haven.article.SelfReviewRefused;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue, clinical sign-off of an article in review (approve, or ask for
 * changes with a comment), and acknowledging safe-messaging findings with a reason.
 */
@Controller
class ReviewsController {

	/** One group of the queue as the page lists it. */
	record Group(String id, String title, String empty, List<ReviewItem> items) {
	}

	private final ReviewQueue queue;

	private final ClinicalReview review;

	private final ReviewerAccounts reviewers;

	private final EditorModel editorModel;

	private final ReviewProperties properties;

	private final SafeMessagingReview findings;

	ReviewsController(ReviewQueue queue, ClinicalReview review, ReviewerAccounts reviewers, EditorModel editorModel,
			ReviewProperties properties, SafeMessagingReview findings) {
		this.findings = findings;
		this.queue = queue;
		this.review = review;
		this.reviewers = reviewers;
		this.editorModel = editorModel;
		this.properties = properties;
	}

	@GetMapping("/admin/reviews")
	String queue(Authentication user, Model model) {
		editorModel.addTo(model, user);
		ReviewQueue.Groups groups = queue.groups();
		model.addAttribute("dueSoonDays", properties.dueSoonDays());
		model.addAttribute("groups",
				List.of(new Group("waiting", "Waiting for review", "Nothing is waiting for review.", groups.waiting()),
						new Group("stale", "Review stale", "No review has gone stale.", groups.stale()),
						new Group("due", "Review due within " + properties.dueSoonDays() + " days",
								"No review falls due soon.", groups.dueSoon()),
						new Group("overdue", "Overdue", "No review is overdue.", groups.overdue())));
		return "admin/reviews";
	}

	@PostMapping("/admin/articles/{id}/review")
	String signOff(@PathVariable long id, @RequestParam long version, @RequestParam String decision,
			@RequestParam(defaultValue = "") String comment, Authentication user, RedirectAttributes redirect) {
		Permissions.requireReview(user);
		try {
			Reviewer reviewer = reviewers.of(user);
			if ("approve".equals(decision)) {
				review.approve(id, version, reviewer, comment);
				redirect.addFlashAttribute("notice", "Signed off: readers will see your review once it is published.");
			}
			else {
				review.requestChanges(id, version, reviewer, comment);
				redirect.addFlashAttribute("notice", "Returned to its writer with your comments.");
			}
		}
		catch (DraftRejected ex) {
			redirect.addFlashAttribute("notice",
					ex.problems().stream().map(DraftProblem::message).findFirst().orElse(""));
		}
		catch (EditConflict ex) {
			redirect.addFlashAttribute("notice",
					"Someone changed or signed off this article a moment ago. Read it again before you sign off.");
		}
		return "redirect:/admin/articles/" + id + "/edit";
	}

	@PostMapping("/admin/articles/{id}/findings/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam String ruleId, @RequestParam String matched,
			@RequestParam(defaultValue = "") String reason, Authentication user, RedirectAttributes redirect) {
		Permissions.requireReview(user);
		try {
			findings.acknowledge(id, ruleId, matched, reason, user.getName());
			redirect.addFlashAttribute("notice", "Acknowledged: ‘" + matched + "’ no longer stops publishing.");
		}
		catch (DraftRejected ex) {
			redirect.addFlashAttribute("notice",
					ex.problems().stream().map(DraftProblem::message).findFirst().orElse(""));
		}
		return "redirect:/admin/articles/" + id + "/edit";
	}

	/** Nobody signs off their own work: a 403 that says why and what to do instead. */
	@ExceptionHandler(SelfReviewRefused.class)
	String refused(SelfReviewRefused ex, Authentication user, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		editorModel.addTo(model, user);
		model.addAttribute("reason", ex.getMessage());
		return "admin/refused";
	}

}
