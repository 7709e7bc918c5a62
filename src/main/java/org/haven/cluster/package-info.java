/**
 * Several nodes on one PostgreSQL database: change events between nodes (an event table
 * and {@code LISTEN/NOTIFY}), the lock under which site-wide jobs run, and sessions in
 * the database. Active only with {@code haven.cluster.enabled}.
 */
@NullMarked
package org.haven.cluster;

import org.jspecify.annotations.NullMarked;
