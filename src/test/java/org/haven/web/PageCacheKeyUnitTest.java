package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Links from newsletters and social sites find the page already kept for them. */
class PageCacheKeyUnitTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL",
			value = { "/|NULL|/", "/|''|/", "/|utm_source=newsletter&utm_medium=email&utm_campaign=may|/",
					"/articles/x|fbclid=IwAR0abc|/articles/x", "/search|q=panic&utm_source=x|/search?q=panic",
					"/search|utm_source=x&q=panic&page=2|/search?q=panic&page=2",
					"/search|UTM_Source=x&Q=Panic|/search?Q=Panic", "/tags|mc_cid=1&mc_eid=2&gclid=3|/tags",
					"/search|q=utm_source|/search?q=utm_source", "/search|q=a&&utm_term=b&|/search?q=a",
					"/search|utm_source|/search", "/categories|sort=new&ref=home|/categories?sort=new&ref=home" })
	void trackingParametersAreLeftOutAndEveryOtherParameterKeptInOrder(String path, String query, String key) {
		assertThat(PageCacheKey.of(path, query)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource({ "/articles/%76iews-on-sleep, /articles/views-on-sleep", "/articles/%56%2d%7e, /articles/V-~",
			"/tags/%c3%a4ngste, /tags/%c3%a4ngste", "/a%2Fb, /a%2Fb", "/a%2, /a%2", "/a%zz, /a%zz", "/%, /%" })
	void lettersEscapedInThePathAreTheLettersAndOtherEscapesStay(String path, String key) {
		assertThat(PageCacheKey.of(path, null)).isEqualTo(key);
	}

}
