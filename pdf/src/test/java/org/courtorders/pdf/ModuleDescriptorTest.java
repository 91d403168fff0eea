package org.courtorders.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The PDF module exports its one package and needs PDFBox; the parser does not. */
class ModuleDescriptorTest {
  @Test
  void exportsOnlyItsPackage() {
    ModuleDescriptor d =
        ModuleFinder.of(Path.of("target/classes"))
            .find("org.courtorders.pdf")
            .orElseThrow()
            .descriptor();
    Set<String> exports =
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("org.courtorders.pdf"), exports);
    assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("org.apache.pdfbox")));
  }

  @Test
  void parserModuleDoesNotNeedPdfBox() {
    ModuleDescriptor parser =
        ModuleFinder.of(Path.of("../parser/target/classes"))
            .find("org.courtorders.parser")
            .orElseThrow()
            .descriptor();
    assertTrue(
        parser.requires().stream().noneMatch(r -> r.name().startsWith("org.apache")),
        parser.requires().toString());
  }
}
