package dev.switchboard.bootstrap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.application.port.in.imports.ImportRejectedException;
import dev.switchboard.bootstrap.config.DialRuleProperties;
import dev.switchboard.domain.callthrough.DialPlan;
import dev.switchboard.domain.callthrough.DialRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a dial-rules CSV into the {@code switchboard.callthrough.rules} YAML fragment the service
 * loads. Every line is bound into a {@link DialRuleProperties} and checked with
 * {@link DialRuleProperties#toRule()} and {@link DialPlan}, exactly as at the service's start, so a
 * file that converts is a plan the service accepts. Header (any order; {@code template} and
 * {@code access_numbers} required): {@code name,countries,prefixes,min_digits,max_digits,template,
 * access_numbers}; list columns separate their values with {@code ;}; rules keep the file's order.
 */
final class DialRulesCsv {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The checked plan and the YAML that yields it. */
  record Converted(DialPlan plan, String yaml) {}

  private DialRulesCsv() {}

  static Converted convert(Csv csv, String source) {
    int name = csv.column("name", false);
    int countries = csv.column("countries", false);
    int prefixes = csv.column("prefixes", false);
    int minDigits = csv.column("min_digits", false);
    int maxDigits = csv.column("max_digits", false);
    int template = csv.column("template", true);
    int accessNumbers = csv.column("access_numbers", true);
    List<DialRuleProperties> bound = new ArrayList<>();
    List<DialRule> rules = new ArrayList<>();
    Map<String, Integer> lineOfName = new HashMap<>();
    for (Csv.Row row : csv.rows()) {
      try {
        DialRuleProperties p = new DialRuleProperties(bound.size());
        p.setName(row.get(name).isEmpty() ? null : row.get(name));
        p.setCountries(list(row.get(countries)));
        p.setPrefixes(list(row.get(prefixes)));
        if (!row.get(minDigits).isEmpty()) {
          p.setMinDigits(number("min_digits", row.get(minDigits)));
        }
        if (!row.get(maxDigits).isEmpty()) {
          p.setMaxDigits(number("max_digits", row.get(maxDigits)));
        }
        p.setTemplate(row.get(template));
        p.setAccessNumbers(list(row.get(accessNumbers)));
        DialRule rule = p.toRule();
        Integer earlier = lineOfName.putIfAbsent(rule.name(), row.line());
        if (earlier != null) {
          throw new IllegalArgumentException("the rule name '" + rule.name()
              + "' is already used on line " + earlier);
        }
        bound.add(p);
        rules.add(rule);
      } catch (ImportRejectedException e) {
        throw e;
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new ImportRejectedException(row.line(), e.getMessage());
      }
    }
    if (rules.isEmpty()) {
      throw new CliFailure(ExitCodes.INVALID_INPUT, source + " has no dial rule (only a header)");
    }
    DialPlan plan = new DialPlan(rules);
    return new Converted(plan, yaml(bound, rules, source));
  }

  private static String yaml(List<DialRuleProperties> bound, List<DialRule> rules,
      String source) {
    StringBuilder y = new StringBuilder();
    y.append("# switchboard.callthrough.rules converted by 'admin import dial-rules' from ")
        .append(source.replace('\n', ' ')).append('\n');
    y.append("switchboard:\n  callthrough:\n    rules:\n");
    for (int i = 0; i < bound.size(); i++) {
      DialRuleProperties p = bound.get(i);
      DialRule rule = rules.get(i);
      y.append("      - name: ").append(quote(rule.name())).append('\n');
      if (!p.getCountries().isEmpty()) {
        y.append("        countries: ").append(quoteAll(p.getCountries())).append('\n');
      }
      if (!p.getPrefixes().isEmpty()) {
        y.append("        prefixes: ").append(quoteAll(p.getPrefixes())).append('\n');
      }
      y.append("        min-digits: ").append(rule.minDigits()).append('\n');
      y.append("        max-digits: ").append(rule.maxDigits()).append('\n');
      y.append("        access-numbers: ").append(quoteAll(rule.accessNumbers().stream()
          .map(a -> a.e164()).toList())).append('\n');
      y.append("        template: ").append(quote(p.getTemplate())).append('\n');
    }
    return y.toString();
  }

  private static List<String> list(String field) {
    if (field.isBlank()) {
      return new ArrayList<>();
    }
    List<String> out = new ArrayList<>();
    for (String value : Arrays.asList(field.split(";", -1))) {
      String v = value.strip();
      if (v.isEmpty()) {
        throw new IllegalArgumentException("an empty value in '" + field
            + "' (list values are separated by ';')");
      }
      out.add(v);
    }
    return out;
  }

  private static int number(String column, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " '" + value + "' is not a whole number");
    }
  }

  private static String quoteAll(List<String> values) {
    return "[" + String.join(", ", values.stream().map(DialRulesCsv::quote).toList()) + "]";
  }

  /** A JSON string is a valid YAML double-quoted scalar. */
  private static String quote(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
