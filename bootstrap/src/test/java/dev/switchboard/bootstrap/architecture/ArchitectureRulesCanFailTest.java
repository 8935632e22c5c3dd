package dev.switchboard.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every architecture rule reports a violation on the deliberately broken fixture package. */
class ArchitectureRulesCanFailTest {
  private static final String FIXTURE = "dev.switchboard.bootstrap.architecture.fixture";

  @TestFactory
  Stream<DynamicTest> everyRule_failsOnTheBrokenFixture() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ArchitectureTest::notGenerated)
        .importPackages(FIXTURE);
    assertThat(classes).isNotEmpty();
    return ArchitectureRules.all(FIXTURE).entrySet().stream()
        .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () ->
            assertThat(rule.getValue().evaluate(classes).hasViolation())
                .as("rule %s must be able to fail", rule.getKey()).isTrue()));
  }
}
