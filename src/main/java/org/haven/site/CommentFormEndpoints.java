package org.haven.site;

import org.haven.config.PublicFormEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The comment forms' POST addresses: they run without CSRF token or session, protected by
 * {@code org.haven.publicform} instead (see {@code docs/public-forms.md}).
 */
@Configuration(proxyBeanMethods = false)
class CommentFormEndpoints {

	@Bean
	PublicFormEndpoint commentForm() {
		return new PublicFormEndpoint("/articles/{slug}/comments");
	}

	@Bean
	PublicFormEndpoint commentDeletionForms() {
		return new PublicFormEndpoint("/comments/delete/*");
	}

}
