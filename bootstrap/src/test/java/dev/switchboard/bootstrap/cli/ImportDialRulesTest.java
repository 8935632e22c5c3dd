package dev.switchboard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.service.callthrough.CallThroughSettings;
import dev.switchboard.domain.callthrough.DialPlan;
import dev.switchboard.domain.callthrough.DialRule;
import dev.switchboard.domain.callthrough.TargetNumber;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code admin import dial-rules}: a CSV becomes the {@code switchboard.callthrough.rules} YAML
 * that a real application context loads into the same dial plan; a bad line writes nothing.
 */
class ImportDialRulesTest {
  private static final String GOOD = String.join("\n",
      "name,countries,prefixes,min_digits,max_digits,template,access_numbers",
      "# France: DTMF-less, routed by SIP",
      "france,FR;+33,,,,%accessNumber%,+12025550100; +12025550101",
      "uk,GB,+44,8,15,\"%accessNumber%,,%account[x-cth-pin]%#%targetNumber%#\",+442071838750",
      ",,,,,\"%accessNumber%,%targetNumber%#\",+12025550123",
      "");

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(args, new PrintWriter(out), new PrintWriter(err), false, Map.of());
    return new Run(code, out.toString(), err.toString());
  }

  private Path csv(String text) throws Exception {
    Path file = dir.resolve("rules.csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void goodFile_writesYaml_thatTheServiceLoadsIntoTheSameDialPlan() throws Exception {
    Path file = csv(GOOD);
    Path yaml = dir.resolve("callthrough-rules.yml");

    Run run = cli("admin", "import", "dial-rules", "--file", file.toString(), "--output",
        yaml.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("\"converted\":3", "\"kind\":\"dial-rules\"");
    DialPlan expected = DialRulesCsv.convert(Csv.read(file), file.toString()).plan();
    Map<String, Object> loaded;
    try (InputStream in = Files.newInputStream(yaml)) {
      loaded = new YamlPropertySourceLoader().read("callthrough-rules", in);
    }
    Map<String, Object> props = new HashMap<>();
    props.put("switchboard.data-dir", dir.resolve("data").toString());
    props.put("micronaut.server.port", -1);
    props.put("switchboard.sip.enabled", "false");
    props.put("switchboard.callthrough.trunk-uri", "sip:%targetNumber%@trunk.example.com");
    try (ApplicationContext context = ApplicationContext.builder().properties(props)
        .propertySources(PropertySource.of("callthrough-rules", loaded)).start()) {
      DialPlan plan = context.getBean(CallThroughSettings.class).plan();

      assertThat(plan).isEqualTo(expected);
      assertThat(plan.rules()).extracting(DialRule::name)
          .containsExactly("france", "uk", "rule-2");
      assertThat(plan.rules().get(0).countryCallingCodes()).containsExactly(33);
      assertThat(plan.rules().get(0).accessNumbers()).hasSize(2);
      assertThat(plan.rules().get(0).dtmfLess()).isTrue();
      assertThat(plan.rules().get(1).minDigits()).isEqualTo(8);
      assertThat(plan.rules().get(1).maxDigits()).isEqualTo(15);
      assertThat(plan.rules().get(1).prefixes()).containsExactly("+44");
      assertThat(plan.ruleFor(TargetNumber.parse("+442079460000")).map(DialRule::name))
          .contains("uk");
    }
  }

  @Test
  void withoutOutput_printsTheYamlOnStdout() throws Exception {
    Run run = cli("admin", "import", "dial-rules", csv(GOOD).toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("# switchboard.callthrough.rules converted")
        .contains("switchboard:\n  callthrough:\n    rules:\n      - name: \"france\"\n")
        .contains("        access-numbers: [\"+12025550100\", \"+12025550101\"]\n")
        .contains("        template: \"%accessNumber%,,%account[x-cth-pin]%#%targetNumber%#\"\n");
  }

  @Test
  void unknownPlaceholder_exit4_namesTheLine_writesNothing() throws Exception {
    assertRejected(GOOD + "pin,,,,,\"%accessNumber%,%pin%\",+12025550124\n",
        "line 6: switchboard.callthrough.rules[3]: ", "unknown placeholder '%pin%'");
  }

  @Test
  void malformedAccessNumber_exit4_namesTheLine_writesNothing() throws Exception {
    assertRejected(GOOD.replace("+442071838750", "+44-not-a-number"), "line 4: ");
  }

  @Test
  void wrongColumnCount_exit4_namesTheLine_writesNothing() throws Exception {
    assertRejected(GOOD + "short,GB,%accessNumber%\n",
        "line 6: expected 7 fields (name,countries,prefixes,min_digits,max_digits,template,"
            + "access_numbers), found 3");
  }

  @Test
  void badDigitsAndDuplicateNames_exit4_namingTheLine() throws Exception {
    assertRejected(GOOD.replace("+44,8,15", "+44,eight,15"),
        "line 4: min_digits 'eight' is not a whole number");
    assertRejected(GOOD + "uk,,,,,%accessNumber%,+12025550124\n",
        "line 6: the rule name 'uk' is already used on line 4");
  }

  @Test
  void badFile_leavesAnExistingOutputUntouched() throws Exception {
    Path yaml = dir.resolve("callthrough-rules.yml");
    Files.writeString(yaml, "previous\n");
    Path file = csv(GOOD + "x,,,,,%accessNumber%,+1-bad\n");

    Run run = cli("admin", "import", "dial-rules", file.toString(), "--output", yaml.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("line 6: ");
    assertThat(yaml).hasContent("previous");
  }

  @Test
  void fileTwiceOrNoFile_isAUsageError() throws Exception {
    Path file = csv(GOOD);
    assertThat(cli("admin", "import", "dial-rules").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli("admin", "import", "dial-rules", file.toString(), "--file", file.toString())
        .code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void missingRequiredColumn_exit4() throws Exception {
    assertRejected("name,template\nx,%accessNumber%\n", "'access_numbers' column");
  }

  @Test
  void accessNumbersCommand_pointsAtTheDialRulesColumn_exit6() throws Exception {
    Run run = cli("admin", "import", "access-numbers", csv(GOOD).toString());
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_AVAILABLE);
    assertThat(run.err()).contains("access_numbers column", "admin import dial-rules");
  }

  private void assertRejected(String text, String... messageParts) throws Exception {
    Path file = csv(text);
    Path yaml = dir.resolve("out.yml");
    Files.deleteIfExists(yaml);

    Run run = cli("admin", "import", "dial-rules", "--file", file.toString(), "--output",
        yaml.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).startsWith("switchboard: error: ").contains(messageParts);
    assertThat(run.out()).isEmpty();
    assertThat(yaml).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("rules.csv");
    }
  }
}
