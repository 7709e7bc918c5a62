package org.haven.editor;

import org.haven.views.Views;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The dashboard's view counts: every article's views per day for the last {@link #DAYS}
 * days, and the most read articles of the last 7 and 30 days.
 */
@Component
class ViewsPanel {

	static final int DAYS = 90;

	static final int TOP = 10;

	private final Views views;

	ViewsPanel(Views views) {
		this.views = views;
	}

	void addTo(Model model) {
		model.addAttribute("daily", views.daily(null, DAYS));
		model.addAttribute("days", DAYS);
		model.addAttribute("topWeek", views.top(7, TOP));
		model.addAttribute("topMonth", views.top(30, TOP));
	}

}
