package org.haven.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.OptionalInt;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.common.LowPriorityThreads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class EditorWriteLaneUnitTest {

	final EditorWriteLane lane = new EditorWriteLane(true, EditorWriteLane.DEFAULT_NICENESS);

	/** Where the rest of the chain ran: the thread's name and nice value. */
	String ranOn;

	OptionalInt niceness;

	@AfterEach
	void stop() {
		lane.destroy();
	}

	@Test
	void anEditorsSaveRunsOnALowPriorityThreadAndItsAnswerReachesTheClient() throws Exception {
		MockHttpServletResponse response = filter(lane, "PUT", "/api/v1/articles/7");

		assertThat(ranOn).startsWith("haven-editor-write-");
		assertThat(niceness).hasValue(EditorWriteLane.DEFAULT_NICENESS);
		assertThat(response.getStatus()).isEqualTo(201);
		assertThat(response.getContentAsString()).isEqualTo("saved");
	}

	@Test
	void formPostsOfTheAdminGoTheSameWay() throws Exception {
		filter(lane, "POST", "/admin/articles/7");

		assertThat(ranOn).startsWith("haven-editor-write-");
	}

	@Test
	void readsAndReadersFormsStayOnTheRequestsThread() throws Exception {
		String own = Thread.currentThread().getName();

		filter(lane, "GET", "/api/v1/articles/7");
		assertThat(ranOn).isEqualTo(own);
		filter(lane, "GET", "/admin/articles");
		assertThat(ranOn).isEqualTo(own);
		filter(lane, "POST", "/articles/coping/comments");
		assertThat(ranOn).isEqualTo(own);
		filter(lane, "POST", "/subscribe");
		assertThat(ranOn).isEqualTo(own);
	}

	@Test
	void turnedOffEveryWriteStaysOnTheRequestsThread() throws Exception {
		EditorWriteLane off = new EditorWriteLane(false, EditorWriteLane.DEFAULT_NICENESS);
		try {
			filter(off, "PUT", "/api/v1/articles/7");
			assertThat(ranOn).isEqualTo(Thread.currentThread().getName());
		}
		finally {
			off.destroy();
		}
	}

	@Test
	void aFailureOfTheWriteReachesTheContainerAsItsOwnException() {
		HttpServlet failing = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
				throw new IOException("the client went away");
			}
		};
		assertThatThrownBy(() -> lane.doFilter(new MockHttpServletRequest("PUT", "/api/v1/articles/7"),
				new MockHttpServletResponse(), new MockFilterChain(failing)))
			.isInstanceOf(IOException.class)
			.hasMessage("the client went away");

		HttpServlet broken = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) {
				throw new IllegalStateException("broken");
			}
		};
		assertThatThrownBy(() -> lane.doFilter(new MockHttpServletRequest("POST", "/admin/articles"),
				new MockHttpServletResponse(), new MockFilterChain(broken)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("broken");
	}

	@Test
	void afterShutDownAWriteStillRunsOnTheRequestsThread() throws Exception {
		lane.destroy();

		MockHttpServletResponse response = filter(lane, "PUT", "/api/v1/articles/7");

		assertThat(ranOn).isEqualTo(Thread.currentThread().getName());
		assertThat(response.getStatus()).isEqualTo(201);
	}

	private MockHttpServletResponse filter(EditorWriteLane filter, String method, String path) throws Exception {
		HttpServlet recording = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
				ranOn = Thread.currentThread().getName();
				niceness = LowPriorityThreads.ownNiceness();
				response.setStatus(201);
				response.getWriter().write("saved");
			}
		};
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest(method, path), response, new MockFilterChain(recording));
		return response;
	}

}
