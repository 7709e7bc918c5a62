package org.haven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the design, enforced: leaves stay leaves, reader modules hear about articles through events
 * rather than the other way round, and only {@code site} and {@code editor} compose everything.
 */
class ModularityTests {

	static final Map<String, Set<String>> ALLOWED = Map.ofEntries(Map.entry("common", Set.of()),
			Map.entry("config", Set.of("common")),
			Map.entry("content", Set.of("common")), Map.entry("theme", Set.of("common")),
			Map.entry("article", Set.of("content", "config", "common")),
			Map.entry("taxonomy", Set.of("article", "common")),
			Map.entry("related", Set.of("article", "taxonomy", "config", "common")),
			Map.entry("feed", Set.of("article", "taxonomy", "config", "content", "common")),
			Map.entry("search", Set.of("article", "config", "common")),
			Map.entry("comment", Set.of("article", "config", "common")),
			Map.entry("subscription", Set.of("article", "config", "common")),
			Map.entry("web", Set.of("theme", "config", "common")),
			Map.entry("site", Set.of("article", "taxonomy", "related", "feed", "search", "comment", "subscription",
					"web", "theme", "config", "content", "common")),
			Map.entry("editor", Set.of("article", "taxonomy", "content", "comment", "subscription", "web", "theme",
					"config", "common")));

	static final JavaClasses HAVEN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.haven");

	@Test
	void eachModuleDependsOnlyOnWhatTheDesignAllows() {
		ALLOWED.forEach((module, allowed) -> {
			List<String> forbidden = ALLOWED.keySet()
				.stream()
				.filter(other -> !other.equals(module) && !allowed.contains(other))
				.map(other -> "org.haven." + other + "..")
				.toList();
			noClasses().that()
				.resideInAPackage("org.haven." + module + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(forbidden.toArray(String[]::new))
				.allowEmptyShould(true)
				.because("DESIGN.md allows " + module + " to use only " + allowed)
				.check(HAVEN);
		});
	}

	@Test
	void modulesFormNoCycles() {
		slices().matching("org.haven.(*)..").should().beFreeOfCycles().check(HAVEN);
	}

}
