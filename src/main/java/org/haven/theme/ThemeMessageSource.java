package org.haven.theme;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The words of the active theme: its {@code i18n/messages*.properties} (UTF-8), then
 * those of each theme it extends, then the application's own {@code messages*.properties}
 * on the classpath. Each link is a Spring {@link ReloadableResourceBundleMessageSource}
 * whose parent is the next theme in the chain. The chain is built again when the theme
 * changes or reloads; without the template cache (the {@code dev} profile) the files are
 * also re-read on every lookup, as templates are.
 */
public class ThemeMessageSource implements HierarchicalMessageSource {

	/** Where a theme keeps its bundles, relative to its folder. */
	public static final String BASENAME = "i18n/messages";

	private final Supplier<Theme> activeTheme;

	private final boolean cacheable;

	private volatile @Nullable MessageSource parent;

	private volatile @Nullable MessageSource chain;

	/**
	 * @param activeTheme the theme readers see now (asked again after each change)
	 * @param cacheable keep bundles in memory until the theme changes; otherwise re-read
	 * changed files on every lookup
	 */
	public ThemeMessageSource(Supplier<Theme> activeTheme, boolean cacheable) {
		this.activeTheme = activeTheme;
		this.cacheable = cacheable;
	}

	@EventListener
	void on(ThemeChanged event) {
		chain = null;
	}

	@Override
	public void setParentMessageSource(@Nullable MessageSource parent) {
		this.parent = parent;
		this.chain = null;
	}

	@Override
	public @Nullable MessageSource getParentMessageSource() {
		return parent;
	}

	@Override
	public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
			Locale locale) {
		return chain().getMessage(code, args, defaultMessage, locale);
	}

	@Override
	public String getMessage(String code, Object @Nullable [] args, Locale locale) throws NoSuchMessageException {
		return chain().getMessage(code, args, locale);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
		return chain().getMessage(resolvable, locale);
	}

	private MessageSource chain() {
		MessageSource current = chain;
		if (current == null) {
			current = build(activeTheme.get().chain());
			chain = current;
		}
		return current;
	}

	/** The theme's bundles first, each falling back to its parent theme's. */
	private MessageSource build(List<Path> themeFolders) {
		ReloadableResourceBundleMessageSource next = bundle("classpath:messages");
		next.setParentMessageSource(parent);
		for (int i = themeFolders.size() - 1; i >= 0; i--) {
			ReloadableResourceBundleMessageSource theme = bundle(
					themeFolders.get(i).resolve(BASENAME).toUri().toString());
			theme.setParentMessageSource(next);
			next = theme;
		}
		return next;
	}

	private ReloadableResourceBundleMessageSource bundle(String basename) {
		ReloadableResourceBundleMessageSource bundle = new ReloadableResourceBundleMessageSource();
		bundle.setBasename(basename);
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		bundle.setCacheSeconds(cacheable ? -1 : 0);
		return bundle;
	}

}
