package dev.switchboard.domain.callthrough;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The ordered dial-string rules of a deployment; the first rule that matches a target wins. */
public record DialPlan(List<DialRule> rules) {

  public DialPlan {
    Objects.requireNonNull(rules, "'rules' must not be null");
    rules = List.copyOf(rules);
    Set<String> names = new HashSet<>();
    for (DialRule rule : rules) {
      if (!names.add(rule.name())) {
        throw new IllegalArgumentException("Two dial rules are named '" + rule.name() + "'");
      }
    }
  }

  public static DialPlan none() {
    return new DialPlan(List.of());
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  public Optional<DialRule> ruleFor(TargetNumber target) {
    for (DialRule rule : rules) {
      if (rule.matches(target)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** Whether any rule is DTMF-less (so an INVITE router is needed). */
  public boolean hasDtmfLessRules() {
    return rules.stream().anyMatch(DialRule::dtmfLess);
  }
}
