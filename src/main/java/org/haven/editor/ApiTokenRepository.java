package org.haven.editor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHashAndRevokedFalse(String tokenHash);

	List<ApiToken> findByOwnerEmailIgnoreCaseOrderByCreatedAtDesc(String ownerEmail);

	Optional<ApiToken> findByIdAndOwnerEmailIgnoreCase(long id, String ownerEmail);

}
