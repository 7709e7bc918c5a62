package org.haven.editor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AutosaveRepository extends JpaRepository<Autosave, Long> {

	Optional<Autosave> findFirstByArticleIdAndOpenTrueOrderByIdDesc(long articleId);

	List<Autosave> findByArticleIdOrderByStartedAtDesc(long articleId);

}
