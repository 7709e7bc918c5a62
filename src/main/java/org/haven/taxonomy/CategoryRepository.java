package org.haven.taxonomy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends JpaRepository<Category, Long> {

	Optional<Category> findBySlug(String slug);

	List<Category> findAllByOrderByOrderAscNameAsc();

	/** Every slug, one narrow column: validation reads them on every save. */
	@Query("select c.slug from Category c")
	List<String> findAllSlugs();

}
