package org.haven.comment;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommentConfiguration {

	@Bean
	CrisisLanguage crisisLanguage() {
		return CrisisLanguage.shipped();
	}

	@Bean
	Comments.Collaborators commentCollaborators(CrisisLanguage crisis, CommentNotices notices,
			ApplicationEventPublisher events, Clock clock) {
		return new Comments.Collaborators(crisis, notices, events, clock);
	}

}
