package org.roundtable.projections;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.Case;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ProjectionsArchitectureTest {

    private final JavaClasses projections = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.roundtable.projections");

    @Test
    void projections_know_nothing_of_the_service() {
        noClasses().that().resideInAPackage("org.roundtable.projections..")
                .should().dependOnClassesThat().resideInAPackage("org.roundtable.service..")
                .check(projections);
    }

    @Test
    void projections_do_not_need_spring_boot() {
        noClasses().that().resideInAPackage("org.roundtable.projections..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.boot..")
                .check(projections);
    }

    @Test
    void projections_read_events_not_the_aggregate() {
        noClasses().that().resideInAPackage("org.roundtable.projections..")
                .should().dependOnClassesThat().belongToAnyOf(Case.class)
                .check(projections);
    }

    @Test
    void read_models_do_not_depend_on_each_other() {
        slices().matching("org.roundtable.projections.(*)..")
                .should().notDependOnEachOther()
                .check(projections);
    }
}
