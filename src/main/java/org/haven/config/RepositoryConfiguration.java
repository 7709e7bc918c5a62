package org.haven.config;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

/**
 * Spring Data reads each repository query with a full HQL grammar (ANTLR) when it creates
 * the repository, only to find its alias and projection: a start-up profile put an eighth
 * of the main thread there, paid by the content import, which is the first to use the
 * repositories. Haven's queries are plain JPQL with no count query derived from them,
 * which Spring Data's simpler enhancer reads without a grammar. Hibernate still parses
 * and checks every query.
 */
@Configuration(proxyBeanMethods = false)
class RepositoryConfiguration {

	@Bean
	static BeanPostProcessor plainQueryEnhancer() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repositories) {
					repositories.setQueryEnhancerSelectorSource(new PlainQueries());
				}
				return bean;
			}
		};
	}

	/** Every JPQL and native query gets the regular-expression enhancer. */
	static final class PlainQueries implements QueryEnhancerSelector {

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			return QueryEnhancerFactories.fallback();
		}

	}

}
