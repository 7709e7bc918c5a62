package org.haven.site;

import org.haven.care.HelpDirectory;
import org.haven.config.SiteProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /help}: crisis and support services for the site's region. */
@Controller
class HelpController {

	private final HelpDirectory help;

	private final MetaFactory meta;

	private final SiteProperties site;

	HelpController(HelpDirectory help, MetaFactory meta, SiteProperties site) {
		this.help = help;
		this.meta = meta;
		this.site = site;
	}

	@GetMapping(HelpDirectory.PAGE)
	String help(Model model) {
		model.addAttribute("help",
				new HelpModel(help.region(), help.region().name(site.locale()), help.internationalDirectory()));
		model.addAttribute("meta", meta.help());
		return "help";
	}

}
