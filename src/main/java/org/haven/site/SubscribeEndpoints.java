package org.haven.site;

import org.haven.config.PublicFormEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The newsletter's reader POSTs run without a session or CSRF token: the sign-up is
 * guarded by the public-form checks, the others by the signed token in their link (a mail
 * client's one-click unsubscribe has no cookie to send).
 */
@Configuration(proxyBeanMethods = false)
class SubscribeEndpoints {

	@Bean
	PublicFormEndpoint subscribeEndpoint() {
		return new PublicFormEndpoint("/subscribe");
	}

	@Bean
	PublicFormEndpoint subscriptionLinkEndpoints() {
		return new PublicFormEndpoint("/subscribe/{action}");
	}

}
