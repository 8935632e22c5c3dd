// CPU cost of the sign-in hot spots changed for issue 2, old way against new way, measured as
// thread CPU time (best of 5 batches), so other load on the machine disturbs it little:
//   java -cp bootstrap/target/switchboard.jar bench/provisioning-cpu/Micro.java
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.verification.Pin;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.*;
import java.util.function.IntConsumer;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class Micro {
  static final ThreadMXBean T = ManagementFactory.getThreadMXBean();
  static volatile Object sink;
  static double us(String name, int n, IntConsumer op) {
    for (int i = 0; i < n; i++) op.accept(i); // warm-up
    double best = Double.MAX_VALUE;
    for (int r = 0; r < 5; r++) {
      long t0 = T.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) op.accept(i);
      best = Math.min(best, (T.getCurrentThreadCpuTime() - t0) / 1000.0 / n);
    }
    System.out.printf("%-55s %8.2f us CPU/op (best of 5 x %d)%n", name, best, n);
    return best;
  }
  public static void main(String[] a) throws Exception {
    int[] ctr = {0};
    us("libphonenumber parse+validate (old parseE164, every call)", 20000, i -> sink = PhoneNumber.parse("+1202" + (3000000 + ctr[0]++), "ZZ"));
    PhoneNumber.parseE164("+12025550123");
    us("parseE164 of a number validated moments ago (new)", 200000, i -> sink = PhoneNumber.parseE164("+12025550123"));
    us("Pin via String.format(\"%06d\") (old)", 200000, i -> sink = String.format("%06d", (long) i * 7919 % 1_000_000L));
    us("Pin.fromNumber (new)", 200000, i -> sink = Pin.fromNumber((long) i * 7919));
    SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
    byte[] pw = "abcdefghijklmnopqrstuv".getBytes(StandardCharsets.UTF_8);
    Random rnd = new Random(1);
    us("AES-GCM encrypt, Cipher.getInstance per call (old)", 20000, i -> { try {
      byte[] iv = new byte[12]; rnd.nextBytes(iv);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding"); c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      c.updateAAD(pw); sink = c.doFinal(pw); } catch (Exception e) { throw new RuntimeException(e); } });
    Cipher cached = Cipher.getInstance("AES/GCM/NoPadding");
    us("AES-GCM encrypt, Cipher reused (new)", 20000, i -> { try {
      byte[] iv = new byte[12]; rnd.nextBytes(iv);
      cached.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      cached.updateAAD(pw); sink = cached.doFinal(pw); } catch (Exception e) { throw new RuntimeException(e); } });
    byte[] salt = new byte[16];
    us("SHA-256 salted, MessageDigest.getInstance per call (old)", 50000, i -> { try {
      MessageDigest d = MessageDigest.getInstance("SHA-256"); d.update(salt); sink = d.digest("123456".getBytes()); } catch (Exception e) { throw new RuntimeException(e); } });
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    us("SHA-256 salted, digest reused (new)", 50000, i -> { md.reset(); md.update(salt); sink = md.digest("123456".getBytes()); });
    XmlMapper xml = new XmlMapper();
    ObjectNode node = xml.createObjectNode();
    for (String k : List.of("title", "username", "password", "host", "cloud_username", "cloud_password", "networkId", "callbackNumber")) node.put(k, "value-of-" + k);
    us("account XML, writer().withRootName per call (old)", 20000, i -> { try { sink = xml.writer().withRootName("account").writeValueAsString(node); } catch (Exception e) { throw new RuntimeException(e); } });
    ObjectWriter w = xml.writer().withRootName("account");
    us("account XML, cached writer (new)", 20000, i -> { try { sink = w.writeValueAsString(node); } catch (Exception e) { throw new RuntimeException(e); } });
    us("LogSafe via replaceAll(\\p{Cntrl}) (old)", 200000, i -> sink = "Zoiper/5.6 (Linux; x86_64)".replaceAll("\\p{Cntrl}", "?"));
    us("LogSafe char loop (new)", 200000, i -> { String s = "Zoiper/5.6 (Linux; x86_64)"; char[] c = null; for (int j = 0; j < s.length(); j++) { char ch = s.charAt(j); if (ch < 0x20 || ch == 0x7F) { if (c == null) c = s.toCharArray(); c[j] = '?'; } } sink = c == null ? s : new String(c); });
    ArrayDeque<Object[]> recent = new ArrayDeque<>(); Map<String, Object[]> newest = new HashMap<>();
    for (int i = 0; i < 1000; i++) { Object[] m = {"+1202" + (2000000 + i), "t"}; recent.addLast(m); newest.put((String) m[0], m); }
    us("dev SMS lookup, scan of 1,000 kept messages (old)", 50000, i -> { String want = "+1202" + (2000000 + (i % 1000)); Object found = null;
      for (Iterator<Object[]> it = recent.descendingIterator(); it.hasNext(); ) { Object[] m = it.next(); if (m[0].equals(want)) { found = m; break; } } sink = found; });
    us("dev SMS lookup, map by number (new)", 50000, i -> sink = newest.get("+1202" + (2000000 + (i % 1000))));
  }
}
