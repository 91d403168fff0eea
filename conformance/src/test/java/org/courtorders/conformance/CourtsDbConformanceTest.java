package org.courtorders.conformance;

import java.util.Map;
import java.util.Optional;
import org.courtorders.core.Court;
import org.courtorders.core.CourtOrder;
import org.junit.jupiter.api.Test;

/**
 * freelawproject/courts-db: each district court's "examples" (the court names real opinions print)
 * and its "name" ("District Court, N.D. Illinois"), each as the heading of a minimal order. A
 * vector passes when the order's court is the example's court; an order with another court is a
 * wrong court, which the floor allows none of.
 */
class CourtsDbConformanceTest {
  @Test
  void examples() {
    run("courts-db", "example");
  }

  @Test
  void names() {
    run("courts-db-names", "name");
  }

  private static void run(String suite, String field) {
    Vectors v = Vectors.load("courts-db.tsv");
    Tally t = new Tally(suite, v);
    for (Map<String, String> row : v.rows) {
      if (!row.get("field").equals(field)) {
        continue;
      }
      String id = row.get("court") + ": " + row.get("text");
      CourtOrder o = Orders.withHeading(row.get("text"));
      Optional<String> got = o.court().map(Court::id);
      if (got.isEmpty()) {
        t.fail(id, "no court");
      } else if (got.get().equals(row.get("court"))) {
        t.pass(id);
      } else {
        t.wrong(id, "got " + got.get());
      }
    }
    t.finish();
  }
}
