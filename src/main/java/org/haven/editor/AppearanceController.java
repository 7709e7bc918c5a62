package org.haven.editor;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.content.DraftRejected;
import org.haven.theme.Theme;
import org.haven.theme.ThemeRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins choose the reader theme and set its settings at {@code /admin/themes} (the
 * security chain lets only ADMIN reach it). Readers see a change on their next page; it
 * is kept across restarts.
 */
@Controller
class AppearanceController {

	private final Appearance appearance;

	private final ThemeRegistry themes;

	private final EditorModel editorModel;

	AppearanceController(Appearance appearance, ThemeRegistry themes, EditorModel editorModel) {
		this.appearance = appearance;
		this.themes = themes;
		this.editorModel = editorModel;
	}

	@GetMapping("/admin/themes")
	String page(Authentication user, Model model) {
		return page(user, model, List.of(), themes.settings());
	}

	@PostMapping("/admin/themes/activate")
	String activate(@RequestParam String name, Authentication user, Model model, RedirectAttributes redirect) {
		try {
			appearance.activate(name, user.getName());
			redirect.addFlashAttribute("notice", "Readers now see the " + themes.active().title() + " theme.");
			return "redirect:/admin/themes";
		}
		catch (DraftRejected ex) {
			return page(user, model, ex.problems(), themes.settings());
		}
	}

	@PostMapping("/admin/themes/settings")
	String settings(@RequestParam Map<String, String> form, Authentication user, Model model,
			RedirectAttributes redirect) {
		Map<String, String> values = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("setting-")) {
				values.put(name.substring("setting-".length()), value);
			}
		});
		try {
			appearance.chooseSettings(values, user.getName());
			redirect.addFlashAttribute("notice", "Settings saved. Readers see them on their next page.");
			return "redirect:/admin/themes";
		}
		catch (DraftRejected ex) {
			// the messages quote what was typed; the fields keep what readers see now,
			// which a colour or number
			// field can show (a browser would silently replace "red" in a colour field)
			return page(user, model, ex.problems(), themes.settings());
		}
	}

	@PostMapping("/admin/themes/settings/reset")
	String reset(RedirectAttributes redirect) {
		appearance.resetSettings();
		redirect.addFlashAttribute("notice", "Settings are back to the theme's defaults.");
		return "redirect:/admin/themes";
	}

	private String page(Authentication user, Model model, List<?> problems, Map<String, String> values) {
		editorModel.addTo(model, user);
		model.addAttribute("active", themes.active());
		model.addAttribute("themes",
				themes.themes().values().stream().sorted(Comparator.comparing(Theme::title)).toList());
		model.addAttribute("themeProblems", themes.problems());
		model.addAttribute("declared", themes.declaredSettings().values());
		model.addAttribute("values", values);
		model.addAttribute("lastChoice",
				appearance.lastThemeChoice()
					.map(setting -> new LastChoice(setting.getUpdatedBy(), setting.getUpdatedAt()))
					.orElse(null));
		model.addAttribute("problems", problems);
		return "admin/themes";
	}

	/** Who chose the theme last, and when (templates read public accessors only). */
	record LastChoice(String updatedBy, java.time.Instant updatedAt) {
	}

}
