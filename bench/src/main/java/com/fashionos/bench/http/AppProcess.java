package com.fashionos.bench.http;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The app started as a separate process on a free loopback port, and its resident memory. */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final URI base;
    private final Path logFile;

    private AppProcess(Process process, URI base, Path logFile) {
        this.process = process;
        this.base = base;
        this.logFile = logFile;
    }

    /**
     * Starts {@code java [javaOpts] -jar jar} with the given environment (FASHIONOS_DB_URL ...), on a free port bound
     * to 127.0.0.1, and waits until the login page answers (at most {@code timeout}).
     */
    public static AppProcess start(Path jar, List<String> javaOpts, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var cmd = new ArrayList<String>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // "-cp <jar>:<extra> JarLauncher" instead of "-jar <jar>" when extra jars are given (-cp in the options)
        int cp = javaOpts.indexOf("-cp");
        if (cp >= 0 && cp + 1 < javaOpts.size()) {
            var opts = new ArrayList<>(javaOpts);
            String extra = opts.remove(cp + 1);
            opts.remove(cp);
            cmd.addAll(opts);
            cmd.add("-cp");
            cmd.add(jar + File.pathSeparator + extra);
            cmd.add("org.springframework.boot.loader.launch.JarLauncher");
        } else {
            cmd.addAll(javaOpts);
            cmd.add("-jar");
            cmd.add(jar.toString());
        }
        cmd.add("--server.port=" + port);
        cmd.add("--server.address=127.0.0.1");
        Path log = Files.createTempFile("bench-app-", ".log");
        var pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        var app = new AppProcess(pb.start(), URI.create("http://127.0.0.1:" + port), log);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (System.nanoTime() < deadline) {
                if (!app.process.isAlive()) {
                    throw new IOException("The app exited with " + app.process.exitValue() + "; log: " + log);
                }
                try {
                    var r = http.send(
                            HttpRequest.newBuilder(app.base.resolve("/login"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return app;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
        }
        app.close();
        throw new IOException("The app did not answer within " + timeout + "; log: " + log);
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    /** Resident and peak resident memory (kB) of a process, from /proc/{pid}/status. */
    public static long[] rssKb(long pid) throws IOException {
        long rss = -1, hwm = -1;
        for (String line : Files.readAllLines(new File("/proc/" + pid + "/status").toPath())) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                hwm = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new long[] {rss, hwm};
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
