package org.civiccatalog.web.cli;

import java.util.concurrent.Callable;

import org.civiccatalog.core.store.Compaction;
import org.civiccatalog.core.store.TdbCatalogStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Rewrites the TDB2 database without the space its write transactions left behind (TDB2 is"
                + " copy-on-write). `harvest` and `serve` do it after a run that wrote many records; this is for a store"
                + " harvested with --no-compact, or grown by many small runs. Prints the size before and after."})
final class CompactCommand implements Callable<Integer> {
    @Mixin DataOptions data;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (TdbCatalogStore store = TdbCatalogStore.open(data.data, data.base)) {
            Compaction c = store.compact();
            spec.commandLine().getOut().println(c.describe());
        }
        return Main.OK;
    }
}
