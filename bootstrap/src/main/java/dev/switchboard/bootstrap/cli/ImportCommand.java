package dev.switchboard.bootstrap.cli;

import dev.switchboard.application.port.in.imports.AccountLine;
import dev.switchboard.application.port.in.imports.BookImport;
import dev.switchboard.application.port.in.imports.ImportAccountsCommand;
import dev.switchboard.application.port.in.imports.ImportAccountsUseCase;
import dev.switchboard.application.port.in.imports.ImportAddressBooksCommand;
import dev.switchboard.application.port.in.imports.ImportAddressBooksUseCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
      description = "Not a separate import in this build: access-number pools are the "
          + "access_numbers column of 'admin import dial-rules' (configuration, not database rows).")
  int accessNumbers(@Parameters(paramLabel = "FILE") Path file) {
    throw notAvailable("import access-numbers", "a database-held pool; access-number pools are "
        + "configuration here: put them in the access_numbers column (';'-separated) of "
        + "'admin import dial-rules', which writes switchboard.callthrough.rules");
  }

  @Command(name = "dial-rules", mixinStandardHelpOptions = true,
      description = "Convert call-through dial rules and their access-number pools from CSV "
          + "(header name,countries,prefixes,min_digits,max_digits,template,access_numbers; "
          + "template and access_numbers required; list values separated by ';') into the "
          + "switchboard.callthrough.rules YAML the service loads, checked as at start-up. "
          + "Nothing is written unless every line is valid.")
  int dialRules(
      @Parameters(paramLabel = "FILE", arity = "0..1", description = "CSV file") Path positional,
      @Option(names = "--file", paramLabel = "FILE", description = "CSV file") Path option,
      @Option(names = "--output", paramLabel = "YAML",
          description = "write the YAML here (atomically) instead of stdout") Path output) {
    if ((positional == null) == (option == null)) {
      throw new CliFailure(ExitCodes.USAGE, "import dial-rules needs one CSV file "
          + "(FILE or --file FILE)");
    }
    Path file = positional != null ? positional : option;
    DialRulesCsv.Converted converted = DialRulesCsv.convert(Csv.read(file), file.toString());
    if (output == null) {
      session.out().print(converted.yaml());
      session.out().flush();
      return ExitCodes.OK;
    }
    writeAtomically(output, converted.yaml());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("converted", converted.plan().rules().size());
    result.put("kind", "dial-rules");
    result.put("output", output.toString());
    session.printJson(result);
    return ExitCodes.OK;
  }

  private static void writeAtomically(Path target, String text) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new CliFailure(ExitCodes.FAILURE, "cannot write " + target + ": " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden next to the target
        }
      }
    }
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
