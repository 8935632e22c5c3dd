package dev.switchboard.domain.call;

import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.error.NotEnoughCreditException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * Credit rules for paid calls (web callback, call-through): a call may start only when the
 * balance is positive and covers {@code minimumMinutes} at {@code pricePerMinute}; a finished
 * call costs its bridged duration, rounded up to whole {@code incrementSeconds}.
 */
public record CreditCheck(BigDecimal pricePerMinute, int minimumMinutes, int incrementSeconds) {
  /** Free calls that still need a positive balance, per-second billing. */
  public static final CreditCheck DEFAULT = new CreditCheck(BigDecimal.ZERO, 1, 1);

  public CreditCheck {
    Objects.requireNonNull(pricePerMinute, "'pricePerMinute' must not be null");
    if (pricePerMinute.signum() < 0 || minimumMinutes < 0 || incrementSeconds < 1) {
      throw new IllegalArgumentException(
          "Price and minimum minutes must not be negative; the increment is at least 1 second");
    }
  }

  /** True when a call may start with {@code balance}. */
  public boolean allows(Credit balance) {
    BigDecimal needed = pricePerMinute.multiply(BigDecimal.valueOf(minimumMinutes));
    return balance.isPositive() && balance.amount().compareTo(needed) >= 0;
  }

  /**
   * @throws NotEnoughCreditException when a call may not start with {@code balance}
   */
  public void require(Credit balance) {
    if (!allows(balance)) {
      throw new NotEnoughCreditException();
    }
  }

  /** The price of {@code bridged} talk time. */
  public BigDecimal costOf(Duration bridged) {
    long seconds = Math.max(0, bridged.toSeconds() + (bridged.toNanosPart() > 0 ? 1 : 0));
    long billed = (seconds + incrementSeconds - 1) / incrementSeconds * incrementSeconds;
    return pricePerMinute.multiply(BigDecimal.valueOf(billed))
        .divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_EVEN);
  }
}
