package dev.switchboard.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Switchboard's production classes obey every architecture rule. */
class ArchitectureTest {
  private static final Pattern GENERATED = Pattern.compile(".*/\\$[^/]*\\.class");

  static JavaClasses productionClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ArchitectureTest::notGenerated)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("dev.switchboard");
  }

  /** Micronaut's generated bean definitions ({@code $Foo$Definition}) are not our code. */
  static boolean notGenerated(Location location) {
    return !location.matches(GENERATED);
  }

  @TestFactory
  Stream<DynamicTest> productionCode_obeysEveryRule() {
    JavaClasses classes = productionClasses();
    return ArchitectureRules.all("dev.switchboard").entrySet().stream()
        .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(classes)));
  }
}
