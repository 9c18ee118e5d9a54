package org.roundtable.service.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet's blocks are closed: a block left open (a print block missing its brace) swallows every rule
 * after it, silently, and pages lose their focus outlines and target sizes on screen.
 */
class StylesheetTest {

    @Test
    void every_block_of_the_stylesheet_is_closed() throws IOException {
        String css;
        try (InputStream in = StylesheetTest.class.getResourceAsStream("/static/css/roundtable.css")) {
            assertThat(in).isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        for (char c : css.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("a closing brace without its block").isNotNegative();
        }
        assertThat(depth).as("blocks left open at the end of the stylesheet").isZero();
    }
}
