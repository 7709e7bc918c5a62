package org.haven.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.expression.MethodResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Adds {@link ViewPropertyAccessor} and {@link ViewMethodResolver} to the SpEL evaluation
 * context of every render. The view creates a fresh context for each page, with a fixed
 * list of accessors and resolvers, so a pre-processor adds them where the render starts.
 */
@Component
class ViewPropertyDialect extends AbstractDialect implements IPreProcessorDialect {

	ViewPropertyDialect() {
		super("haven-view-properties");
	}

	@Override
	public int getDialectPreProcessorPrecedence() {
		return 0;
	}

	@Override
	public Set<IPreProcessor> getPreProcessors() {
		return Set.of(new PreProcessor(TemplateMode.HTML, AddAccessor.class, 0),
				new PreProcessor(TemplateMode.XML, AddAccessor.class, 0),
				new PreProcessor(TemplateMode.TEXT, AddAccessor.class, 0));
	}

	/** Instantiated by Thymeleaf for each template it processes. */
	public static final class AddAccessor extends AbstractTemplateHandler {

		public AddAccessor() {
		}

		@Override
		public void setContext(ITemplateContext context) {
			super.setContext(context);
			if (context.getVariable(
					ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME) instanceof StandardEvaluationContext evaluation
					&& !evaluation.getPropertyAccessors().contains(ViewPropertyAccessor.INSTANCE)) {
				evaluation.addPropertyAccessor(ViewPropertyAccessor.INSTANCE);
				// first, so it answers before the reflective resolver (the context's list
				// is fixed)
				List<MethodResolver> resolvers = new ArrayList<>(evaluation.getMethodResolvers().size() + 1);
				resolvers.add(ViewMethodResolver.INSTANCE);
				resolvers.addAll(evaluation.getMethodResolvers());
				evaluation.setMethodResolvers(resolvers);
			}
		}

	}

}
