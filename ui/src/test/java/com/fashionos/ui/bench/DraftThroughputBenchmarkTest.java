package com.fashionos.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.contact.ContactService;
import com.fashionos.ui.draft.DraftAppTest;
import com.fashionos.ui.draft.DraftFixtures;
import com.fashionos.ui.draft.DraftService;
import io.temporal.client.WorkflowClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs {@link DraftThroughputBenchmark}: three drafts in the normal suite (so the benchmark cannot rot), and
 * {@code -Dbench.drafts} of them (default 50) in the {@code bench} profile, which also prints and writes the report.
 */
@DraftAppTest
class DraftThroughputBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(DraftThroughputBenchmarkTest.class);

    @Autowired
    DraftService drafts;

    @Autowired
    ContactService contacts;

    @Autowired
    WorkflowClient temporal;

    @Autowired
    DraftFixtures fixtures;

    @Test
    void smoke_three_drafts_reach_approval_and_the_report_has_both_series() throws Exception {
        var result = new DraftThroughputBenchmark(drafts, contacts, temporal).run(fixtures.owner(), 3);

        assertThat(result.drafts().count()).isEqualTo(3);
        assertThat(result.bare().count()).isEqualTo(3);
        assertThat(result.drafts().perSecond()).isPositive();
        assertThat(result.report())
                .contains("NeuralDraft", "bare one-activity workflow", "p95", "gather-context", "record");
    }

    @Test
    @Tag("bench")
    void benchmark() throws Exception {
        int n = Integer.getInteger("bench.drafts", 50);
        var result = new DraftThroughputBenchmark(drafts, contacts, temporal).run(fixtures.owner(), n);
        Path out = DraftThroughputBenchmark.write(result);
        log.info("\n{}(written to {})", result.report(), out.toAbsolutePath());
        assertThat(Files.readString(out)).contains("p95");
    }
}
