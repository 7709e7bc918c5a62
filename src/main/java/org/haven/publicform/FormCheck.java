package org.haven.publicform;

import org.jspecify.annotations.Nullable;

/**
 * What the protection found about one submission.
 *
 * @param refusal why the form must be turned away, or null when it may be read
 * @param honeypotFilled the hidden field people never see was filled in
 * @param tooFast the form came back sooner after it was served than a person can fill it
 * in
 */
public record FormCheck(@Nullable PublicFormRefusal refusal, boolean honeypotFilled, boolean tooFast) {

	public boolean accepted() {
		return refusal == null;
	}

	static FormCheck refused(PublicFormRefusal refusal) {
		return new FormCheck(refusal, false, false);
	}

}
