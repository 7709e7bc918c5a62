package org.haven.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker, in process: returns every error (not warning) with its line
 * and column.
 */
public final class HtmlChecker {

	private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private HtmlChecker() {
	}

	public static List<String> errors(String html) {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(describe(ex));
			}

			@Override
			public void fatalError(SAXParseException ex) {
				errors.add(describe(ex));
			}
		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema(HTML5_SCHEMA, handler);
			validator.setUpValidatorAndParsers(handler, true, false);
			InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			source.setEncoding("UTF-8");
			validator.checkHtmlInputSource(source);
		}
		catch (Exception ex) {
			throw new IllegalStateException("the HTML checker could not run", ex);
		}
		return errors;
	}

	private static String describe(SAXParseException ex) {
		return ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage();
	}

}
