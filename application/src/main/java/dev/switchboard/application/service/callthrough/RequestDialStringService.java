package dev.switchboard.application.service.callthrough;

import dev.switchboard.application.port.in.callthrough.RequestDialStringCommand;
import dev.switchboard.application.port.in.callthrough.RequestDialStringUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.callthrough.DialRule;
import dev.switchboard.domain.callthrough.DialString;
import dev.switchboard.domain.callthrough.TargetNumber;
import dev.switchboard.domain.error.AccountNotFoundException;
import dev.switchboard.domain.error.NoDialRuleException;
import java.util.Optional;

/**
 * Web call-through: checks the user, the destination and the credit, picks the dial rule, and
 * either expands its template (DTMF) or reserves an access number (DTMF-less).
 */
public final class RequestDialStringService implements RequestDialStringUseCase {
  private final Accounts accounts;
  private final AccessNumberReserver reserver;
  private final CallThroughSettings settings;

  public RequestDialStringService(Accounts accounts, AccessNumberReserver reserver,
      CallThroughSettings settings) {
    this.accounts = accounts;
    this.reserver = reserver;
    this.settings = settings;
  }

  @Override
  public DialString request(RequestDialStringCommand command) {
    Account account = accounts.findByUsername(command.username())
        .orElseThrow(() -> new AccountNotFoundException("username " + command.username()));
    TargetNumber target = command.target();
    DialRule rule = settings.plan().ruleFor(target).orElseThrow(NoDialRuleException::new);
    int callerCode = TargetNumber.callingCodeOf(account.verifiedNumbers().get(0).e164()).orElse(0);
    if (!rule.dtmfLess()) {
      return rule.template().expand(rule.candidatesFor(callerCode, Optional.empty()).get(0),
          target);
    }
    return rule.template().expand(reserver.reserve(account, rule, callerCode, target), target);
  }
}
