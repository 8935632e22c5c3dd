package dev.switchboard.domain.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.error.NotEnoughCreditException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CreditCheckTest {

  @Test
  void givenZeroBalance_require_refusesWithTheSeedMessage() {
    assertThatThrownBy(() -> CreditCheck.DEFAULT.require(Credit.ZERO))
        .isInstanceOf(NotEnoughCreditException.class)
        .hasMessage("Not enough credit for this call.");
  }

  @Test
  void givenPrice_require_needsTheMinimumMinutes() {
    CreditCheck check = new CreditCheck(new BigDecimal("0.10"), 2, 60);
    assertThat(check.allows(Credit.of("0.19"))).isFalse();
    assertThat(check.allows(Credit.of("0.20"))).isTrue();
  }

  @Test
  void costOf_roundsUpToTheIncrement() {
    CreditCheck perMinute = new CreditCheck(new BigDecimal("0.60"), 1, 60);
    CreditCheck perSecond = new CreditCheck(new BigDecimal("0.60"), 1, 1);
    assertThat(perMinute.costOf(Duration.ofSeconds(61))).isEqualByComparingTo("1.20");
    assertThat(perSecond.costOf(Duration.ofMillis(1500))).isEqualByComparingTo("0.02");
    assertThat(perSecond.costOf(Duration.ZERO)).isEqualByComparingTo("0");
  }
}
