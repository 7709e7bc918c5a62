package org.haven.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.expression.MapAccessor;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelEvaluationException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * Templates read Haven's view models through one cached accessor, with the same answers
 * Spring's reflective accessor gives, and nothing it would not give.
 */
class ViewPropertyAccessorUnitTest {

	record Card(String title, boolean pinned) {
	}

	record Tag(String title) {
	}

	static final class Bean {

		public String getName() {
			return "bean";
		}

		public boolean isDraft() {
			return true;
		}

		public String name() {
			return "not this one: the getter comes first";
		}

	}

	final SpelExpressionParser parser = new SpelExpressionParser();

	StandardEvaluationContext context(Object root) {
		StandardEvaluationContext context = new StandardEvaluationContext(root);
		context.addPropertyAccessor(new MapAccessor()); // as in Thymeleaf's context
		context.addPropertyAccessor(ViewPropertyAccessor.INSTANCE);
		return context;
	}

	@Test
	void recordComponentsGettersAndBooleanIsMethodsAreReadAsSpringReadsThem() {
		assertThat(parser.parseExpression("title").getValue(context(new Card("Sleep", true)))).isEqualTo("Sleep");
		assertThat(parser.parseExpression("pinned").getValue(context(new Card("Sleep", true)))).isEqualTo(true);
		assertThat(parser.parseExpression("name").getValue(context(new Bean()))).isEqualTo("bean");
		assertThat(parser.parseExpression("draft").getValue(context(new Bean()))).isEqualTo(true);
	}

	@Test
	void onlyMethodsHavenDeclaresAreReadAndNeverTheClass() {
		assertThat(ViewPropertyAccessor.getter(Card.class, "class")).isNull();
		assertThat(ViewPropertyAccessor.getter(String.class, "bytes")).isNull();
		assertThat(ViewPropertyAccessor.getter(Map.class, "empty")).isNull();
		assertThat(ViewPropertyAccessor.getter(Card.class, "title")).isNotNull();
	}

	@Test
	void oneExpressionReadsWhateverTypeItMeetsAndFailsAsSpringDoesOnAMissingProperty() {
		Expression title = parser.parseExpression("title");
		StandardEvaluationContext context = context(null);

		assertThat(title.getValue(context, new Card("Grief", false))).isEqualTo("Grief");
		assertThat(title.getValue(context, new Tag("sleep"))).isEqualTo("sleep");
		assertThat(title.getValue(context, Map.of("title", "from a map"))).isEqualTo("from a map");
		assertThat(title.getValue(context, new Card("Again", false))).isEqualTo("Again");
		assertThatThrownBy(() -> title.getValue(context, new Bean())).isInstanceOf(SpelEvaluationException.class)
			.hasMessageContaining("title");
	}

	@Test
	void everyRenderGetsTheAccessorInItsEvaluationContext() {
		for (Card card : List.of(new Card("One", true), new Card("Two", false))) {
			ViewRender render = ViewRender.of(
					"<p th:text=\"${card.title}\" th:classappend=\"${card.pinned} ? 'pin'\">x</p>",
					Map.of("card", card));

			assertThat(render.html()).isEqualTo(card.pinned() ? "<p class=\"pin\">One</p>" : "<p>Two</p>");
			assertThat(render.evaluation().getPropertyAccessors()).containsOnlyOnce(ViewPropertyAccessor.INSTANCE);
		}
	}

}
