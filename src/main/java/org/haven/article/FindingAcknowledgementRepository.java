package org.haven.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingAcknowledgementRepository extends JpaRepository<FindingAcknowledgement, Long> {

	List<FindingAcknowledgement> findByArticleIdOrderByCreatedAtDesc(long articleId);

}
