package io.github.sitegen;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.sitegen");

    @Test
    void onlyTheMavenAdapterKnowsMaven() {
        noClasses().that().resideOutsideOfPackage("io.github.sitegen.maven..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.maven..")
                .check(CLASSES);
    }

    @Test
    void theCommonmarkTreeStaysInTheMarkdownStage() {
        noClasses().that().resideOutsideOfPackages("io.github.sitegen.markdown..", "io.github.sitegen.render..")
                .should().dependOnClassesThat().resideInAPackage("org.commonmark.node..")
                .check(CLASSES);
    }

    @Test
    void coreStagesDoNotReachForTheMojo() {
        noClasses().that().resideOutsideOfPackage("io.github.sitegen.maven..")
                .should().dependOnClassesThat().resideInAPackage("io.github.sitegen.maven..")
                .check(CLASSES);
    }
}
