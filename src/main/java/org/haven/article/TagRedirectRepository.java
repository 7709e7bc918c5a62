package org.haven.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TagRedirectRepository extends JpaRepository<TagRedirect, String> {

	List<TagRedirect> findByToSlug(String toSlug);

}
