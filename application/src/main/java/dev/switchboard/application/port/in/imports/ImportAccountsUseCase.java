package dev.switchboard.application.port.in.imports;

/**
 * Use case (admin): bulk-open SIP accounts, all or nothing. A line naming an unknown Cloud ID, a
 * number that already has an account, or a number twice rejects the whole import.
 */
public interface ImportAccountsUseCase {

  /**
   * Returns how many accounts were opened.
   *
   * @throws ImportRejectedException naming the first bad line; nothing was stored
   */
  int importAccounts(ImportAccountsCommand command, ImportProgress progress);
}
