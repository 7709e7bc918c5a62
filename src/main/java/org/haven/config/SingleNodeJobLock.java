package org.haven.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** A single node runs every job itself. */
@Component
@ConditionalOnBooleanProperty(name = "haven.cluster.enabled", havingValue = false, matchIfMissing = true)
class SingleNodeJobLock implements JobLock {

	@Override
	public boolean held() {
		return true;
	}

}
