package com.fashionos.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fashionos.crm.testsupport.TestDatabase;
import com.fashionos.workflows.draft.ApproveRequest;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftRequest;
import com.fashionos.workflows.draft.DraftState;
import com.fashionos.workflows.draft.DraftStatus;
import com.fashionos.workflows.draft.DraftTriggers;
import com.fashionos.workflows.draft.NeuralDraftWorkflow;
import com.fashionos.workflows.draft.RejectRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The split deployment end to end, with the worker as its own operating-system process: an "external" Temporal (a
 * port-bound dev server), an external PostgreSQL (a fresh database on the machine's server), the standalone {@link
 * WorkerApplication} launched in a separate JVM on this test's class path, and this JVM acting as the ui app does:
 * a plain {@link WorkflowClient} that starts a Neural Draft and decides on it. Everything the draft does (context,
 * retrieval, the local model, the Guardian, the rows) happens in the worker process; the test sees it through the
 * workflow's query and the database.
 */
class WorkerProcessTest {

    /** Start of a cold JVM with Flyway, the demo seeder and the local embeddings, on a busy 2-core box. */
    private static final Duration WORKER_START = Duration.ofSeconds(120);

    private static final Duration DRAFT_READY = Duration.ofSeconds(90);
    private static final Duration FAIL_FAST = Duration.ofSeconds(45);
    private static final String POLLING = "Temporal worker polling";
    private static final String LUMIERE_DEAL = "Lumière Skin × Desert Noir";
    private static final Path LOGS = Path.of("target", "worker-process");

    private static final List<Process> children = new CopyOnWriteArrayList<>();

    private static TestServer.PortBoundTestServer temporal;
    private static String target;
    private static String dbUrl;
    private static WorkflowServiceStubs stubs;
    private static WorkflowClient client;
    private static Path workerLog;

    @BeforeAll
    static void startTemporalDatabaseAndWorkerProcess() throws Exception {
        int port = freePort();
        temporal = TestServer.createPortBoundServer(port, true);
        target = "127.0.0.1:" + port;
        dbUrl = TestDatabase.createFresh("worker_process");

        workerLog = LOGS.resolve("worker.log");
        Process worker = launch(
                workerLog,
                Map.of(
                        "FASHIONOS_DB_URL",
                        dbUrl,
                        "FASHIONOS_DB_USERNAME",
                        TestDatabase.ADMIN_USER,
                        "FASHIONOS_DB_PASSWORD",
                        TestDatabase.ADMIN_PASSWORD,
                        "FASHIONOS_TEMPORAL_TARGET",
                        target,
                        "FASHIONOS_DEMO_ENABLED",
                        "true"));
        awaitLogLine(worker, workerLog, POLLING, WORKER_START);

        stubs = WorkflowServiceStubs.newServiceStubs(
                WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
        client = WorkflowClient.newInstance(stubs);
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        for (Process child : children) {
            child.destroy();
        }
        for (Process child : children) {
            if (!child.waitFor(15, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                child.waitFor(5, TimeUnit.SECONDS);
            }
        }
        if (stubs != null) {
            stubs.shutdownNow();
        }
        if (temporal != null) {
            temporal.close();
        }
    }

    @Test
    void the_worker_process_drafts_against_the_external_database_and_records_the_rejection() throws Exception {
        Demo demo = demo();
        DraftRequest request = new DraftRequest(
                demo.brandId(),
                UUID.randomUUID(),
                demo.dealId(),
                demo.contactId(),
                Channel.EMAIL,
                DraftTriggers.DEAL_BUTTON,
                demo.ownerId(),
                0,
                null);
        NeuralDraftWorkflow draft =
                client.newWorkflowStub(NeuralDraftWorkflow.class, NeuralDraftWorkflow.startOptions(request));
        WorkflowClient.start(draft::draft, request);

        DraftState awaiting = awaitAwaitingApproval(draft);

        assertThat(awaiting.draftId()).isEqualTo(request.draftId());
        assertThat(awaiting.proposal()).isNotNull();
        assertThat(awaiting.proposal().provider()).isEqualTo("local");
        assertThat(awaiting.proposal().body()).isNotBlank();
        assertThat(awaiting.textHash()).isEqualTo(awaiting.proposal().textHash());
        assertThat(awaiting.aiRunId()).isNotNull();
        assertThat(awaiting.messageId()).isNotNull();
        Map<String, Object> run = aiRun(awaiting.aiRunId());
        assertThat(run)
                .containsEntry("approval_status", "PENDING")
                .containsEntry("workflow_id", NeuralDraftWorkflow.workflowIdFor(request))
                .containsEntry("provider", "local")
                .containsEntry("deal_id", demo.dealId())
                .containsEntry("contact_id", demo.contactId());
        assertThat(messageStatus(awaiting.messageId())).isEqualTo("DRAFT");

        DraftState rejected = draft.reject(new RejectRequest("Not before the Milan show", demo.ownerId()));

        assertThat(rejected.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(WorkflowStub.fromTyped(draft)
                        .getResult(30, TimeUnit.SECONDS, DraftState.class)
                        .status())
                .isEqualTo(DraftStatus.REJECTED);
        assertThat(aiRun(awaiting.aiRunId()))
                .containsEntry("approval_status", "REJECTED")
                .containsEntry("decided_by", demo.ownerId())
                .containsEntry("decision_note", "Not before the Milan show");
        assertThat(messageStatus(awaiting.messageId())).isEqualTo("REJECTED");
    }

    @Test
    void an_approved_draft_is_sandboxed_by_the_worker_process_without_provider_keys() throws Exception {
        Demo demo = demo();
        DraftRequest request = new DraftRequest(
                demo.brandId(),
                UUID.randomUUID(),
                null,
                demo.contactId(),
                Channel.EMAIL,
                DraftTriggers.CONTACT_BUTTON,
                demo.ownerId(),
                0,
                null);
        NeuralDraftWorkflow draft =
                client.newWorkflowStub(NeuralDraftWorkflow.class, NeuralDraftWorkflow.startOptions(request));
        WorkflowClient.start(draft::draft, request);
        DraftState awaiting = awaitAwaitingApproval(draft);
        assertThat(awaiting.proposal()).isNotNull();
        assertThat(awaiting.proposal().provider()).isEqualTo("local");

        DraftState done = draft.approve(new ApproveRequest(demo.ownerId(), awaiting.textHash()));

        assertThat(done.status()).isEqualTo(DraftStatus.SANDBOXED);
        assertThat(aiRun(awaiting.aiRunId()))
                .containsEntry("approval_status", "APPROVED")
                .containsEntry("decided_by", demo.ownerId());
        assertThat(messageStatus(awaiting.messageId())).isEqualTo("SANDBOXED");
    }

    @Test
    void the_worker_process_fails_fast_with_one_line_when_temporal_is_unreachable() throws Exception {
        String closed = "127.0.0.1:" + freePort();
        Path log = LOGS.resolve("unreachable-temporal.log");
        long start = System.nanoTime();
        Process worker = launch(
                log,
                Map.of(
                        "FASHIONOS_DB_URL",
                        dbUrl,
                        "FASHIONOS_DB_USERNAME",
                        TestDatabase.ADMIN_USER,
                        "FASHIONOS_DB_PASSWORD",
                        TestDatabase.ADMIN_PASSWORD,
                        "FASHIONOS_TEMPORAL_TARGET",
                        closed,
                        "FASHIONOS_TEMPORAL_CONNECT_TIMEOUT",
                        "2s",
                        "FASHIONOS_DEMO_ENABLED",
                        "false"));

        boolean exited = worker.waitFor(FAIL_FAST.toSeconds(), TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String output = read(log);

        assertThat(exited)
                .as("worker process still running after %s; output:%n%s", FAIL_FAST, output)
                .isTrue();
        assertThat(worker.exitValue()).as(output).isNotZero();
        // The report's description is a line of its own; Spring's one-line WARN about the cancelled refresh also
        // quotes it, as in every Spring Boot app.
        String message = "Cannot reach Temporal at " + closed + " (FASHIONOS_TEMPORAL_TARGET): UNAVAILABLE";
        assertThat(output.lines().filter(l -> l.startsWith(message)))
                .as(output)
                .singleElement()
                .asString()
                .endsWith(".");
        assertThat(output)
                .contains("APPLICATION FAILED TO START", "unset FASHIONOS_TEMPORAL_TARGET")
                .doesNotContain("\tat ", "Exception in thread");
        System.out.printf(
                "unreachable Temporal: worker process exited %d after %d ms%n", worker.exitValue(), took.toMillis());
    }

    // --- the ui's side: database look-ups and workflow progress ---

    /** The demo brand, its owner, the Lumière deal and a contact of it with an email. */
    record Demo(UUID brandId, UUID ownerId, UUID dealId, UUID contactId) {}

    private static Demo demo() throws SQLException {
        try (Connection db = admin()) {
            UUID brand = single(db, "SELECT id FROM brands WHERE slug = 'maison-aurelle'");
            UUID owner = single(db, "SELECT id FROM app_users WHERE email = 'maison@fashionos.demo'");
            try (var st = db.prepareStatement("""
                    SELECT d.id, coalesce(d.primary_contact_id, (SELECT c.id FROM contacts c
                        WHERE c.account_id = d.account_id AND c.email IS NOT NULL
                        ORDER BY c.name LIMIT 1))
                    FROM deals d WHERE d.brand_id = ? AND d.title = ?""")) {
                st.setObject(1, brand);
                st.setString(2, LUMIERE_DEAL);
                try (var rs = st.executeQuery()) {
                    assertThat(rs.next()).as("demo deal %s", LUMIERE_DEAL).isTrue();
                    UUID deal = rs.getObject(1, UUID.class);
                    UUID contact = rs.getObject(2, UUID.class);
                    assertThat(contact).as("a contact of %s", LUMIERE_DEAL).isNotNull();
                    String email = single(db, "SELECT email FROM contacts WHERE id = '" + contact + "'");
                    assertThat(email).isNotBlank();
                    return new Demo(brand, owner, deal, contact);
                }
            }
        }
    }

    private static Map<String, Object> aiRun(UUID id) throws SQLException {
        try (Connection db = admin();
                var st = db.prepareStatement("""
                        SELECT approval_status, workflow_id, provider, deal_id, contact_id, decided_by, decision_note
                        FROM ai_runs WHERE id = ?""")) {
            st.setObject(1, id);
            try (var rs = st.executeQuery()) {
                assertThat(rs.next()).as("ai_runs row %s", id).isTrue();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    private static String messageStatus(UUID id) throws SQLException {
        try (Connection db = admin()) {
            return single(db, "SELECT status FROM messages WHERE id = '" + id + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T single(Connection db, String sql) throws SQLException {
        try (var st = db.createStatement();
                var rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return (T) rs.getObject(1);
        }
    }

    /** The schema owner (superuser on the test server): reads every brand's rows, as an operator would. */
    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(dbUrl, TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD);
    }

    /** Polls the {@code state} query (answered by the worker process) until the draft awaits approval. */
    private static DraftState awaitAwaitingApproval(NeuralDraftWorkflow draft) throws InterruptedException {
        long deadline = System.nanoTime() + DRAFT_READY.toNanos();
        DraftState last = null;
        RuntimeException lastError = null;
        while (System.nanoTime() < deadline) {
            try {
                last = draft.state();
                lastError = null;
                if (last.status() == DraftStatus.AWAITING_APPROVAL) {
                    return last;
                }
                if (last.status().isFinal()) {
                    fail("draft ended %s (%s); worker log:%n%s", last.status(), last.error(), read(workerLog));
                }
            } catch (RuntimeException e) {
                // no workflow task completed yet: the query has nothing to ask
                lastError = e;
            }
            Thread.sleep(250);
        }
        return fail(
                "draft not awaiting approval after %s: last state %s, last query error %s; worker log:%n%s",
                DRAFT_READY, last, lastError, read(workerLog));
    }

    // --- child processes ---

    /** Starts {@link WorkerApplication} in a new JVM with this test's class path and the given environment. */
    private static Process launch(Path log, Map<String, String> env) throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                testClassPath(),
                WorkerApplication.class.getName()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // Nothing of this machine's configuration leaks in: no provider keys, no other FashionOS settings.
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("FASHIONOS_")
                        || name.startsWith("SPRING_")
                        || name.startsWith("GEMINI_")
                        || name.startsWith("SENDGRID_")
                        || name.startsWith("TWILIO_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        children.add(process);
        return process;
    }

    /**
     * The class path of this test JVM. Surefire may start it from a manifest-only jar; it then publishes the real
     * class path in {@code surefire.test.class.path}.
     */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        assertThat(classPath).contains("test-classes");
        return classPath;
    }

    private static void awaitLogLine(Process process, Path log, String line, Duration timeout)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (read(log).contains(line)) {
                System.out.printf(
                        "worker process polling after %d ms%n",
                        Duration.ofNanos(System.nanoTime() - start).toMillis());
                return;
            }
            if (!process.isAlive()) {
                fail("worker process exited %d before \"%s\"; output:%n%s", process.exitValue(), line, read(log));
            }
            Thread.sleep(200);
        }
        fail("no \"%s\" from the worker process within %s; output:%n%s", line, timeout, read(log));
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
