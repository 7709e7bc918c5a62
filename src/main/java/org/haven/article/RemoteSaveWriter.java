package org.haven.article;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.haven.config.ClusterProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the content-writer node of a cluster, writes an article saved on another node back
 * to {@code content/}: its latest revision holds the whole file. Other nodes never write
 * files, so {@code content/} has one writer and no torn or competing writes.
 */
@Component
class RemoteSaveWriter {

	private static final Logger log = LoggerFactory.getLogger(RemoteSaveWriter.class);

	private final ArticleRepository articles;

	private final RevisionRepository revisions;

	private final ArticleFileWriter files;

	private final boolean active;

	RemoteSaveWriter(ArticleRepository articles, RevisionRepository revisions, ArticleFileWriter files,
			ClusterProperties cluster) {
		this.articles = articles;
		this.revisions = revisions;
		this.files = files;
		this.active = cluster.enabled() && cluster.contentWriter();
	}

	@EventListener
	@Transactional(readOnly = true)
	public void on(ArticleEvent event) {
		if (!active || !EventOrigin.remote()) {
			return;
		}
		articles.findById(event.articleId()).ifPresent(article -> {
			String path = article.getSource().path();
			if (path == null) {
				return;
			}
			revisions.findFirstByArticleIdOrderByNumberDesc(article.getId()).ifPresent(revision -> {
				try {
					files.writeBack(path, null, revision.getSource().getBytes(StandardCharsets.UTF_8));
				}
				catch (RuntimeException ex) {
					log.warn("Could not write {} saved on another node: {}", path, ex.getMessage());
				}
			});
		});
	}

}
