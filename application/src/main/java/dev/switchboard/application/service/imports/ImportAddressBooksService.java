package dev.switchboard.application.service.imports;

import dev.switchboard.application.port.in.imports.BookImport;
import dev.switchboard.application.port.in.imports.ImportAddressBooksCommand;
import dev.switchboard.application.port.in.imports.ImportAddressBooksUseCase;
import dev.switchboard.application.port.in.imports.ImportProgress;
import dev.switchboard.application.port.in.imports.ImportRejectedException;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.transaction.Transactions;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Resolves every book's owner first, then replaces all books in one transaction. */
public final class ImportAddressBooksService implements ImportAddressBooksUseCase {
  private final Accounts accounts;
  private final AddressBooks books;
  private final Transactions transactions;
  private final Clock clock;

  public ImportAddressBooksService(Accounts accounts, AddressBooks books,
      Transactions transactions, Clock clock) {
    this.accounts = accounts;
    this.books = books;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public int importBooks(ImportAddressBooksCommand command, ImportProgress progress) {
    List<BookImport> imports = command.books();
    List<Account> owners = new ArrayList<>(imports.size());
    for (BookImport book : imports) {
      owners.add(accounts.findByUsername(book.username()).orElseThrow(() ->
          new ImportRejectedException(book.line(), "unknown account '"
              + book.username().value() + "'")));
      progress.update("checked", owners.size(), imports.size());
    }
    Instant now = clock.instant();
    return transactions.inTransaction(() -> {
      for (int i = 0; i < imports.size(); i++) {
        Account owner = owners.get(i);
        BookImport book = imports.get(i);
        AddressBook replacement = new AddressBook(book.contacts());
        String region = owner.verifiedNumbers().isEmpty()
            ? "ZZ" : owner.verifiedNumbers().get(0).regionCode();
        books.replace(new BookOwner(owner.cloudId(), owner.username(), book.device()),
            replacement, replacement.numberedEntries(region), now);
        progress.update("stored", i + 1, imports.size());
      }
      return imports.size();
    });
  }
}
