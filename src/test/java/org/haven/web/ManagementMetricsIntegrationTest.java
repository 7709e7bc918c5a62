package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an operator watches, on the management port: Prometheus metrics for the page
 * cache, rendering, imports, search, related reading and scheduled jobs, and build and
 * git details.
 */
@SiteIntegrationTest
class ManagementMetricsIntegrationTest {

	@LocalServerPort
	int publicPort;

	@LocalManagementPort
	int managementPort;

	@Test
	void prometheusShowsHavensOwnMeters() {
		Http.get(publicPort, "/articles/arguing-without-hurting");
		Http.get(publicPort, "/articles/arguing-without-hurting");
		Http.get(publicPort, "/search?q=anxiety");

		HttpResponse<String> metrics = Http.get(managementPort, "/actuator/prometheus", "Accept", "text/plain");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("cache_gets_total{cache=\"pages\"", "result=\"hit\"", "result=\"miss\"",
				"cache_evictions_total{cache=\"pages\"", "haven_render_seconds_count",
				"haven_content_import_seconds_count", "haven_search_query_seconds_count",
				"haven_related_query_seconds_count", "tasks_scheduled_execution", "haven_pages_stale_total");
	}

	@Test
	void infoHasBuildAndGitDetails() {
		HttpResponse<String> info = Http.get(managementPort, "/actuator/info", "Accept", "application/json");

		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"build\"", "\"artifact\":\"haven\"", "\"git\"", "\"commit\"");
	}

}
