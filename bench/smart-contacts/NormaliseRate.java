import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.ContactEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers normalised per second on upload: AddressBook.numberedEntries (libphonenumber parse in
 * the owner's region) over a 20,000-contact book typed in US national format, 5 rounds after a
 * warm-up. Run with the domain jar and libphonenumber on the classpath.
 */
public final class NormaliseRate {
  public static void main(String[] args) {
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String d = String.format(Locale.ROOT, "%07d", 2_000_000 + i * 37);
      String raw = i % 3 == 0 ? "(202) " + d.substring(0, 3) + "-" + d.substring(3)
          : i % 3 == 1 ? "+1 202 " + d : "202." + d.substring(0, 3) + "." + d.substring(3);
      contacts.add(new Contact("c" + i, "Contact " + i, "", "", "", "",
          List.of(new ContactEntry("tel:0", "mobile", "tel", raw)), Map.of()));
    }
    AddressBook book = new AddressBook(contacts);
    for (int i = 0; i < 3; i++) {
      book.numberedEntries("US");
    }
    double[] rates = new double[5];
    for (int r = 0; r < rates.length; r++) {
      long start = System.nanoTime();
      int n = book.numberedEntries("US").size();
      rates[r] = n / ((System.nanoTime() - start) / 1e9);
    }
    java.util.Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "numbers normalised per second (median of 5 x 20,000): %.0f%n",
        rates[2]);
  }
}
