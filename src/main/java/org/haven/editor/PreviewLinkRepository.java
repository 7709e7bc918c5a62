package org.haven.editor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PreviewLinkRepository extends ListCrudRepository<PreviewLink, Long> {

	Optional<PreviewLink> findByTokenHash(String tokenHash);

	List<PreviewLink> findByArticleIdOrderByCreatedAtDesc(long articleId);

	Optional<PreviewLink> findByIdAndArticleId(long id, long articleId);

}
