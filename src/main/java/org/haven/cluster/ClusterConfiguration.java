package org.haven.cluster;

import java.time.Clock;

import org.haven.config.ClusterProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node of a cluster ({@code haven.cluster.enabled=true}, PostgreSQL only): sessions in
 * the database (Spring Session JDBC, tables from Flyway), change events in and out, and
 * the job lock. A single node has none of it: in-memory sessions, local events, every job
 * run here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("haven.cluster.enabled")
@EnableJdbcHttpSession
class ClusterConfiguration {

	@Bean
	DirectConnections clusterConnections(DataSourceProperties dataSource) {
		String url = dataSource.determineUrl();
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException(
					"haven.cluster.enabled needs PostgreSQL (LISTEN/NOTIFY, advisory locks), but the datasource is "
							+ url);
		}
		return new DirectConnections(dataSource);
	}

	@Bean
	ChangeLog changeLog(JdbcClient jdbc) {
		return new ChangeLog(jdbc);
	}

	@Bean
	ChangeRelay changeRelay(ChangeLog changes, PlatformTransactionManager transactions, ClusterProperties cluster,
			Clock clock) {
		TransactionTemplate requiresNew = new TransactionTemplate(transactions);
		requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new ChangeRelay(changes, requiresNew, cluster.node(), clock);
	}

	@Bean
	ChangeCatchUp changeCatchUp(ChangeLog changes, ApplicationEventPublisher events, ClusterProperties cluster) {
		return new ChangeCatchUp(changes, events, cluster.node());
	}

	@Bean
	ChangeListener changeListener(DirectConnections connections, ChangeCatchUp catchUp, ClusterProperties cluster) {
		return new ChangeListener(connections, catchUp, cluster.pollInterval());
	}

	@Bean
	AdvisoryJobLock clusterJobLock(DirectConnections connections) {
		return new AdvisoryJobLock(connections);
	}

	@Bean
	ChangePruning changePruning(ChangeLog changes, AdvisoryJobLock lock, ClusterProperties cluster, Clock clock) {
		return new ChangePruning(changes, lock, cluster.keepEvents(), clock);
	}

}
