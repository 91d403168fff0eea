package org.courtorders.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports exactly its public packages; internals stay hidden. */
class ModuleDescriptorTest {
  @Test
  void exportsOnlyPublicPackages() {
    ModuleDescriptor d =
        ModuleFinder.of(Path.of("target/classes"))
            .find("org.courtorders.core")
            .orElseThrow()
            .descriptor();
    Set<String> exports =
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "org.courtorders.core",
            "org.courtorders.core.data",
            "org.courtorders.core.json",
            "org.courtorders.core.time"),
        exports);
  }
}
