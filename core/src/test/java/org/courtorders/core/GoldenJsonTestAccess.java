package org.courtorders.core;

/** The golden order of {@link GoldenJsonTest}, for tests in other packages. */
public final class GoldenJsonTestAccess {
  private GoldenJsonTestAccess() {}

  public static CourtOrder sample() {
    return GoldenJsonTest.sample();
  }
}
