package dev.switchboard.bootstrap.cli;

import dev.switchboard.application.port.in.imports.AccountLine;
import dev.switchboard.application.port.in.imports.BookImport;
import dev.switchboard.application.port.in.imports.ImportRejectedException;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.ContactEntry;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Turns CSV rows into import commands; any invalid value is reported with its line. */
final class ImportCsv {
  private static final Set<String> ACCOUNT_COLUMNS = Set.of("cloud_id", "number", "credit");

  private ImportCsv() {}

  static List<AccountLine> accounts(Csv csv) {
    int cloudId = csv.column("cloud_id", true);
    int number = csv.column("number", true);
    int credit = csv.column("credit", false);
    List<String> header = csv.header();
    List<AccountLine> out = new ArrayList<>();
    for (Csv.Row row : csv.rows()) {
      out.add(onLine(row.line(), () -> {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          if (!ACCOUNT_COLUMNS.contains(header.get(i)) && !row.get(i).isEmpty()) {
            keys.put(header.get(i), row.get(i));
          }
        }
        String amount = row.get(credit);
        return new AccountLine(row.line(), CloudId.fromApp(row.get(cloudId)),
            PhoneNumber.parseE164(row.get(number)),
            amount.isEmpty() ? Optional.empty() : Optional.of(Credit.of(amount)), keys);
      }));
    }
    return out;
  }

  static List<BookImport> books(Csv csv) {
    int username = csv.column("username", true);
    int device = csv.column("device", true);
    int contactId = csv.column("contact_id", true);
    int displayName = csv.column("display_name", false);
    int label = csv.column("label", false);
    int number = csv.column("number", true);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (Csv.Row row : csv.rows()) {
      onLine(row.line(), () -> {
        SipUsername user = new SipUsername(row.get(username));
        DeviceId dev = new DeviceId(row.get(device));
        Draft draft = drafts.computeIfAbsent(user.value() + "\n" + dev.value(),
            k -> new Draft(row.line(), user, dev));
        draft.add(row.get(contactId), row.get(displayName), row.get(label), row.get(number));
        return null;
      });
    }
    List<BookImport> out = new ArrayList<>();
    for (Draft draft : drafts.values()) {
      out.add(onLine(draft.line, () -> new BookImport(draft.line, draft.username, draft.device,
          draft.contacts())));
    }
    return out;
  }

  private static <T> T onLine(int line, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ImportRejectedException e) {
      throw e;
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ImportRejectedException(line, e.getMessage());
    }
  }

  /** One device's book being collected from its rows. */
  private static final class Draft {
    final int line;
    final SipUsername username;
    final DeviceId device;
    final Map<String, String> names = new LinkedHashMap<>();
    final Map<String, List<ContactEntry>> entries = new LinkedHashMap<>();

    Draft(int line, SipUsername username, DeviceId device) {
      this.line = line;
      this.username = username;
      this.device = device;
    }

    void add(String contactId, String displayName, String label, String number) {
      if (contactId.isEmpty()) {
        throw new IllegalArgumentException("contact_id is empty");
      }
      names.putIfAbsent(contactId, displayName);
      List<ContactEntry> list = entries.computeIfAbsent(contactId, k -> new ArrayList<>());
      if (!number.isEmpty()) {
        list.add(new ContactEntry("tel:" + list.size(), label.isEmpty() ? null : label, "tel",
            number));
      }
    }

    List<Contact> contacts() {
      List<Contact> out = new ArrayList<>();
      entries.forEach((id, list) -> out.add(new Contact(id,
          names.get(id).isEmpty() ? null : names.get(id), null, null, null, null, list, Map.of())));
      return out;
    }
  }
}
