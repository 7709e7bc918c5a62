package org.haven.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored moderation setting, by name. */
@Entity
@Table(name = "comment_setting")
class CommentSetting {

	@Id
	private String name = "";

	@Column(name = "setting_value")
	private String value = "";

	protected CommentSetting() {
	}

	CommentSetting(String name, String value) {
		this.name = name;
		this.value = value;
	}

	String getName() {
		return name;
	}

	String getValue() {
		return value;
	}

	void setValue(String value) {
		this.value = value;
	}

}
