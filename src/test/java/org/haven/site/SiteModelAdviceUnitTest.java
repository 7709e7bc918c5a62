package org.haven.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.web.method.ControllerAdviceBean;

/**
 * The reader model goes to reader pages only, not to every request the application
 * answers.
 */
class SiteModelAdviceUnitTest {

	private final ControllerAdviceBean advice = advice();

	@Test
	void appliesToReaderControllers() {
		assertThat(advice.isApplicableToBeanType(ArticleController.class)).isTrue();
		assertThat(advice.isApplicableToBeanType(SearchController.class)).isTrue();
	}

	@Test
	void leavesTheEditorApiFeedsAndAssetsAlone() throws ClassNotFoundException {
		for (String controller : new String[] { "org.haven.editor.ArticleApiController",
				"org.haven.feed.FeedController", "org.haven.web.ThemeAssetController" }) {
			assertThat(advice.isApplicableToBeanType(Class.forName(controller))).as(controller).isFalse();
		}
	}

	private static ControllerAdviceBean advice() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerBeanDefinition("siteModelAdvice", new RootBeanDefinition(SiteModelAdvice.class));
		return ControllerAdviceBean.findAnnotatedBeans(beans).get(0);
	}

}
