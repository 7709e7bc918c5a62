package org.haven.mail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.haven.theme.ThemeFiles;
import org.haven.theme.ThemeRegistry;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.FileTemplateResource;

/**
 * Finds mail templates in the active theme (and the themes it extends):
 * {@code email/post.html} in HTML mode, {@code email/post.txt} in text mode.
 */
class ThemeMailResolver implements ITemplateResolver {

	private final ThemeRegistry registry;

	private final boolean cacheable;

	ThemeMailResolver(ThemeRegistry registry, boolean cacheable) {
		this.registry = registry;
		this.cacheable = cacheable;
	}

	@Override
	public String getName() {
		return "theme-mail";
	}

	@Override
	public Integer getOrder() {
		return 0;
	}

	@Override
	public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate, String template,
			Map<String, Object> attributes) {
		String name = template.contains("::") ? template.substring(0, template.indexOf("::")).strip() : template;
		Optional<Path> file = ThemeFiles.find(registry.active(), "templates", name);
		if (file.isEmpty()) {
			return null;
		}
		TemplateMode mode = name.endsWith(".txt") ? TemplateMode.TEXT : TemplateMode.HTML;
		return new TemplateResolution(new FileTemplateResource(file.get().toString(), StandardCharsets.UTF_8.name()),
				true, mode, false,
				cacheable ? AlwaysValidCacheEntryValidity.INSTANCE : NonCacheableCacheEntryValidity.INSTANCE);
	}

}
