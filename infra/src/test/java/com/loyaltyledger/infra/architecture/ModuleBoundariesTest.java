package com.loyaltyledger.infra.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module lines of ARCHITECTURE.md, held by the build. */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.loyaltyledger");
    }

    @Test
    void commandSideNeverSeesQuerySide() {
        noClasses().that().resideInAPackage("com.loyaltyledger.command..")
                .should().dependOnClassesThat().resideInAPackage("com.loyaltyledger.query..")
                .check(classes);
    }

    @Test
    void querySideNeverSeesCommandSide() {
        noClasses().that().resideInAPackage("com.loyaltyledger.query..")
                .should().dependOnClassesThat().resideInAPackage("com.loyaltyledger.command..")
                .check(classes);
    }

    @Test
    void neitherSideSeesTheApplication() {
        noClasses().that().resideInAnyPackage("com.loyaltyledger.command..", "com.loyaltyledger.query..",
                        "com.loyaltyledger.api..")
                .should().dependOnClassesThat().resideInAPackage("com.loyaltyledger.infra..")
                .check(classes);
    }

    @Test
    void sharedApiIsPlainJava() {
        noClasses().that().resideInAPackage("com.loyaltyledger.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "com.fasterxml.jackson..", "tools.jackson..",
                        "com.loyaltyledger.command..", "com.loyaltyledger.query..")
                .check(classes);
    }

    @Test
    void sharedApiUsesOnlyAxonAnnotations() {
        DescribedPredicate<JavaClass> axonButNotAnnotations = JavaClass.Predicates
                .resideInAPackage("org.axonframework..")
                .and(DescribedPredicate.describe("not an annotation", type -> !type.isAnnotation()));
        noClasses().that().resideInAPackage("com.loyaltyledger.api..")
                .should().dependOnClassesThat(axonButNotAnnotations)
                .because("shared-api may use Axon's @TargetAggregateIdentifier and @Revision, nothing else")
                .check(classes);
    }

    @Test
    void commandSideUsesNoSpringAndNoJpa() {
        noClasses().that().resideInAPackage("com.loyaltyledger.command..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..")
                .check(classes);
    }
}
