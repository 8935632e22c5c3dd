package dev.switchboard.application.service.callthrough;

import dev.switchboard.application.port.in.auth.AuthenticateAppUserUseCase;
import dev.switchboard.application.port.in.callthrough.RequestDialStringCommand;
import dev.switchboard.application.port.in.callthrough.RequestDialStringUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.account.RecentAccounts;
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
 * either expands its template (DTMF) or reserves an access number (DTMF-less). Requests without
 * credentials for a DTMF rule can be answered from {@link RecentAccounts} without blocking.
 */
public final class RequestDialStringService implements RequestDialStringUseCase {
  static final String NO_CREDIT = "Not enough credit for call-through.";
  private final Accounts accounts;
  private final AuthenticateAppUserUseCase authenticate;
  private final DestinationPolicy destinations;
  private final CreditCheck credit;
  private final AccessNumberReserver reserver;
  private final CallThroughSettings settings;
  private final RecentAccounts recent;

  public RequestDialStringService(Accounts accounts, AuthenticateAppUserUseCase authenticate,
      DestinationPolicy destinations, CreditCheck credit, AccessNumberReserver reserver,
      CallThroughSettings settings) {
    this(accounts, RecentAccounts.none(), authenticate, destinations, credit, reserver, settings);
  }

  public RequestDialStringService(Accounts accounts, RecentAccounts recent,
      AuthenticateAppUserUseCase authenticate, DestinationPolicy destinations, CreditCheck credit,
      AccessNumberReserver reserver, CallThroughSettings settings) {
    this.accounts = accounts;
    this.recent = recent;
    this.authenticate = authenticate;
    this.destinations = destinations;
    this.credit = credit;
    this.reserver = reserver;
    this.settings = settings;
  }

  @Override
  public DialString request(RequestDialStringCommand command) {
    Account account = account(command);
    DialRule rule = checkedRule(account, command.target());
    int callerCode = callerCode(account);
    if (!rule.dtmfLess()) {
      return expandDtmf(rule, callerCode, command.target());
    }
    return rule.template().expand(reserver.reserve(account, rule, callerCode, command.target()),
        command.target());
  }

  @Override
  public Optional<DialString> requestFromMemory(RequestDialStringCommand command) {
    if (command.credentials().isPresent() || settings.requireCredentials()) {
      return Optional.empty();
    }
    Optional<Account> account = recent.recent(command.username());
    if (account.isEmpty()) {
      return Optional.empty();
    }
    DialRule rule = checkedRule(account.get(), command.target());
    if (rule.dtmfLess()) {
      return Optional.empty();
    }
    return Optional.of(expandDtmf(rule, callerCode(account.get()), command.target()));
  }

  /** The destination policy, the credit check and the rule, in that order. */
  private DialRule checkedRule(Account account, TargetNumber target) {
    DestinationDecision decision = destinations.check(DialableNumber.parse(target.value()));
    if (!decision.allowed()) {
      throw new DestinationNotAllowedException(decision.reason());
    }
    if (!credit.allows(account.credit())) {
      throw new NotEnoughCreditException(NO_CREDIT);
    }
    return settings.plan().ruleFor(target).orElseThrow(NoDialRuleException::new);
  }

  private static int callerCode(Account account) {
    return TargetNumber.callingCodeOf(account.verifiedNumbers().get(0).e164()).orElse(0);
  }

  private static DialString expandDtmf(DialRule rule, int callerCode, TargetNumber target) {
    return rule.template().expand(rule.candidatesFor(callerCode, Optional.empty()).get(0), target);
  }

  private Account account(RequestDialStringCommand command) {
    if (command.credentials().isPresent()) {
      return authenticate.authenticate(command.credentials().get());
    }
    if (settings.requireCredentials()) {
      throw new WrongCredentialsException("Send your password (or a nonce and hash) with "
          + "call-through requests.");
    }
    Account account = accounts.findByUsername(command.username())
        .orElseThrow(() -> new AccountNotFoundException("username " + command.username()));
    recent.remember(account);
    return account;
  }
}
