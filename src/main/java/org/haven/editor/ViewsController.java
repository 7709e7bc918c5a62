package org.haven.editor;

import org.haven.article.EditableArticle;
import org.haven.article.EditorialQueries;
import org.haven.views.Views;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * How often articles are read: views per day of one article, as a chart drawn on the
 * server with a table of the same days. The site-wide chart and the top articles are on
 * the dashboard ({@link ViewsPanel}).
 */
@Controller
class ViewsController {

	static final int DAYS = ViewsPanel.DAYS;

	private final Views views;

	private final EditorialQueries queries;

	private final EditorModel editorModel;

	ViewsController(Views views, EditorialQueries queries, EditorModel editorModel) {
		this.views = views;
		this.queries = queries;
		this.editorModel = editorModel;
	}

	@GetMapping("/admin/articles/{id}/views")
	String article(@PathVariable long id, Authentication user, Model model) {
		editorModel.addTo(model, user);
		EditableArticle article = queries.editable(id);
		model.addAttribute("article", article);
		model.addAttribute("daily", views.daily(id, DAYS));
		model.addAttribute("days", DAYS);
		return "admin/articles/views";
	}

}
