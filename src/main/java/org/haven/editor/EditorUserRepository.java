package org.haven.editor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EditorUserRepository extends JpaRepository<EditorUser, Long> {

	Optional<EditorUser> findByEmailIgnoreCase(String email);

	boolean existsByEmailIgnoreCase(String email);

	List<EditorUser> findAllByOrderByEmailAsc();

}
