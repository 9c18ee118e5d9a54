package org.roundtable.service.api;

import org.roundtable.service.RoundtableApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Writes the API description this version of the service serves, without a database of its own: starts the
 * service on an empty in-memory H2 database and a free port, reads {@code /v3/api-docs} and writes it to the
 * file named by the one argument. The build uses it to generate the Java client of its contract tests.
 */
public final class WriteApiDescription {

    private WriteApiDescription() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: WriteApiDescription <file to write>");
        }
        Path target = Path.of(args[0]);
        // As command-line arguments, which override application.yml (default properties would not: the service
        // would then run on its file database under ./data).
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(RoundtableApplication.class).run(
                "--server.port=0",
                "--roundtable.demo-data=false",
                "--spring.datasource.url=jdbc:h2:mem:api-description-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            HttpResponse<String> served = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (served.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + served.statusCode());
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(target, served.body());
        }
    }
}
