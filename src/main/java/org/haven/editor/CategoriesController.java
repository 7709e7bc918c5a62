package org.haven.editor;

import java.util.List;

import org.haven.article.EditorialQueries;
import org.haven.comment.CommentSwitches;
import org.haven.content.DraftRejected;
import org.haven.taxonomy.CategoryDraft;
import org.haven.taxonomy.CategoryEditing;
import org.haven.taxonomy.CategoryEditing.CategoryChange;
import org.haven.taxonomy.CategoryView;
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
 * The declared categories with their article counts. Everyone sees them; editors create a
 * category, change its name, description, order or address (slug), and merge one into
 * another.
 */
@Controller
class CategoriesController {

	private static final CategoryDraft BLANK = new CategoryDraft("", "", "", null);

	private final EditorialQueries queries;

	private final CategoryEditing editing;

	private final EditorModel editorModel;

	private final CommentSwitches commentSwitches;

	CategoriesController(EditorialQueries queries, CategoryEditing editing, EditorModel editorModel,
			CommentSwitches commentSwitches) {
		this.commentSwitches = commentSwitches;
		this.queries = queries;
		this.editing = editing;
		this.editorModel = editorModel;
	}

	@GetMapping("/admin/categories")
	String list(Authentication user, Model model) {
		return listPage(user, model, BLANK, List.of());
	}

	@PostMapping("/admin/categories")
	String create(@RequestParam String name, @RequestParam(defaultValue = "") String slug,
			@RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) @Nullable Integer order, Authentication user, Model model,
			RedirectAttributes redirect) {
		Permissions.requirePublish(user);
		CategoryDraft form = new CategoryDraft(name, slug, description, order);
		try {
			CategoryView created = editing.create(form);
			redirect.addFlashAttribute("notice", "Category '" + created.name() + "' created at " + created.url() + ".");
			return "redirect:/admin/categories";
		}
		catch (DraftRejected ex) {
			return listPage(user, model, form, ex.problems());
		}
	}

	@GetMapping("/admin/categories/{slug}/edit")
	String edit(@PathVariable String slug, Authentication user, Model model) {
		Permissions.requirePublish(user);
		CategoryView category = queries.category(slug);
		return editPage(user, model, category,
				new CategoryDraft(category.name(), category.slug(), category.description(), category.order()),
				List.of());
	}

	@PostMapping("/admin/categories/{slug}")
	String update(@PathVariable String slug, @RequestParam String name, @RequestParam("slug") String newSlug,
			@RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) @Nullable Integer order, Authentication user, Model model,
			RedirectAttributes redirect) {
		Permissions.requirePublish(user);
		CategoryView category = queries.category(slug);
		CategoryDraft form = new CategoryDraft(name, newSlug, description, order);
		try {
			CategoryChange change = editing.update(slug, form, user.getName());
			return done(change,
					change.category().slug().equals(slug) ? "Category '" + change.category().name() + "' saved."
							: "Category '" + slug + "' is now '" + change.category().slug() + "'.",
					slug, redirect);
		}
		catch (DraftRejected ex) {
			return editPage(user, model, category, form, ex.problems());
		}
	}

	@PostMapping("/admin/categories/merge")
	String merge(@RequestParam String from, @RequestParam(defaultValue = "") String into, Authentication user,
			Model model, RedirectAttributes redirect) {
		Permissions.requirePublish(user);
		try {
			CategoryChange change = editing.merge(from, into, user.getName());
			return done(change, "Category '" + from + "' is merged into '" + change.category().slug() + "'.", from,
					redirect);
		}
		catch (DraftRejected ex) {
			return listPage(user, model, BLANK, ex.problems());
		}
	}

	/**
	 * Back to the list, saying what moved, and why the old category stayed if some
	 * articles could not move.
	 */
	private static String done(CategoryChange change, String notice, String from, RedirectAttributes redirect) {
		String moved = change.moved() > 0 ? " " + change.moved() + " article(s) moved." : "";
		redirect.addFlashAttribute("notice", change.refused().isEmpty() ? notice + moved
				: "Category '" + from + "' stays until the articles below can move too." + moved);
		redirect.addFlashAttribute("refused", change.refused());
		return "redirect:/admin/categories";
	}

	private String listPage(Authentication user, Model model, CategoryDraft form, List<?> problems) {
		editorModel.addTo(model, user);
		model.addAttribute("categoryCounts", queries.categories());
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "admin/categories";
	}

	private String editPage(Authentication user, Model model, CategoryView category, CategoryDraft form,
			List<?> problems) {
		editorModel.addTo(model, user);
		model.addAttribute("category", category);
		model.addAttribute("commentSwitch", commentSwitches.categoryState(category.slug()));
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "admin/category";
	}

}
