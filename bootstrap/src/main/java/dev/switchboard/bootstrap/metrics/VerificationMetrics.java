package dev.switchboard.bootstrap.metrics;

import dev.switchboard.application.port.in.provisioning.ProvisionAccountUseCase;
import dev.switchboard.application.port.in.provisioning.ProvisionedAccount;
import dev.switchboard.application.port.in.verification.PinSent;
import dev.switchboard.application.port.in.verification.SendPinUseCase;
import dev.switchboard.application.port.out.sms.SmsDeliveryException;
import dev.switchboard.domain.account.CloudSecret;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Counts PIN requests (and so the SMS sent and refused by the gateway), provisioning credential
 * checks by outcome, and accounts opened, by decorating the use cases.
 */
final class VerificationMetrics {
  private VerificationMetrics() {}

  @Singleton
  static final class PinRequests implements BeanCreatedEventListener<SendPinUseCase> {
    private final BeanProvider<MeterRegistry> registry;

    PinRequests(BeanProvider<MeterRegistry> registry) {
      this.registry = registry;
    }

    @Override
    public SendPinUseCase onCreated(BeanCreatedEvent<SendPinUseCase> event) {
      SendPinUseCase delegate = event.getBean();
      // The registry is looked up on use: creating it here could recurse into bean creation.
      Meters meters = new Meters(registry);
      return command -> {
        PinSent sent;
        try {
          sent = delegate.sendPin(command);
        } catch (SmsDeliveryException e) {
          meters.counter(MetricNames.SMS, "outcome", "refused").increment();
          meters.counter(MetricNames.PIN_REQUESTS, "outcome", Outcomes.of(e)).increment();
          throw e;
        } catch (RuntimeException e) {
          meters.counter(MetricNames.PIN_REQUESTS, "outcome", Outcomes.of(e)).increment();
          throw e;
        }
        meters.counter(MetricNames.SMS, "outcome", "sent").increment();
        meters.counter(MetricNames.PIN_REQUESTS, "outcome", "sent").increment();
        return sent;
      };
    }
  }

  @Singleton
  static final class PinChecks implements BeanCreatedEventListener<ProvisionAccountUseCase> {
    private final BeanProvider<MeterRegistry> registry;

    PinChecks(BeanProvider<MeterRegistry> registry) {
      this.registry = registry;
    }

    @Override
    public ProvisionAccountUseCase onCreated(BeanCreatedEvent<ProvisionAccountUseCase> event) {
      ProvisionAccountUseCase delegate = event.getBean();
      // The registry is looked up on use: creating it here could recurse into bean creation.
      Meters meters = new Meters(registry);
      return command -> {
        String credential = CloudSecret.looksLikeSecret(command.credential())
            ? "cloud_secret" : "pin";
        ProvisionedAccount account;
        try {
          account = delegate.provision(command);
        } catch (RuntimeException e) {
          meters.counter(MetricNames.PIN_CHECKS, "credential", credential,
              "outcome", Outcomes.of(e)).increment();
          throw e;
        }
        meters.counter(MetricNames.PIN_CHECKS, "credential", credential, "outcome", "accepted")
            .increment();
        if (account.created()) {
          meters.counter(MetricNames.ACCOUNTS_CREATED, "cloud_id",
              account.app().cloudId().value()).increment();
        }
        return account;
      };
    }
  }
}
