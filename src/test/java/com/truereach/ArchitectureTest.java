package com.truereach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The direction of the packages' dependencies, as the README's "How the code is organised" draws
 * it: the shared vocabulary at the bottom, one-way ingestion, pure analyses, thin wiring on top,
 * and tooling that product code never imports. A new import against the direction fails here.
 */
class ArchitectureTest {

	private static final JavaClasses PRODUCT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.truereach");

	private static final String DOMAIN = "com.truereach.domain..";

	@Test
	void theVocabularyDependsOnNothingElse() {
		noClasses().that()
			.resideInAPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.truereach.ingest..", "com.truereach.history..", "com.truereach.quality..",
					"com.truereach.conversion..", "com.truereach.report..", "com.truereach.job..", "com.truereach.cli..",
					"com.truereach.tooling..")
			.check(PRODUCT);
	}

	@Test
	void ingestionIsOneWay() {
		noClasses().that()
			.resideInAPackage("com.truereach.ingest..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.truereach.history..", "com.truereach.quality..", "com.truereach.conversion..",
					"com.truereach.report..", "com.truereach.job..", "com.truereach.cli..", "com.truereach.tooling..")
			.check(PRODUCT);
		noClasses().that()
			.resideInAPackage("com.truereach.ingest")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.truereach.ingest.formats")
			.because("the readers register themselves beside each other, in StandardFormats")
			.check(PRODUCT);
	}

	@Test
	void analysesAndTheWorkbookKnowOnlyTheVocabulary() {
		noClasses().that()
			.resideInAnyPackage("com.truereach.quality..", "com.truereach.conversion..", "com.truereach.report..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.truereach.ingest..", "com.truereach.history..", "com.truereach.job..",
					"com.truereach.cli..", "com.truereach.tooling..")
			.check(PRODUCT);
	}

	@Test
	void theHistoryKnowsNoAnalysis() {
		noClasses().that()
			.resideInAPackage("com.truereach.history..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.truereach.quality..", "com.truereach.conversion..", "com.truereach.report..",
					"com.truereach.job..", "com.truereach.cli..", "com.truereach.tooling..")
			.check(PRODUCT);
	}

	@Test
	void theStoresTakeValueRecordsNotTheParser() {
		noClasses().that()
			.resideInAPackage("com.truereach.history..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.truereach.ingest..")
			.because("the job turns what the parser read into the history's value records")
			.check(PRODUCT);
	}

	@Test
	void onlyTheCommandLineAndToolingUseTheJob() {
		noClasses().that()
			.resideOutsideOfPackages("com.truereach.job..", "com.truereach.cli..", "com.truereach.tooling..")
			.and()
			.resideOutsideOfPackage("com.truereach")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.truereach.job..", "com.truereach.cli..")
			.check(PRODUCT);
		noClasses().that()
			.resideInAPackage("com.truereach.job..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.truereach.cli..")
			.check(PRODUCT);
	}

	@Test
	void productCodeNeverImportsTooling() {
		noClasses().that()
			.resideOutsideOfPackages("com.truereach.tooling..")
			.and()
			.resideOutsideOfPackage("com.truereach")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.truereach.tooling..")
			.check(PRODUCT);
	}
}
