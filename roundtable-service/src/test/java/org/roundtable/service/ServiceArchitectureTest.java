package org.roundtable.service;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.Case;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The service translates between HTTP and the domain: it sends commands and asks queries, it never holds
 * an aggregate or reaches into a read model's tables.
 */
class ServiceArchitectureTest {

    private final JavaClasses service = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.roundtable.service");

    @Test
    void only_the_configuration_knows_the_aggregate_class() {
        noClasses().that().resideOutsideOfPackage("org.roundtable.service.config..")
                .should().dependOnClassesThat().areAssignableTo(Case.class)
                .check(service);
    }

    @Test
    void controllers_reach_read_models_only_through_queries() {
        noClasses().that().resideInAPackage("org.roundtable.service.api..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Projection")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .check(service);
    }

    @Test
    void controllers_do_not_write_sql() {
        noClasses().that().resideInAPackage("org.roundtable.service.api..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .check(service);
    }
}
