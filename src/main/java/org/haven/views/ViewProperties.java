package org.haven.views;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Article view counting.
 *
 * @param enabled count views at all (off: nothing is counted and the filter is not
 * registered)
 * @param flushInterval how often counts kept in memory are added to the database: at most
 * this much is lost if the process dies
 * @param botAgents user-agent fragments (case-insensitive) whose requests are not
 * counted; a request without a user agent is not counted either
 */
@ConfigurationProperties("haven.views")
public record ViewProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT5S") Duration flushInterval,
		@DefaultValue( {
				"bot", "crawl", "spider", "slurp", "facebookexternalhit", "preview", "headless", "curl", "wget",
				"python", "java/", "java-http-client", "go-http-client", "okhttp", "libwww", "httpclient", "scrapy",
				"lighthouse", "monitor", "feedfetcher" }) List<String> botAgents){

	public ViewProperties {
		botAgents = botAgents.stream().map(agent -> agent.toLowerCase(Locale.ROOT)).toList();
	}

}
