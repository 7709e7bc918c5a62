package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

	@Autowired
	MeterRegistry meters;

	@Test
	void prometheusShowsHavensOwnMeters() {
		Http.get(publicPort, "/articles/arguing-without-hurting");
		Http.get(publicPort, "/articles/arguing-without-hurting");
		Http.get(publicPort, "/search?q=anxiety");

		HttpResponse<String> metrics = Http.get(managementPort, "/actuator/prometheus", "Accept", "text/plain");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("cache_gets_total{cache=\"pages\"", "result=\"hit\"", "result=\"miss\"",
				"cache_evictions_total{cache=\"pages\"", "cache_gets_total{cache=\"feeds\"",
				"cache_evictions_total{cache=\"feeds\"", "haven_render_seconds_count",
				"haven_content_import_seconds_count", "haven_search_query_seconds_count",
				"haven_related_query_seconds_count", "tasks_scheduled_execution", "haven_pages_stale_total");
	}

	/**
	 * Every request that renders is timed in {@code http.server.requests}; an answer from
	 * the page cache is counted as a cache hit instead, without the cost of observing it.
	 */
	@Test
	void rendersAreTimedAsRequestsAndCacheHitsAreCountedAsHits() {
		String page = "/tags?metrics=" + UUID.randomUUID();
		double requestsBefore = requests();
		double hitsBefore = pageCacheHits();

		assertThat(Http.get(publicPort, page).statusCode()).isEqualTo(200);
		assertThat(requests()).as("the render is observed").isEqualTo(requestsBefore + 1);

		assertThat(Http.get(publicPort, page).statusCode()).isEqualTo(200);
		assertThat(pageCacheHits()).as("the second answer is a hit").isEqualTo(hitsBefore + 1);
		assertThat(requests()).as("and is not observed as a request").isEqualTo(requestsBefore + 1);
	}

	/**
	 * Requests observed so far, whatever their tags (a hit has no handler to tag it
	 * with).
	 */
	private double requests() {
		return meters.find("http.server.requests").timers().stream().mapToDouble(Timer::count).sum();
	}

	private double pageCacheHits() {
		return meters.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count();
	}

	@Test
	void infoHasBuildAndGitDetails() {
		HttpResponse<String> info = Http.get(managementPort, "/actuator/info", "Accept", "application/json");

		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"build\"", "\"artifact\":\"haven\"", "\"git\"", "\"commit\"");
	}

}
