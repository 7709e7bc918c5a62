package org.haven.theme;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.FileTemplateResource;

/**
 * Resolves view names ({@code article}, {@code error/404}, {@code fragments/header})
 * against the active theme and then the themes it extends. Names it cannot find are left
 * to the next resolver (the admin's classpath templates).
 */
public class ThemeTemplateResolver implements ITemplateResolver {

	private final ThemeRegistry registry;

	private final boolean cacheable;

	public ThemeTemplateResolver(ThemeRegistry registry, boolean cacheable) {
		this.registry = registry;
		this.cacheable = cacheable;
	}

	@Override
	public String getName() {
		return "theme";
	}

	@Override
	public Integer getOrder() {
		return 0;
	}

	@Override
	public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate, String template,
			Map<String, Object> templateResolutionAttributes) {
		if (template.startsWith("admin/") || template.contains("::")) {
			return null;
		}
		Optional<Path> file = ThemeFiles.find(registry.active(), "templates", template + ".html");
		if (file.isEmpty()) {
			return null;
		}
		return new TemplateResolution(new FileTemplateResource(file.get().toString(), StandardCharsets.UTF_8.name()),
				true, TemplateMode.HTML, false,
				cacheable ? AlwaysValidCacheEntryValidity.INSTANCE : NonCacheableCacheEntryValidity.INSTANCE);
	}

}
