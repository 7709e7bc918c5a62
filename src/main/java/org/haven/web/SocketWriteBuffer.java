package org.haven.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat copies every response through a per-connection write buffer of 8 KB, so a 35 KB
 * article page takes five socket writes. A buffer that holds a whole typical page
 * (prepared pages are 20–60 KB) sends it in one.
 */
@Configuration(proxyBeanMethods = false)
class SocketWriteBuffer {

	static final int BYTES = 64 * 1024;

	@Bean
	TomcatConnectorCustomizer largerSocketWriteBuffer() {
		return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(BYTES));
	}

}
