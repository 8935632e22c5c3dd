package dev.switchboard.domain.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An account's credit balance in the app's currency, four decimal places. */
public record Credit(BigDecimal amount) {
  private static final BigDecimal LIMIT = new BigDecimal("1000000000");
  public static final Credit ZERO = new Credit(BigDecimal.ZERO);

  public Credit {
    Objects.requireNonNull(amount, "'amount' must not be null");
    if (amount.abs().compareTo(LIMIT) >= 0) {
      throw new IllegalArgumentException("Credit " + amount.toPlainString() + " is out of range");
    }
    amount = amount.setScale(4, RoundingMode.HALF_EVEN);
  }

  public static Credit of(String amount) {
    try {
      return new Credit(new BigDecimal(amount.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + amount + "' is not a decimal amount");
    }
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }
}
