package org.haven.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.store.FSDirectory;
import org.haven.config.SiteProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local Lucene index, in {@code haven.search.dir} or {@code <data-dir>/search-index}.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	LuceneSearchIndex searchIndex(SearchProperties properties, SiteProperties site) {
		Path dir = properties.dir() != null ? properties.dir() : site.dataDir().resolve("search-index");
		try {
			Files.createDirectories(dir);
			return new LuceneSearchIndex(FSDirectory.open(dir), properties.maxQueryLength());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the search index in " + dir, ex);
		}
	}

}
