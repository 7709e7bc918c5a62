package org.haven.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffRepository extends JpaRepository<SignOff, Long> {

	List<SignOff> findByArticleIdOrderByCreatedAtDescIdDesc(long articleId);

}
