package org.haven.support;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Records script that an injected vector runs, in a real Chromium. Installed through the
 * DevTools protocol ({@code Page.addScriptToEvaluateOnNewDocument}), so it runs before
 * any script of every page the browser opens: {@code alert}, {@code confirm} and
 * {@code prompt} become recorders that the page cannot replace, {@code window.__xss} is a
 * marker function a vector may call, and every Content-Security-Policy violation is
 * recorded (a blocked inline script means markup got through escaping, even if the policy
 * stopped it).
 */
public final class ScriptHook {

	private static final String INSTALL = """
			(() => {
			  const seen = [];
			  const record = (kind, detail) => seen.push(kind + ': ' + String(detail).slice(0, 200));
			  const fixed = (name, value) => Object.defineProperty(window, name,
			      { value, writable: false, configurable: false });
			  fixed('__xss', detail => record('marker', detail));
			  fixed('__xssSeen', () => seen.slice());
			  fixed('alert', message => { record('alert', message); });
			  fixed('confirm', message => { record('confirm', message); return false; });
			  fixed('prompt', message => { record('prompt', message); return null; });
			  // Chromium's own viewer of XML documents (feeds, the sitemap) styles itself inline: not the page's doing
			  document.addEventListener('securitypolicyviolation', event => {
			    if (document.contentType !== 'text/html' && event.violatedDirective.startsWith('style-src')) return;
			    record('csp', event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
			  }, true);
			})();
			""";

	/**
	 * What ran (the recorders), and markup that would run if a policy or a click let it:
	 * event-handler attributes, {@code javascript:}, {@code vbscript:} and non-image
	 * {@code data:} URLs (an image's own {@code data:} source cannot run), inline or
	 * foreign scripts (JSON-LD aside), frames (but a sandbox without scripts), objects
	 * and {@code base}.
	 */
	private static final String FINDINGS = """
			const out = typeof window.__xssSeen === 'function' ? window.__xssSeen() : ['hook not installed'];
			const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background'];
			for (const el of document.querySelectorAll('*')) {
			  const tag = el.tagName.toLowerCase();
			  for (const a of el.attributes) {
			    const name = a.name.toLowerCase();
			    const value = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
			    if (name.startsWith('on')) out.push('handler: <' + tag + ' ' + name + '>');
			    if (urlAttributes.includes(name) && (value.startsWith('javascript:') || value.startsWith('vbscript:')
			        || (value.startsWith('data:') && tag !== 'img' && !value.startsWith('data:image/')))) {
			      out.push('url: <' + tag + ' ' + name + '="' + a.value + '">');
			    }
			  }
			  if (tag === 'script' && el.getAttribute('src')) {
			    if (new URL(el.src, location.href).origin !== location.origin) out.push('foreign script: ' + el.src);
			  }
			  else if (tag === 'script' && el.type !== 'application/ld+json' && el.textContent.trim()) {
			    out.push('inline script: ' + el.textContent.slice(0, 80));
			  }
			  const scriptless = tag === 'iframe' && el.hasAttribute('sandbox') && !el.sandbox.contains('allow-scripts');
			  if (['iframe', 'frame', 'object', 'embed', 'base'].includes(tag) && !scriptless) {
			    out.push('element: <' + tag + '>');
			  }
			}
			return out;
			""";

	private ScriptHook() {
	}

	/** Installs the recorders for every page {@code browser} opens from now on. */
	public static void install(ChromeDriver browser) {
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", INSTALL));
	}

	/** What the current page ran or would run; empty when it is clean. */
	@SuppressWarnings("unchecked")
	public static List<String> findings(ChromeDriver browser) {
		return (List<String>) browser.executeScript(FINDINGS);
	}

}
