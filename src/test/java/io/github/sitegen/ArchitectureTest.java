package io.github.sitegen;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers: {@code core} (the model every stage shares) at the bottom, one package per stage
 * above it, the entry point ({@code SiteBuilder} in the root package) beside them, and the
 * adapters ({@code maven}, {@code serve}) on top.
 */
class ArchitectureTest {
    private static final String ROOT = "io.github.sitegen";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** A slice per top-level package ({@code search.lunr} belongs to {@code search}), and one for the root package. */
    private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (pkg.equals(ROOT)) {
                return SliceIdentifier.of("(entry point)");
            }
            if (!pkg.startsWith(ROOT + ".")) {
                return SliceIdentifier.ignore();
            }
            String rest = pkg.substring(ROOT.length() + 1);
            return SliceIdentifier.of(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
        }

        @Override
        public String getDescription() {
            return "top-level packages of " + ROOT;
        }
    };

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyTheMavenAdapterKnowsMaven() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".maven..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.maven..")
                .check(CLASSES);
    }

    @Test
    void theCoreModelDependsOnNoStage() {
        noClasses().that().resideInAPackage(ROOT + ".core..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".core..", "java..")
                .check(CLASSES);
    }

    @Test
    void stagesDoNotReachForTheEntryPoint() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".maven..", ROOT + ".serve..").and().resideOutsideOfPackage(ROOT)
                .should().dependOnClassesThat().resideInAPackage(ROOT)
                .check(CLASSES);
    }

    @Test
    void theCommonmarkTreeStaysInTheMarkdownStage() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".markdown..", ROOT + ".render..")
                .should().dependOnClassesThat().resideInAPackage("org.commonmark.node..")
                .check(CLASSES);
    }

    @Test
    void coreStagesDoNotReachForTheMojo() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".maven..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".maven..")
                .check(CLASSES);
    }
}
