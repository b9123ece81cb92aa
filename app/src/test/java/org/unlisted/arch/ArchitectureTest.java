package org.unlisted.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core never depends on a face (UI or command line); view-models never touch the scene graph. */
@AnalyzeClasses(packages = "org.unlisted", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String[] CORE = {
        "org.unlisted.core..", "org.unlisted.vault..", "org.unlisted.catalog..", "org.unlisted.people..",
        "org.unlisted.cases..", "org.unlisted.letters..", "org.unlisted.net..", "org.unlisted.mail..",
        "org.unlisted.reports.."
    };

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule coreDoesNotUseTheFaces = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.unlisted.ui..", "org.unlisted.cli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule commandLineDoesNotUseJavaFx = noClasses().that().resideInAPackage("org.unlisted.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.unlisted.ui..");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrintsToTheConsole = noClasses().that().resideOutsideOfPackage("org.unlisted.cli..")
            .and().doNotHaveFullyQualifiedName("org.unlisted.Launcher")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
