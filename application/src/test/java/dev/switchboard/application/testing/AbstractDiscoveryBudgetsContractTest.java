package dev.switchboard.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.contact.DiscoveryBudgets;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.DiscoveryBudget;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link DiscoveryBudgets}. */
public abstract class AbstractDiscoveryBudgetsContractTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private static final DiscoveryBudget.Policy POLICY = DiscoveryBudget.Policy.DEFAULT;

  protected abstract DiscoveryBudgets budgets();

  @Test
  void givenCharges_saveIsVersioned() {
    CloudId cloud = new CloudId("DEMO");
    SipUsername user = new SipUsername("u" + System.nanoTime());
    DiscoveryBudget first = DiscoveryBudget.fresh(POLICY, NOW).charged(100, POLICY, NOW);

    assertThat(budgets().find(cloud, user)).isEmpty();
    assertThat(budgets().save(cloud, user, first)).isTrue();
    assertThat(budgets().save(cloud, user, first)).isFalse();
    DiscoveryBudget read = budgets().find(cloud, user).orElseThrow();
    assertThat(read.tokens()).isEqualTo(POLICY.capacity() - 100);
    assertThat(read.updatedAt()).isEqualTo(NOW);
    assertThat(read.version()).isEqualTo(1);
    assertThat(budgets().save(cloud, user, read.charged(5, POLICY, NOW))).isTrue();
    assertThat(budgets().save(cloud, user, read.charged(7, POLICY, NOW))).isFalse();
    assertThat(budgets().find(cloud, user).orElseThrow().tokens()).isEqualTo(POLICY.capacity() - 105);
  }
}
