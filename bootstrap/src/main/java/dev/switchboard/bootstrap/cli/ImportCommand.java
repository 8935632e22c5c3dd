package dev.switchboard.bootstrap.cli;

import dev.switchboard.application.port.in.imports.AccountLine;
import dev.switchboard.application.port.in.imports.BookImport;
import dev.switchboard.application.port.in.imports.ImportAccountsCommand;
import dev.switchboard.application.port.in.imports.ImportAccountsUseCase;
import dev.switchboard.application.port.in.imports.ImportAddressBooksCommand;
import dev.switchboard.application.port.in.imports.ImportAddressBooksUseCase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code admin import …} from CSV files: each file is checked as a whole and stored in one
 * transaction, so a bad line (named in the message) leaves nothing half-imported.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Bulk imports from CSV (all or nothing; progress on stderr).")
final class ImportCommand {
  private final CliSession session;

  ImportCommand(CliSession session) {
    this.session = session;
  }

  @Command(name = "accounts", mixinStandardHelpOptions = true,
      description = "Open accounts from CSV with the header cloud_id,number[,credit][,<key>…]; "
          + "other columns are custom Account XML keys.")
  int accounts(@Parameters(paramLabel = "FILE", description = "CSV file") Path file) {
    List<AccountLine> lines = ImportCsv.accounts(Csv.read(file));
    ProgressBar bar = session.progress("accounts");
    int count = session.bean(ImportAccountsUseCase.class)
        .importAccounts(new ImportAccountsCommand(lines), bar);
    bar.finish();
    session.printJson(imported(count, "accounts"));
    return ExitCodes.OK;
  }

  @Command(name = "address-books", mixinStandardHelpOptions = true,
      description = "Replace devices' server-side address books from CSV with the header "
          + "username,device,contact_id,display_name,label,number (one row per number; rows of "
          + "one contact share contact_id).")
  int addressBooks(@Parameters(paramLabel = "FILE", description = "CSV file") Path file) {
    List<BookImport> books = ImportCsv.books(Csv.read(file));
    ProgressBar bar = session.progress("books");
    int count = session.bean(ImportAddressBooksUseCase.class)
        .importBooks(new ImportAddressBooksCommand(books), bar);
    bar.finish();
    session.printJson(imported(count, "address-books"));
    return ExitCodes.OK;
  }

  @Command(name = "access-numbers", mixinStandardHelpOptions = true,
      description = "Not in this build: access-number pools are configuration "
          + "(switchboard.callthrough.rules[n].access-numbers, see the README).")
  int accessNumbers(@Parameters(paramLabel = "FILE") Path file) {
    throw notAvailable("import access-numbers", "a database-held pool; access numbers are "
        + "configuration here: switchboard.callthrough.rules[n].access-numbers (README)");
  }

  @Command(name = "dial-rules", mixinStandardHelpOptions = true,
      description = "Not in this build: dial rules are configuration "
          + "(switchboard.callthrough.rules, see the README).")
  int dialRules(@Parameters(paramLabel = "FILE") Path file) {
    throw notAvailable("import dial-rules", "database-held rules; dial rules are configuration "
        + "here: switchboard.callthrough.rules in a YAML file (README)");
  }

  private static Map<String, Object> imported(int count, String kind) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("imported", count);
    result.put("kind", kind);
    return result;
  }

  private static CliFailure notAvailable(String command, String capability) {
    return new CliFailure(ExitCodes.NOT_AVAILABLE,
        command + " is not available in this build: it needs " + capability);
  }
}
