package org.haven.site;

import org.haven.publicform.PublicForms;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every reader page may show the compact newsletter form, so each gets its protection
 * fields. The token is the same for every reader in a time bucket, so the page stays
 * shareable and cacheable.
 */
@ControllerAdvice(basePackageClasses = SubscribeFormAdvice.class)
class SubscribeFormAdvice {

	private final PublicForms forms;

	SubscribeFormAdvice(PublicForms forms) {
		this.forms = forms;
	}

	@ModelAttribute
	void addSubscribeForm(Model model) {
		model.addAttribute("subscribeForm", forms.protection());
	}

}
