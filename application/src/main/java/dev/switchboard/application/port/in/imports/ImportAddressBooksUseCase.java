package dev.switchboard.application.port.in.imports;

/**
 * Use case (admin): bulk-load server-side address books (e.g. from a previous contacts server),
 * all in one transaction; numbers are normalised in each owner's region, as on upload. Operator
 * imports are not charged against the discovery budget.
 */
public interface ImportAddressBooksUseCase {

  /**
   * Returns how many books were stored.
   *
   * @throws ImportRejectedException naming the line of a book whose account is unknown
   */
  int importBooks(ImportAddressBooksCommand command, ImportProgress progress);
}
