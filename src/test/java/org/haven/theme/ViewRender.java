package org.haven.theme;

import java.util.Map;

import org.springframework.context.support.StaticApplicationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * One render of a template string as a page renders: Spring's template engine with
 * {@link ViewPropertyDialect}, and a fresh evaluation context, returned for inspection.
 */
record ViewRender(String html, ThymeleafEvaluationContext evaluation) {

	static ViewRender of(String template, Map<String, Object> variables) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.addDialect(new ViewPropertyDialect());
		StaticApplicationContext application = new StaticApplicationContext();
		application.refresh();
		ThymeleafEvaluationContext evaluation = new ThymeleafEvaluationContext(application, null);
		Context model = new Context();
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
		model.setVariables(variables);
		return new ViewRender(engine.process(template, model), evaluation);
	}

}
