package org.civiccatalog.harvest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CompactionPolicyTest {
    @Test
    void a_run_that_wrote_many_records_and_a_large_share_is_worth_compacting() {
        assertThat(CompactionPolicy.worthCompacting(run(3_000, 0, 0), 3_000)).isTrue();
        assertThat(CompactionPolicy.worthCompacting(run(800, 400, 300), 20_000)).as("1,200 writes, 6 %").isTrue();
    }

    @Test
    void a_run_that_wrote_few_records_or_a_small_share_is_not() {
        assertThat(CompactionPolicy.worthCompacting(run(999, 0, 0), 999)).as("fewer than 1,000 writes").isFalse();
        assertThat(CompactionPolicy.worthCompacting(run(1_000, 0, 0), 20_001)).as("under 5 %").isFalse();
        assertThat(CompactionPolicy.worthCompacting(run(0, 0, 5_000), 5_000)).as("unchanged records are no writes").isFalse();
    }

    private static HarvestReport run(int created, int changed, int unchanged) {
        SourceReport s = new SourceReport("city", SourceReport.Outcome.COMPLETE, created, changed, unchanged, 0, 0, 0,
                Duration.ZERO, "", List.of());
        return new HarvestReport("urn:run", Instant.EPOCH, Instant.EPOCH, List.of(s), Optional.empty());
    }
}
