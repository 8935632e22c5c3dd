package dev.switchboard.application.port.in.imports;

import java.util.List;

/** Command: replace all these devices' address books, or none of them. */
public record ImportAddressBooksCommand(List<BookImport> books) {
  public ImportAddressBooksCommand {
    books = List.copyOf(books);
  }
}
