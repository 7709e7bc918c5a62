package org.haven.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelEvaluationException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.thymeleaf.expression.Lists;

/**
 * Templates call Haven's view helpers and Thymeleaf's utility objects directly when the
 * arguments fit as they are, with the answers and errors Spring's resolver gives, and
 * leave every other call to Spring.
 */
class ViewMethodResolverUnitTest {

	public static final class Helper {

		public String twice(int n) {
			return String.valueOf(2 * n);
		}

		public String echo(Object value) {
			return "echo " + value;
		}

		public String pick(String word) {
			return "word " + word;
		}

		public String pick(Integer number) {
			return "number " + number;
		}

		public String sized(List<?> items) {
			return items.size() + " items";
		}

		public String typed(List<String> words) {
			return String.join("+", words);
		}

		public String joined(String... parts) {
			return String.join("+", parts);
		}

		public String boom() {
			throw new IllegalStateException("the helper's own failure");
		}

	}

	final SpelExpressionParser parser = new SpelExpressionParser();

	final Helper helper = new Helper();

	StandardEvaluationContext context() {
		StandardEvaluationContext context = new StandardEvaluationContext(helper);
		context.setMethodResolvers(List.of(ViewMethodResolver.INSTANCE, new ReflectiveMethodResolver()));
		return context;
	}

	boolean direct(Object target, String name, Class<?>... argumentTypes) {
		List<TypeDescriptor> types = Arrays.stream(argumentTypes)
			.map(type -> type == null ? null : TypeDescriptor.valueOf(type))
			.toList();
		return ViewMethodResolver.INSTANCE.resolve(context(), target, name, types) != null;
	}

	@Test
	void callsAMethodDirectlyOnlyWhenOneMethodTakesTheArgumentsAsTheyAre() {
		assertThat(direct(helper, "twice", Integer.class)).isTrue();
		assertThat(direct(helper, "echo", String.class)).isTrue();
		assertThat(direct(helper, "echo", (Class<?>) null)).isTrue();
		assertThat(direct(helper, "pick", String.class)).isTrue();
		assertThat(direct(helper, "sized", List.class)).isTrue();
		assertThat(direct(new Lists(), "isEmpty", List.class)).isTrue();

		assertThat(direct(helper, "twice", Long.class)).as("a number to convert").isFalse();
		assertThat(direct(helper, "twice", (Class<?>) null)).as("null for an int").isFalse();
		assertThat(direct(helper, "typed", List.class)).as("elements Spring may convert").isFalse();
		assertThat(direct(helper, "joined", String.class)).as("variable arity").isFalse();
		assertThat(direct(helper, "toString")).as("Object's methods").isFalse();
		assertThat(direct("text", "length")).as("JDK types").isFalse();
		assertThat(direct(List.of(), "isEmpty")).as("JDK types").isFalse();
	}

	@Test
	void answersAsSpringDoesForEveryArgumentOneExpressionMeets() {
		Expression twice = parser.parseExpression("twice(#n)");
		Expression pick = parser.parseExpression("pick(#value)");
		EvaluationContext context = context();

		for (Object n : new Object[] { 3, 4L, "5", 6 }) {
			context.setVariable("n", n);
			assertThat(twice.getValue(context)).isEqualTo(String.valueOf(2 * Integer.parseInt(n.toString())));
		}
		context.setVariable("value", "calm");
		assertThat(pick.getValue(context)).isEqualTo("word calm");
		context.setVariable("value", 7);
		assertThat(pick.getValue(context)).isEqualTo("number 7");
		context.setVariable("value", "again");
		assertThat(pick.getValue(context)).isEqualTo("word again");
		assertThat(parser.parseExpression("echo(null)").getValue(context)).isEqualTo("echo null");
		assertThat(parser.parseExpression("typed({'a', 'b'})").getValue(context)).isEqualTo("a+b");
		assertThat(parser.parseExpression("joined('a', 'b')").getValue(context)).isEqualTo("a+b");
	}

	@Test
	void failsAsSpringDoes() {
		EvaluationContext context = context();

		assertThatThrownBy(() -> parser.parseExpression("boom()").getValue(context))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("the helper's own failure");
		assertThatThrownBy(() -> parser.parseExpression("twice(null)").getValue(context))
			.isInstanceOf(SpelEvaluationException.class);
		assertThatThrownBy(() -> parser.parseExpression("absent()").getValue(context))
			.isInstanceOf(SpelEvaluationException.class)
			.hasMessageContaining("absent");
	}

	@Test
	void everyRenderAsksThisResolverFirst() {
		for (List<String> tags : List.of(List.of("sleep", "grief"), List.<String>of())) {
			ViewRender render = ViewRender.of(
					"<p th:unless=\"${#lists.isEmpty(tags)}\" th:text=\"${#strings.listJoin(tags, ', ')"
							+ " + ' / ' + helper.twice(#lists.size(tags))}\">x</p>",
					Map.of("tags", tags, "helper", helper));

			assertThat(render.html()).isEqualTo(tags.isEmpty() ? "" : "<p>sleep, grief / 4</p>");
			assertThat(render.evaluation().getMethodResolvers()).first().isSameAs(ViewMethodResolver.INSTANCE);
			assertThat(render.evaluation().getMethodResolvers()).hasSize(2);
		}
	}

}
