package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.courtorders.core.CourtOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing over real orders (issue 9): windows of the seed and fuzz texts with byte flips,
 * line shuffles, splices of two orders and truncations, at least 100 000 inputs a run, each parsed
 * and checked by {@link Soundness}: no reader fails, every span is inside the input. Inputs are
 * small (40 to 300 characters) and parsed on every core so that the run stays short; the seed is
 * fixed so a failure repeats, and {@code -Dfuzz.seed=N} explores other inputs.
 */
class MutationFuzzTest {
  static final int INPUTS = 100_000;
  private static final String[] FILES = {
    "seeds/000_12df06f5692ff9e3.txt",
    "seeds/001_4605a35f981fe682.txt",
    "seeds/002_331244f5dc1e8a30.txt",
    "seeds/003_1815541e702f4645.txt",
    "fuzz/cdcal_garcia_v_lyons_2026-05-14.txt",
    "fuzz/dnev_usa_v_ponce_order_2026-02-26.txt",
    "fuzz/dnm_carter_v_uzglobal_sanctions_2026-05-01.txt",
    "fuzz/sdny_butler_v_fidelity_2026-05-22.txt",
    "fuzz/ndcal_gregoire_v_bart_sanctions_2026-05-06.txt",
    "fuzz/edcal_visconte_v_garg_osc_2023-10-13.txt",
    "fuzz/sdny_clarke_v_city_of_new_york_2010-06-15.txt",
    "fuzz/wdtex_duncan_v_brown_show_cause_2024-04-19.txt"
  };
  private static final List<String> ORDERS = new ArrayList<>();
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  @BeforeAll
  static void load() throws IOException {
    for (String f : FILES) {
      try (InputStream in = MutationFuzzTest.class.getResourceAsStream("/corpus/" + f)) {
        ORDERS.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void mutatedOrdersParseSoundly() {
    long seed = Long.getLong("fuzz.seed", 20_240_129L);
    // Input i depends only on (seed, i), so the inputs are the same however the threads run.
    IntStream.range(0, INPUTS)
        .parallel()
        .forEach(
            i -> {
              String input = mutate(new Random(seed * 1_000_003L + i));
              CourtOrder order;
              try {
                order = PARSER.parse(input);
              } catch (RuntimeException e) {
                throw new AssertionError("parse threw on input " + i + " (seed " + seed + ")", e);
              }
              try {
                Soundness.assertSound(order, input);
              } catch (AssertionError e) {
                throw new AssertionError(
                    "input " + i + " (seed " + seed + "): " + e.getMessage(), e);
              }
            });
  }

  /** Every kind of mutation is exercised (the generator itself is checked). */
  @Test
  void mutationsDiffer() {
    Random rnd = new Random(1);
    int changed = 0;
    for (int i = 0; i < 100; i++) {
      String w = window(rnd);
      String m = mutate(rnd);
      changed += w.equals(m) ? 0 : 1;
    }
    assertTrue(changed > 90);
  }

  static String window(Random rnd) {
    String doc = ORDERS.get(rnd.nextInt(ORDERS.size()));
    int len = Math.min(doc.length(), 40 + rnd.nextInt(260));
    int at = rnd.nextInt(doc.length() - len + 1);
    return doc.substring(at, at + len);
  }

  static String mutate(Random rnd) {
    String s = window(rnd);
    int n = 1 + rnd.nextInt(3);
    for (int k = 0; k < n; k++) {
      switch (rnd.nextInt(5)) {
        case 0 -> s = flip(s, rnd);
        case 1 -> s = shuffleLines(s, rnd);
        case 2 -> s = splice(s, window(rnd), rnd);
        case 3 -> s = s.substring(0, rnd.nextInt(s.length() + 1));
        default -> s = s.substring(rnd.nextInt(s.length() + 1));
      }
    }
    return s;
  }

  /** Flips a few bits of a few characters: OCR damage, control characters, broken surrogates. */
  private static String flip(String s, Random rnd) {
    if (s.isEmpty()) {
      return s;
    }
    char[] c = s.toCharArray();
    for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
      int i = rnd.nextInt(c.length);
      c[i] = (char) (c[i] ^ (1 << rnd.nextInt(rnd.nextInt(8) == 0 ? 16 : 7)));
    }
    return new String(c);
  }

  private static String shuffleLines(String s, Random rnd) {
    List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
    Collections.shuffle(lines, rnd);
    return String.join("\n", lines);
  }

  private static String splice(String s, String other, Random rnd) {
    int at = rnd.nextInt(s.length() + 1);
    int from = rnd.nextInt(other.length() + 1);
    return s.substring(0, at) + other.substring(from);
  }
}
