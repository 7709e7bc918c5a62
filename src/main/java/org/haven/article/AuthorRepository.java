package org.haven.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuthorRepository extends JpaRepository<Author, Long> {

	Optional<Author> findBySlug(String slug);

	List<Author> findAllByOrderByNameAsc();

	/** Every slug, one narrow column: validation reads them on every save. */
	@Query("select a.slug from Author a")
	List<String> findAllSlugs();

}
