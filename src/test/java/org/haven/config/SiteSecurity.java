package org.haven.config;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The site's real security filter chain (headers, CSRF, the admin area's rules), for
 * slice tests outside this package: {@code @Import(SiteSecurity.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class SiteSecurity {

}
