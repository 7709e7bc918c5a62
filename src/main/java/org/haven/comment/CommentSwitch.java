package org.haven.comment;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Comments on or off for one category ({@code scope} CATEGORY, target its slug) or one
 * article (ARTICLE, target its id).
 */
@Entity
@Table(name = "comment_switch")
@IdClass(CommentSwitch.Key.class)
class CommentSwitch {

	static final String CATEGORY = "CATEGORY";

	static final String ARTICLE = "ARTICLE";

	@Id
	private String scope = "";

	@Id
	private String target = "";

	private boolean enabled;

	protected CommentSwitch() {
	}

	CommentSwitch(String scope, String target, boolean enabled) {
		this.scope = scope;
		this.target = target;
		this.enabled = enabled;
	}

	String getScope() {
		return scope;
	}

	String getTarget() {
		return target;
	}

	boolean isEnabled() {
		return enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	record Key(String scope, String target) implements Serializable {

		Key() {
			this("", "");
		}

	}

}
