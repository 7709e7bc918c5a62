package org.haven.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far a site-wide job has got, kept in the database shared by every node. */
@Entity
@Table(name = "job_watermark")
class JobWatermark {

	@Id
	private String name = "";

	@Column(name = "up_to")
	private Instant upTo = Instant.EPOCH;

	protected JobWatermark() {
	}

	JobWatermark(String name, Instant upTo) {
		this.name = name;
		this.upTo = upTo;
	}

	Instant getUpTo() {
		return upTo;
	}

	void setUpTo(Instant upTo) {
		this.upTo = upTo;
	}

}
