package org.courtorders.parser.internal.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The input's hash is the SHA-256 of its UTF-8 bytes, whether fed through the ASCII buffer (issue
 * 13) or as one copy.
 */
class Sha256Test {
  private static String reference(String s) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void knownValuesAndBufferEdges() throws Exception {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Assembler.sha256(""));
    for (int n : new int[] {1, 4095, 4096, 4097, 8192, 10000}) {
      String s = "a".repeat(n);
      assertEquals(reference(s), Assembler.sha256(s));
      assertEquals(reference(s + "é"), Assembler.sha256(s + "é"));
    }
  }

  @Property(tries = 300)
  void sameAsTheUtf8Copy(@ForAll @StringLength(max = 9000) String s) throws Exception {
    assertEquals(reference(s), Assembler.sha256(s));
  }
}
