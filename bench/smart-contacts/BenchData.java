import java.util.SplittableRandom;

/**
 * The synthetic Smart Contacts data set. Every value is a pure function of an index and a seed,
 * so the loader and the measurements agree on it without keeping anything in memory.
 *
 * <p>Smart entry i has the number 12,000,000,000 + 7i (owned by book user "b" + i for i < USERS,
 * else by "s" + i; every tenth on network "bench-b"). A book entry is unparsable with 1 %
 * probability, one of the 100 "popular" smart numbers (the last 100 entries: a taxi, a pizza
 * place) with 0.5 %, another smart number with 9.5 %, and otherwise a number without a smart entry
 * (13,000,000,000 + r). The first BIG_BOOKS users have exactly 1,000 entries, the others
 * CONTACTS_PER_USER; one tel entry per contact.
 */
final class BenchData {
  static final String CLOUD = "bench";
  static final String DEVICE = "phone";
  static final String UPDATED_AT = "2026-01-01 00:00:00+00";
  static final int BIG_BOOK = 1_000;
  static final int POPULAR = 100;
  static final double HIT_RATE = 0.10;
  private static final long SMART_BASE = 12_000_000_000L;
  private static final long MISS_BASE = 13_000_000_000L;
  private static final long NONE = -1;
  final long smartEntries;
  final int users;
  final int contactsPerUser;
  final int bigBooks;

  BenchData(long smartEntries, int users, int contactsPerUser, int bigBooks) {
    if (smartEntries <= POPULAR || users < 1 || contactsPerUser < 1) {
      throw new IllegalArgumentException("Need more than " + POPULAR + " smart entries and a user");
    }
    this.smartEntries = smartEntries;
    this.users = users;
    this.contactsPerUser = contactsPerUser;
    this.bigBooks = Math.min(bigBooks, users);
  }

  long smartDigits(long i) {
    return SMART_BASE + i * 7;
  }

  String owner(long i) {
    return i < users ? "b" + i : "s" + i;
  }

  String network(long i) {
    return i % 10 == 9 ? "bench-b" : "bench";
  }

  String sipUri(long i) {
    return "sip:" + owner(i) + "@sip.bench.example";
  }

  String username(int u) {
    return "b" + u;
  }

  long bookId(int u) {
    return u + 1L;
  }

  int contactsOf(int u) {
    return u < bigBooks ? BIG_BOOK : contactsPerUser;
  }

  long totalContacts() {
    return (long) bigBooks * BIG_BOOK + (long) (users - bigBooks) * contactsPerUser;
  }

  long popularDigits(int k) {
    return smartDigits(smartEntries - 1 - k);
  }

  /** The digits of user u's book entries in order; {@link #NONE} for an unparsable entry. */
  long[] bookNumbers(int u) {
    SplittableRandom r = new SplittableRandom(0x5EED_0000_0000L + u);
    long[] out = new long[contactsOf(u)];
    for (int c = 0; c < out.length; c++) {
      double p = r.nextDouble();
      if (p < 0.01) {
        out[c] = NONE;
      } else if (p < 0.015) {
        out[c] = popularDigits(r.nextInt(POPULAR));
      } else if (p < 0.01 + HIT_RATE) {
        out[c] = smartDigits(r.nextLong(smartEntries));
      } else {
        out[c] = MISS_BASE + r.nextLong(1_000_000_000L);
      }
    }
    return out;
  }

  static boolean isNumber(long digits) {
    return digits != NONE;
  }

  // COPY text format rows (tab-separated, \N for NULL). No value contains a tab, newline or '\'.

  int appendSmartEntry(StringBuilder sb, long i) {
    sb.append(CLOUD).append('\t').append(smartDigits(i)).append('\t').append(network(i))
        .append('\t').append(sipUri(i)).append('\t').append(owner(i)).append('\t')
        .append(UPDATED_AT).append('\n');
    return 1;
  }

  int appendBook(StringBuilder sb, int u) {
    sb.append(bookId(u)).append('\t').append(CLOUD).append('\t').append(username(u)).append('\t')
        .append(DEVICE).append('\t').append(UPDATED_AT).append('\n');
    return 1;
  }

  /** The same JSON shape the adapter writes (ContactJson): empty fields left out. */
  int appendContacts(StringBuilder sb, int u) {
    long[] numbers = bookNumbers(u);
    for (int c = 0; c < numbers.length; c++) {
      sb.append(bookId(u)).append('\t').append(c).append('\t').append("c").append(c).append('\t')
          .append("{\"displayName\":\"Contact ").append(c).append("\",\"fname\":\"First\",")
          .append("\"lname\":\"Last ").append(c).append("\",\"entries\":[{\"entryId\":\"tel:0\",")
          .append("\"label\":\"mobile\",\"type\":\"tel\",\"uri\":\"").append(raw(numbers[c]))
          .append("\"}]").append(c % 4 == 0 ? ",\"extra\":{\"company\":\"ACME\"}}" : "}")
          .append('\n');
    }
    return numbers.length;
  }

  int appendNumbers(StringBuilder sb, int u) {
    long[] numbers = bookNumbers(u);
    for (int c = 0; c < numbers.length; c++) {
      sb.append(bookId(u)).append('\t').append(c).append('\t').append("c").append(c)
          .append("\ttel:0\t").append(raw(numbers[c])).append('\t');
      if (isNumber(numbers[c])) {
        sb.append(numbers[c]);
      } else {
        sb.append("\\N");
      }
      sb.append('\n');
    }
    return numbers.length;
  }

  private static String raw(long digits) {
    return isNumber(digits) ? "+" + digits : "ask at the front desk";
  }
}
