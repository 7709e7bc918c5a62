package org.haven.config;

/**
 * Whether this node runs the jobs that must run once for the whole site (scheduled
 * publishing, mail sending, digests). A single node always does; in a cluster, only the
 * node holding the lock, which passes to another when it stops or dies.
 */
public interface JobLock {

	/** Whether this node runs site-wide jobs now. */
	boolean held();

}
