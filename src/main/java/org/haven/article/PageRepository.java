package org.haven.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PageRepository extends JpaRepository<Page, Long> {

	Optional<Page> findBySlugAndPublishedTrue(String slug);

	Optional<Page> findBySlug(String slug);

	List<Page> findAllByPublishedTrueOrderByTitleAsc();

	@Query("select p.slug from Page p join p.aliases alias where alias = :path")
	Optional<String> findSlugByAlias(String path);

	@Query("select p.slug from Page p join p.aliases alias where p.published = true and alias = :path")
	Optional<String> findPublishedSlugByAlias(String path);

	@Query("select alias, p.slug from Page p join p.aliases alias where p.published = true")
	List<Object[]> findPublishedAliases();

}
