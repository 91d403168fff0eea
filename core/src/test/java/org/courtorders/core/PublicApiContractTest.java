package org.courtorders.core;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.courtorders.core.json.CourtOrderJson;
import org.courtorders.core.time.Rule6Calculator;
import org.junit.jupiter.api.Test;

/**
 * The public API's null and equality contracts, checked with Guava testlib's testers (the design
 * card asks for them; hand-written checks of every method would miss new ones): no public method or
 * factory accepts a null it does not document, and every value type's equals and hashCode agree,
 * within a group of equal values and across groups.
 */
class PublicApiContractTest {
  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(TextSpan.class, TextSpan.of(0, 1))
        .setDefault(LocalDate.class, LocalDate.of(2024, 7, 1))
        .setDefault(CourtOrder.class, GoldenJsonTest.sample());
  }

  /** Every part of the sample order, read twice from its JSON: pairs of equal, distinct objects. */
  private static List<Object[]> parts() throws Exception {
    CourtOrder a = GoldenJsonTest.sample();
    CourtOrder b = CourtOrderJson.reader().readValue(CourtOrderJson.writer().writeValueAsString(a));
    List<Object[]> out = new ArrayList<>();
    out.add(new Object[] {a, b});
    out.add(new Object[] {a.source(), b.source()});
    out.add(new Object[] {a.court().orElseThrow(), b.court().orElseThrow()});
    out.add(new Object[] {a.caption().orElseThrow(), b.caption().orElseThrow()});
    out.add(
        new Object[] {
          a.caption().orElseThrow().caseNumbers().get(0),
          b.caption().orElseThrow().caseNumbers().get(0)
        });
    out.add(
        new Object[] {
          a.caption().orElseThrow().plaintiffs().get(0),
          b.caption().orElseThrow().plaintiffs().get(0)
        });
    out.add(new Object[] {a.judges().get(0), b.judges().get(0)});
    out.add(new Object[] {a.directives().get(0), b.directives().get(0)});
    out.add(
        new Object[] {
          a.directives().get(0).deadline().orElseThrow(),
          b.directives().get(0).deadline().orElseThrow()
        });
    out.add(new Object[] {a.sanctions().get(0), b.sanctions().get(0)});
    out.add(new Object[] {a.citations().get(0), b.citations().get(0)});
    out.add(new Object[] {TextSpan.of(3, 9), TextSpan.of(3, 9)});
    return out;
  }

  @Test
  void valueTypesHonourEqualsAndHashCode() throws Exception {
    EqualsTester eq = new EqualsTester();
    for (Object[] pair : parts()) {
      eq.addEqualityGroup(pair);
    }
    eq.addEqualityGroup(
        new CourtOrder.Builder()
            .from(GoldenJsonTest.sample())
            .signedDate(LocalDate.of(2021, 2, 19))
            .build());
    eq.addEqualityGroup(TextSpan.of(3, 10));
    eq.testEquals();
  }

  @Test
  void publicMethodsRejectNulls() throws Exception {
    NullPointerTester t = tester();
    for (Object[] pair : parts()) {
      t.testAllPublicInstanceMethods(pair[0]);
    }
  }

  @Test
  void publicFactoriesRejectNulls() {
    NullPointerTester t = tester();
    for (Class<?> c :
        List.of(TextSpan.class, Diagnostic.class, CourtOrderJson.class, Rule6Calculator.class)) {
      t.testAllPublicStaticMethods(c);
    }
  }
}
