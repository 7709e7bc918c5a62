package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class UploadLimitsUnitTest {

	final UploadLimits limits = new UploadLimits("65MB");

	@Test
	void theWordPressExportMayBeLargerThanAnImage() {
		assertThat(limits.limitFor("/admin/import/wordpress")).isEqualTo(DataSize.ofMegabytes(65));
		assertThat(limits.limitFor("/admin/media")).isEqualTo(DataSize.ofMegabytes(11));
	}

	@Test
	void aMultipartRequestOverItsLimitGets413AndAPageThatSaysSoBeforeAnythingReadsIt() throws Exception {
		MockHttpServletResponse response = filter("/admin/import/wordpress", DataSize.ofMegabytes(66).toBytes());

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("The file is too large", "at most 65 MB",
				"Nothing was stored");
		assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; style-src 'self'");
	}

	@Test
	void aRequestWithinItsLimitGoesOn() throws Exception {
		assertThat(filter("/admin/import/wordpress", DataSize.ofMegabytes(20).toBytes()).getStatus()).isEqualTo(200);
		assertThat(filter("/admin/media", DataSize.ofMegabytes(20).toBytes()).getStatus()).isEqualTo(413);
		assertThat(filter("/admin/media", DataSize.ofMegabytes(5).toBytes()).getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse filter(String path, long length) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {

			@Override
			public long getContentLengthLong() {
				return length;
			}

		};
		request.setContentType("multipart/form-data; boundary=x");
		MockHttpServletResponse response = new MockHttpServletResponse();
		limits.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
