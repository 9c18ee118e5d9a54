package org.roundtable.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.service.support.Api;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar, started with {@code java -jar} in an empty directory as an operator starts it: it
 * becomes healthy and serves the demo round table. (A class-path order that only the jar has once kept it
 * from starting while every test in the IDE's class path passed.)
 */
class PackagedJarIT {

    @TempDir
    Path directory;

    @Test
    void the_packaged_jar_starts_healthy_with_the_demo_round_table() throws Exception {
        Path jar = Path.of(System.getProperty("roundtable.jar", "target/roundtable-service-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).exists();
        int port = freePort();
        Path log = directory.resolve("service.log");
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            Api api = new Api(port);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .failFast("the service stopped; see its log", () -> !service.isAlive())
                    .untilAsserted(() -> assertThat(api.get("/actuator/health").text("status")).isEqualTo("UP"));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(api.get("/api/cases").json().size()).isEqualTo(3));
            assertThat(directory.resolve("data").resolve("roundtable.mv.db")).exists();
        } catch (AssertionError | RuntimeException e) {
            System.err.println(Files.readString(log));
            throw e;
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
