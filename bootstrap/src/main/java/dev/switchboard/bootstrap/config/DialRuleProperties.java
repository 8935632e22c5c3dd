package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.DialRule;
import dev.switchboard.domain.callthrough.DialStringTemplate;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One call-through dial rule, {@code switchboard.callthrough.rules[n].*}, in list order: which
 * targets it matches ({@code countries}, {@code prefixes}, {@code min-digits}/{@code max-digits})
 * and how they are dialled ({@code access-numbers}, {@code template}).
 */
@EachProperty(value = "switchboard.callthrough.rules", list = true)
public class DialRuleProperties {
  private final int index;
  private String name;
  private List<String> countries = new ArrayList<>();
  private List<String> prefixes = new ArrayList<>();
  private int minDigits = 1;
  private int maxDigits = DialRule.MAX_DIGITS;
  private List<String> accessNumbers = new ArrayList<>();
  private String template = "";

  public DialRuleProperties(@Parameter Integer index) {
    this.index = index == null ? 0 : index;
  }

  public int index() {
    return index;
  }

  /** The domain rule; a setting that does not make sense fails with the rule's position. */
  public DialRule toRule() {
    String label = "switchboard.callthrough.rules[" + index + "]";
    try {
      Set<Integer> codes = new LinkedHashSet<>();
      countries.forEach(c -> codes.add(DialRule.countryCallingCode(c)));
      List<AccessNumber> numbers = accessNumbers.stream().map(AccessNumber::parse).toList();
      return new DialRule(name == null || name.isBlank() ? "rule-" + index : name, codes,
          prefixes, minDigits, maxDigits, numbers, new DialStringTemplate(template));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(label + ": " + e.getMessage(), e);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getCountries() {
    return countries;
  }

  public void setCountries(List<String> countries) {
    this.countries = countries;
  }

  public List<String> getPrefixes() {
    return prefixes;
  }

  public void setPrefixes(List<String> prefixes) {
    this.prefixes = prefixes;
  }

  public int getMinDigits() {
    return minDigits;
  }

  public void setMinDigits(int minDigits) {
    this.minDigits = minDigits;
  }

  public int getMaxDigits() {
    return maxDigits;
  }

  public void setMaxDigits(int maxDigits) {
    this.maxDigits = maxDigits;
  }

  public List<String> getAccessNumbers() {
    return accessNumbers;
  }

  public void setAccessNumbers(List<String> accessNumbers) {
    this.accessNumbers = accessNumbers;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }
}
