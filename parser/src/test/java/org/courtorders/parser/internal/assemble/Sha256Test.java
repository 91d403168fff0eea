package org.courtorders.parser.internal.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The input's hash is the SHA-256 of {@code input.getBytes(UTF_8)}, though it is encoded through a
 * small buffer (issue 13): every length of sequence, at the buffer's edges, and unpaired
 * surrogates.
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
    String[] tails = {"", "é", "’", "\uD83D\uDE00", "\uD83D", "\uDE00x", "\uDE00\uD83D", "ÿ\u0800"};
    for (int n = 4080; n <= 4100; n++) {
      for (String tail : tails) {
        String s = "a".repeat(n) + tail + "b";
        assertEquals(reference(s), Assembler.sha256(s), n + tail);
        assertEquals(reference(tail.repeat(n / 4)), Assembler.sha256(tail.repeat(n / 4)));
      }
    }
  }

  @Property(tries = 300)
  void sameAsTheUtf8Copy(
      @ForAll @StringLength(max = 9000) @CharRange(from = 0, to = 0xFFFF) String s)
      throws Exception {
    assertEquals(reference(s), Assembler.sha256(s));
  }
}
