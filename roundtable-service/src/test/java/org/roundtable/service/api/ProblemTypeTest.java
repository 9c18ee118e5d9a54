package org.roundtable.service.api;

import org.junit.jupiter.api.Test;
import org.roundtable.service.faults.TryAgain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue of problem codes is complete, and docs/api.md shows exactly it. */
class ProblemTypeTest {

    private static final Path REPOSITORY = Path.of("..");

    @Test
    void every_refusal_the_domain_throws_is_in_the_catalogue_with_its_status() throws IOException {
        Pattern thrown = Pattern.compile("(new RuleViolation|new NotAllowed|new UnknownItem|\\.require)\\(\\s*(?:Role\\.\\w+,\\s*)?\"([a-z0-9-]+)\"");
        Map<String, Integer> expected = Map.of("new RuleViolation", 409, "new NotAllowed", 403, "new UnknownItem", 404,
                ".require", 403);
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(REPOSITORY.resolve("core/src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher match = thrown.matcher(Files.readString(source));
                while (match.find()) {
                    found.put(match.group(2), expected.get(match.group(1)));
                }
            }
        }
        assertThat(found).isNotEmpty();
        assertThat(catalogue()).containsAllEntriesOf(found);
    }

    @Test
    void every_kind_of_try_again_is_in_the_catalogue_as_a_503() {
        Arrays.stream(TryAgain.values()).forEach(kind -> assertThat(catalogue()).containsEntry(kind.code(), 503));
    }

    @Test
    void the_table_in_docs_api_md_is_the_catalogue() throws IOException {
        Pattern row = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (\\d{3}) \\|", Pattern.MULTILINE);
        Matcher match = row.matcher(Files.readString(REPOSITORY.resolve("docs/api.md")));
        Map<String, Integer> documented = new TreeMap<>();
        while (match.find()) {
            documented.put(match.group(1), Integer.parseInt(match.group(2)));
        }
        assertThat(documented).isEqualTo(catalogue());
    }

    private static Map<String, Integer> catalogue() {
        return Arrays.stream(ProblemType.values())
                .collect(Collectors.toMap(ProblemType::code, type -> type.status().value(), (a, b) -> a, TreeMap::new));
    }
}
