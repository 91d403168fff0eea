package org.courtorders.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: signatures name the abstract type, collection builders
 * are singular ({@code addCaseNumber}), generated code needs only the JDK, and the generated {@code
 * Immutable*} classes are package-private: callers see only the public types and their {@code
 * Builder}s, so the implementation can change without breaking them.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {
      "caseNumber:caseNumbers",
      "directive:directives",
      "judge:judges",
      "proceeding:proceedings",
      "ruling:rulings",
      "sanction:sanctions",
      "citation:citations",
      "diagnostic:diagnostics",
      "measure:measures",
      "plaintiff:plaintiffs",
      "defendant:defendants",
      "step:steps",
      "evidence:evidence"
    },
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE)
public @interface OrderStyle {}
