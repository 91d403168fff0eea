package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The parser exports its facade and SPI, nothing internal, and uses CourtRules providers. */
class ModuleDescriptorTest {
  @Test
  void exportsOnlyPublicPackages() {
    ModuleDescriptor d =
        ModuleFinder.of(Path.of("target/classes"))
            .find("org.courtorders.parser")
            .orElseThrow()
            .descriptor();
    Set<String> exports =
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("org.courtorders.parser", "org.courtorders.parser.spi"), exports);
    assertTrue(d.uses().contains("org.courtorders.parser.spi.CourtRules"));
  }
}
