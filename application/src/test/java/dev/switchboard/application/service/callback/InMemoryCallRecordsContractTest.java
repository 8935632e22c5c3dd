package dev.switchboard.application.service.callback;

import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.application.testing.AbstractCallRecordsContractTest;
import dev.switchboard.application.testing.InMemoryCallRecords;

class InMemoryCallRecordsContractTest extends AbstractCallRecordsContractTest {
  private final InMemoryCallRecords records = new InMemoryCallRecords();

  @Override
  protected CallRecords records() {
    return records;
  }
}
