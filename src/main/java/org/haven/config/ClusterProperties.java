package org.haven.config;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Several nodes sharing one PostgreSQL database ({@code docs/scaling.md}). Off by
 * default: a single node keeps its sessions in memory and runs every job itself.
 *
 * @param enabled sessions in the database, change events between nodes, jobs under a
 * cluster-wide lock; needs PostgreSQL
 * @param node this node's name in the event table (default: host name and process id)
 * @param contentWriter whether this node imports {@code content/} at start-up and writes
 * saved articles back to it; exactly one node of a cluster should
 * @param pollInterval how often a node looks for events it missed (a lost notification, a
 * reconnect) and the job lock is checked
 * @param keepEvents how long rows stay in the event table
 */
@ConfigurationProperties("haven.cluster")
public record ClusterProperties(@DefaultValue("false") boolean enabled, @Nullable String node,
		@DefaultValue("true") boolean contentWriter, @DefaultValue("PT2S") Duration pollInterval,
		@DefaultValue("P1D") Duration keepEvents) {

	public ClusterProperties {
		if (node == null || node.isBlank()) {
			node = ManagementFactory.getRuntimeMXBean().getName();
		}
	}

	/** Whether this node reads and writes {@code content/}. */
	public boolean writesContent() {
		return !enabled || contentWriter;
	}

}
