package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;

import org.haven.support.SiteIntegrationTest;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * JSON columns are snapshotted by reference, not copied through JSON for each entity
 * Hibernate loads or saves; replacing the value is still a change.
 */
@SiteIntegrationTest
class JsonColumnsIntegrationTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theTableOfContentsFaqAndKeptFrontMatterAreImmutableValues() {
		assertThat(mutable(RenderedBody.class, "toc")).isFalse();
		assertThat(mutable(RenderedBody.class, "faq")).isFalse();
		assertThat(mutable(Article.class, "source.extra")).isFalse();
	}

	private boolean mutable(Class<?> entity, String path) {
		var descriptor = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(entity);
		String[] parts = path.split("\\.");
		AttributeMapping attribute = descriptor.findAttributeMapping(parts[0]);
		if (parts.length == 2) {
			attribute = attribute.asEmbeddedAttributeMapping()
				.getEmbeddableTypeDescriptor()
				.findAttributeMapping(parts[1]);
		}
		return attribute.getAttributeMetadata().getMutabilityPlan().isMutable();
	}

}
