package org.haven.comment;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobWatermarkRepository extends JpaRepository<JobWatermark, String> {

}
