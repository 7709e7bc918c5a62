package org.haven.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The help services a reader is given: Haven's sourced list for each region, the
 * publisher's additions and overrides over it, and entries that need checking again.
 */
class HelpDirectoryUnitTest {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/help");

	static final Path NONE = FIXTURES.resolve("no-such-file.yaml");

	@Test
	void britainGetsSamaritansAnd999() {
		HelpDirectory help = new HelpDirectory("GB", NONE);

		assertThat(help.mainService().name()).isEqualTo("Samaritans");
		assertThat(help.mainService().phone()).isEqualTo("116 123");
		assertThat(help.mainService().telLink()).isEqualTo("tel:116123");
		assertThat(help.mainService().alwaysOpen()).isTrue();
		assertThat(help.region().emergency()).isEqualTo("999");
		assertThat(help.region().emergencyTelLink()).isEqualTo("tel:999");
		assertThat(help.region().name(Locale.UK)).isEqualTo("United Kingdom");
	}

	@Test
	void eachShippedRegionHasItsWellKnownNumber() {
		HelpDirectory help = new HelpDirectory("us", NONE);

		assertThat(help.mainService().phone()).isEqualTo("988");
		assertThat(help.region().emergency()).isEqualTo("911");
		assertThat(help.region("IE").orElseThrow().main().phone()).isEqualTo("116 123");
		assertThat(help.region("CA").orElseThrow().main().phone()).isEqualTo("988");
		assertThat(help.region("AU").orElseThrow().main().phone()).isEqualTo("13 11 14");
		assertThat(help.region("AU").orElseThrow().emergency()).isEqualTo("000");
		assertThat(help.region("NZ").orElseThrow().main().phone()).isEqualTo("1737");
		assertThat(help.region("DE").orElseThrow().main().phone()).isEqualTo("0800 111 0 111");
		assertThat(help.internationalDirectory().url()).hasToString("https://findahelpline.com");
	}

	@Test
	void everyShippedEntryNamesItsSourceAndWhenItWasChecked() {
		HelpDirectory help = new HelpDirectory("GB", NONE);

		assertThat(help.regions()).extracting(HelpRegion::code).contains("GB", "IE", "US", "CA", "AU", "NZ", "DE");
		assertThat(help.regions()).flatMap(HelpRegion::services).allSatisfy(service -> {
			assertThat(service.source().getScheme()).isEqualTo("https");
			assertThat(service.checked()).isAfter(LocalDate.of(2026, 1, 1));
		});
	}

	@Test
	void theContentFolderShipsTheSameListAsTheBuiltInOne() throws Exception {
		assertThat(Files.readString(Path.of("content/help.yaml")))
			.isEqualTo(Files.readString(Path.of("src/main/resources/haven/help.yaml")));
	}

	@Test
	void aPublisherAddsServicesOverridesOnesByNameAndAddsRegions() {
		HelpDirectory help = new HelpDirectory("GB", FIXTURES.resolve("publisher.yaml"));

		assertThat(help.region().services()).extracting(HelpService::name)
			.startsWith("Riverside Crisis Café", "Samaritans")
			.contains("Shout")
			.doesNotHaveDuplicates();
		assertThat(help.region().services().get(1).chat()).hasToString("https://example.org/samaritans-chat");
		assertThat(help.region().emergency()).as("kept from the built-in list").isEqualTo("999");
		assertThat(help.region("FR").orElseThrow().main().name()).isEqualTo("3114");
		assertThat(help.internationalDirectory().name()).isEqualTo("Our own directory");
	}

	@Test
	void entriesCheckedMoreThanAYearAgoAreStale() {
		HelpDirectory help = new HelpDirectory("GB", FIXTURES.resolve("publisher.yaml"));

		assertThat(help.staleOn(LocalDate.of(2026, 11, 29))).extracting(e -> e.region() + " " + e.service().name())
			.containsExactly("GB Riverside Crisis Café");
		assertThat(help.staleOn(LocalDate.of(2024, 12, 1))).isEmpty();
	}

	@Test
	void aBrokenPublisherFileIsReportedAndTheBuiltInListIsUsed() {
		HelpDirectory help = new HelpDirectory("GB", FIXTURES.resolve("broken.yaml"));

		assertThat(help.mainService().name()).isEqualTo("Samaritans");
	}

	@Test
	void aBrokenEntryIsNamedWithItsFileAndLine() throws Exception {
		String text = Files.readString(FIXTURES.resolve("broken.yaml"));

		assertThatThrownBy(() -> HelpFile.read("help.yaml", text))
			.hasMessage("help.yaml, line 5: service 'No number at all' needs a 'phone', 'text' or 'chat'");
	}

	@Test
	void aRegionWithoutServicesStopsTheStartWithTheKnownRegions() {
		assertThatThrownBy(() -> new HelpDirectory("XX", NONE)).hasMessageContaining("haven.site.region=XX")
			.hasMessageContaining("GB, IE, US");
	}

}
