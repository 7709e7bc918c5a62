package org.haven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the design, enforced: leaves stay leaves, reader modules hear about
 * articles through events rather than the other way round, and only {@code site} and
 * {@code editor} compose everything.
 */
class ModularityTests {

	/**
	 * Each module and the modules it may use (DESIGN.md); only modules that exist are
	 * listed. {@code common} is the shared kernel below every module (one SHA-256 helper
	 * and the like).
	 */
	static final Map<String, Set<String>> ALLOWED = Map.ofEntries(Map.entry("common", Set.of()),
			Map.entry("ops", Set.of("common")), Map.entry("config", Set.of("common")),
			Map.entry("content", Set.of("common")), Map.entry("theme", Set.of("common")),
			Map.entry("taxonomy", Set.of("content", "config", "common")),
			Map.entry("article", Set.of("taxonomy", "content", "config", "common")),
			Map.entry("care", Set.of("article", "taxonomy", "content", "config", "common")),
			Map.entry("related", Set.of("article", "taxonomy", "config", "common")),
			Map.entry("feed", Set.of("article", "taxonomy", "care", "config", "content", "comment", "common")),
			Map.entry("search", Set.of("article", "taxonomy", "config", "common")),
			Map.entry("views", Set.of("article", "config", "common")),
			Map.entry("web", Set.of("theme", "config", "common")), Map.entry("publicform", Set.of("config", "common")),
			Map.entry("mail", Set.of("care", "theme", "config", "common")),
			Map.entry("subscription", Set.of("article", "taxonomy", "mail", "config", "common")),
			Map.entry("comment", Set.of("article", "publicform", "content", "mail", "config", "common")),
			Map.entry("site",
					Set.of("article", "taxonomy", "care", "related", "feed", "search", "views", "web", "theme",
							"config", "content", "comment", "publicform", "subscription", "common")),
			Map.entry("export", Set.of("article", "config", "common")),
			Map.entry("cluster", Set.of("article", "comment", "config", "common")),
			Map.entry("migrate", Set.of("article", "content", "config", "common")),
			Map.entry("editor", Set.of("article", "taxonomy", "care", "content", "views", "web", "theme", "config",
					"comment", "subscription", "mail", "migrate", "common")));

	static final JavaClasses HAVEN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
				.because("DESIGN.md allows " + module + " to use only " + allowed)
				.check(HAVEN);
		});
	}

	@Test
	void everyModuleInTheMapExistsAndEveryModuleIsInTheMap() {
		Set<String> present = HAVEN.stream()
			.map(c -> c.getPackageName())
			.filter(p -> p.startsWith("org.haven."))
			.map(p -> p.substring("org.haven.".length()).split("\\.")[0])
			.collect(Collectors.toSet());
		assertThat(present).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
	}

	@Test
	void articleBuildsOnTheTaxonomyAndTheTaxonomyKnowsNoArticle() {
		classes().that()
			.resideInAPackage("org.haven.taxonomy..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("org.haven.article..")
			.check(HAVEN);
		assertThat(HAVEN.stream()
			.filter(c -> c.getPackageName().equals("org.haven.article"))
			.flatMap(c -> c.getDirectDependenciesFromSelf().stream())
			.map(d -> d.getTargetClass().getPackageName())).as("article -> taxonomy").contains("org.haven.taxonomy");
	}

	@Test
	void modulesFormNoCycles() {
		slices().matching("org.haven.(*)..").should().beFreeOfCycles().check(HAVEN);
	}

}
