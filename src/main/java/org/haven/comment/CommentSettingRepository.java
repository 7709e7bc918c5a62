package org.haven.comment;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentSettingRepository extends JpaRepository<CommentSetting, String> {

}
