package org.haven.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PageRepository extends JpaRepository<Page, Long> {

	Optional<Page> findBySlugAndPublishedTrue(String slug);

	Optional<Page> findBySlug(String slug);

	List<Page> findAllByPublishedTrueOrderByTitleAsc();

}
