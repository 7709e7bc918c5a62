package org.haven.taxonomy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlugRedirectRepository extends JpaRepository<SlugRedirect, SlugRedirect.Key> {

	List<SlugRedirect> findByKindAndToSlug(SlugRedirect.Kind kind, String toSlug);

}
