package org.haven.theme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.context.ExpressionContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.standard.expression.AssignationUtils;
import org.thymeleaf.standard.expression.EachUtils;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresource.FileTemplateResource;

/**
 * Parses a theme template without rendering it, so a broken file is found when the theme
 * loads rather than when a reader asks for the page: malformed markup, and {@code th:*}
 * attributes whose expressions cannot be parsed.
 */
final class TemplateSyntax {

	/**
	 * Attributes whose value is not one standard expression (fragment names, selectors,
	 * tokens).
	 */
	private static final Set<String> NOT_EXPRESSIONS = Set.of("fragment", "replace", "insert", "include",
			"substituteby", "remove", "inline", "block", "ref");

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	/** The problem with {@code file} as "line N: reason", if it has one. */
	Optional<String> check(Path file) {
		IEngineConfiguration configuration = engine.getConfiguration();
		String markup;
		try {
			markup = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return Optional.of("cannot be read: " + ex.getMessage());
		}
		TemplateData data = new TemplateData(file.toString(), null,
				new FileTemplateResource(file.toString(), StandardCharsets.UTF_8.name()), TemplateMode.HTML,
				NonCacheableCacheEntryValidity.INSTANCE);
		TemplateModel model;
		try {
			model = configuration.getTemplateManager().parseString(data, markup, 0, 0, TemplateMode.HTML, false);
		}
		catch (TemplateProcessingException ex) {
			return Optional.of(describe(ex.getLine(), ex));
		}
		ExpressionContext context = new ExpressionContext(configuration);
		for (int i = 0; i < model.size(); i++) {
			ITemplateEvent event = model.get(i);
			if (event instanceof IProcessableElementTag tag) {
				for (IAttribute attribute : tag.getAllAttributes()) {
					Optional<String> problem = checkAttribute(context, attribute);
					if (problem.isPresent()) {
						return problem;
					}
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> checkAttribute(ExpressionContext context, IAttribute attribute) {
		String name = attribute.getAttributeCompleteName();
		String value = attribute.getValue();
		String local = name.startsWith("th:") ? name.substring(3)
				: name.startsWith("data-th-") ? name.substring(8) : null;
		if (local == null || value == null || NOT_EXPRESSIONS.contains(local)
				|| ("case".equals(local) && "*".equals(value.strip()))) {
			return Optional.empty();
		}
		try {
			switch (local) {
				case "each" -> EachUtils.parseEach(context, value);
				case "with", "attr", "attrappend", "attrprepend" ->
					AssignationUtils.parseAssignationSequence(context, value, false);
				default ->
					StandardExpressions.getExpressionParser(context.getConfiguration()).parseExpression(context, value);
			}
			return Optional.empty();
		}
		catch (TemplateProcessingException ex) {
			return Optional.of("line " + attribute.getLine() + ": " + name + "=\"" + value + "\" cannot be parsed");
		}
		catch (RuntimeException ex) {
			return Optional.of("line " + attribute.getLine() + ": " + name + "=\"" + value + "\" cannot be parsed: "
					+ ex.getMessage());
		}
	}

	private static String describe(Integer line, TemplateProcessingException ex) {
		String reason = ex.getCause() != null && ex.getCause().getMessage() != null ? ex.getCause().getMessage()
				: ex.getMessage();
		reason = reason.replaceFirst("^\\(Line = \\d+, Column = \\d+\\)\\s*", "");
		return (line == null ? "" : "line " + line + ": ") + reason;
	}

}
