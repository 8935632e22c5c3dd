package dev.switchboard.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import java.util.Map;

/**
 * The hexagonal layering of Switchboard as ArchUnit rules, parameterised by the root package so
 * that the same rules can be shown to fail on a deliberately broken fixture.
 */
final class ArchitectureRules {

  private ArchitectureRules() {}

  static Map<String, ArchRule> all(String root) {
    return Map.ofEntries(
        Map.entry("layers", layers(root)),
        Map.entry("domainIsPure", domainIsPure(root)),
        Map.entry("applicationIsFrameworkFree", applicationIsFrameworkFree(root)),
        Map.entry("inPortsDoNotUseOutPorts", inPortsDoNotUseOutPorts(root)),
        Map.entry("outPortsDoNotUseInPorts", outPortsDoNotUseInPorts(root)),
        Map.entry("adaptersDoNotUseServices", adaptersDoNotUseServices(root)),
        Map.entry("useCasesAreInterfaces", useCasesAreInterfaces(root)),
        Map.entry("commandsAreRecords", commandsAreRecords(root)),
        Map.entry("noCycles", noCycles(root)),
        Map.entry("noStandardStreams", noStandardStreams(root)),
        Map.entry("noJavaUtilLogging", noJavaUtilLogging(root)),
        Map.entry("noFieldInjection", noFieldInjection(root)));
  }

  static ArchRule layers(String root) {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Domain").definedBy(root + ".domain..")
        .layer("Application").definedBy(root + ".application..")
        .layer("Http").definedBy(root + ".adapter.http..")
        .layer("Persistence").definedBy(root + ".adapter.persistence..")
        .layer("Sip").definedBy(root + ".adapter.sip..")
        .layer("Bootstrap").definedBy(root + ".bootstrap..")
        .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
        .whereLayer("Http").mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Sip").mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Application").mayOnlyBeAccessedByLayers("Http", "Persistence", "Sip", "Bootstrap")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Http", "Persistence", "Sip", "Bootstrap");
  }

  static ArchRule domainIsPure(String root) {
    return classes().that().resideInAPackage(root + ".domain..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.google.i18n.phonenumbers..", root + ".domain..")
        .because("the domain is plain Java plus libphonenumber");
  }

  static ArchRule applicationIsFrameworkFree(String root) {
    return classes().that().resideInAPackage(root + ".application..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
        .because("embedders wire the use cases with plain constructors");
  }

  static ArchRule inPortsDoNotUseOutPorts(String root) {
    return noClasses().that().resideInAPackage(root + ".application.port.in..")
        .should().dependOnClassesThat().resideInAPackage(root + ".application.port.out..")
        .allowEmptyShould(true);
  }

  static ArchRule outPortsDoNotUseInPorts(String root) {
    return noClasses().that().resideInAPackage(root + ".application.port.out..")
        .should().dependOnClassesThat().resideInAPackage(root + ".application.port.in..")
        .allowEmptyShould(true);
  }

  static ArchRule adaptersDoNotUseServices(String root) {
    return noClasses().that().resideInAPackage(root + ".adapter..")
        .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
        .because("adapters talk to use-case interfaces; only bootstrap knows the services");
  }

  static ArchRule useCasesAreInterfaces(String root) {
    return classes().that().resideInAPackage(root + ".application.port.in..")
        .and().haveSimpleNameEndingWith("UseCase").should().beInterfaces();
  }

  static ArchRule commandsAreRecords(String root) {
    return classes().that().resideInAPackage(root + ".application.port.in..")
        .and().haveSimpleNameEndingWith("Command").should().beAssignableTo(Record.class);
  }

  static ArchRule noCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  static ArchRule noStandardStreams(String root) {
    return noClasses().that().resideInAPackage(root + "..")
        .and().doNotHaveFullyQualifiedName(root + ".bootstrap.cli.Terminal")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("only the command line's Terminal writes to stdout/stderr; the rest logs");
  }

  static ArchRule noJavaUtilLogging(String root) {
    return noClasses().that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
        .because("logging goes through slf4j");
  }

  static ArchRule noFieldInjection(String root) {
    return noFields().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
        .should().beAnnotatedWith("jakarta.inject.Inject")
        .orShould().beAnnotatedWith("io.micronaut.context.annotation.Value")
        .orShould().beAnnotatedWith("io.micronaut.context.annotation.Property")
        .allowEmptyShould(true)
        .because("dependencies come through constructors");
  }

  static List<String> names(String root) {
    return List.copyOf(all(root).keySet());
  }
}
