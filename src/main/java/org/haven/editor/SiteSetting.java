package org.haven.editor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stored admin choice, by name: {@code theme.active}, or {@code theme.setting.<key>}.
 */
@Entity
@Table(name = "site_setting")
class SiteSetting {

	@Id
	private String name = "";

	@Column(name = "setting_value")
	private String value = "";

	private Instant updatedAt = Instant.EPOCH;

	private String updatedBy = "";

	protected SiteSetting() {
	}

	SiteSetting(String name) {
		this.name = name;
	}

	String getName() {
		return name;
	}

	String getValue() {
		return value;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	String getUpdatedBy() {
		return updatedBy;
	}

	void set(String value, Instant at, String by) {
		this.value = value;
		this.updatedAt = at;
		this.updatedBy = by;
	}

}
