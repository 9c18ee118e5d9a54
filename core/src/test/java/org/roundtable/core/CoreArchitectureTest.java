package org.roundtable.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain stays free of frameworks and of the modules built on top of it. */
@AnalyzeClasses(packages = "org.roundtable.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule core_does_not_depend_on_spring = noClasses()
            .that().resideInAPackage("org.roundtable.core..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule core_does_not_depend_on_projections_or_the_service = noClasses()
            .that().resideInAPackage("org.roundtable.core..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.roundtable.projections..", "org.roundtable.service..");

    @ArchTest
    static final ArchRule core_does_not_depend_on_jpa = noClasses()
            .that().resideInAPackage("org.roundtable.core..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");
}
