package org.haven.comment;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentSwitchRepository extends JpaRepository<CommentSwitch, CommentSwitch.Key> {

}
