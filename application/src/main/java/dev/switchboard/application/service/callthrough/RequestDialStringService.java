package dev.switchboard.application.service.callthrough;

import dev.switchboard.application.port.in.auth.AuthenticateAppUserUseCase;
import dev.switchboard.application.port.in.callthrough.RequestDialStringCommand;
import dev.switchboard.application.port.in.callthrough.RequestDialStringUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.DestinationDecision;
import dev.switchboard.domain.call.DestinationPolicy;
import dev.switchboard.domain.call.DialableNumber;
import dev.switchboard.domain.callthrough.DialRule;
import dev.switchboard.domain.callthrough.DialString;
import dev.switchboard.domain.callthrough.TargetNumber;
import dev.switchboard.domain.error.AccountNotFoundException;
import dev.switchboard.domain.error.DestinationNotAllowedException;
import dev.switchboard.domain.error.NoDialRuleException;
import dev.switchboard.domain.error.NotEnoughCreditException;
import dev.switchboard.domain.error.WrongCredentialsException;
import java.util.Optional;

/**
 * Web call-through: checks the user, the destination and the credit, picks the dial rule, and
 * either expands its template (DTMF) or reserves an access number (DTMF-less).
 */
public final class RequestDialStringService implements RequestDialStringUseCase {
  static final String NO_CREDIT = "Not enough credit for call-through.";
  private final Accounts accounts;
  private final AuthenticateAppUserUseCase authenticate;
  private final DestinationPolicy destinations;
  private final CreditCheck credit;
  private final AccessNumberReserver reserver;
  private final CallThroughSettings settings;

  public RequestDialStringService(Accounts accounts, AuthenticateAppUserUseCase authenticate,
      DestinationPolicy destinations, CreditCheck credit, AccessNumberReserver reserver,
      CallThroughSettings settings) {
    this.accounts = accounts;
    this.authenticate = authenticate;
    this.destinations = destinations;
    this.credit = credit;
    this.reserver = reserver;
    this.settings = settings;
  }

  @Override
  public DialString request(RequestDialStringCommand command) {
    Account account = account(command);
    TargetNumber target = command.target();
    DestinationDecision decision = destinations.check(DialableNumber.parse(target.value()));
    if (!decision.allowed()) {
      throw new DestinationNotAllowedException(decision.reason());
    }
    if (!credit.allows(account.credit())) {
      throw new NotEnoughCreditException(NO_CREDIT);
    }
    DialRule rule = settings.plan().ruleFor(target).orElseThrow(NoDialRuleException::new);
    int callerCode = TargetNumber.callingCodeOf(account.verifiedNumbers().get(0).e164()).orElse(0);
    if (!rule.dtmfLess()) {
      return rule.template().expand(rule.candidatesFor(callerCode, Optional.empty()).get(0),
          target);
    }
    return rule.template().expand(reserver.reserve(account, rule, callerCode, target), target);
  }

  private Account account(RequestDialStringCommand command) {
    if (command.credentials().isPresent()) {
      return authenticate.authenticate(command.credentials().get());
    }
    if (settings.requireCredentials()) {
      throw new WrongCredentialsException("Send your password (or a nonce and hash) with "
          + "call-through requests.");
    }
    return accounts.findByUsername(command.username())
        .orElseThrow(() -> new AccountNotFoundException("username " + command.username()));
  }
}
