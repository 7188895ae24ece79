package dev.gantry.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.server.GantryServerFixture;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's files: public, typed, revalidated by ETag, kept on this origin by a content security policy. */
class DashboardAssetsIT {
    private static GantryServerFixture server;

    @BeforeAll
    static void start() {
        server = GantryServerFixture.start("admin-key: ${FAKE_KEY}\n");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void should_serve_the_index_at_the_root_with_a_same_origin_policy() {
        HttpResponse<String> r = server.get("/");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
        assertThat(r.headers().firstValue("content-security-policy").orElseThrow()).contains("default-src 'self'");
        assertThat(r.body()).contains("<script type=\"module\" src=\"/dashboard/app.js\">").doesNotContain("http://", "https://");
    }

    @Test
    void should_serve_modules_and_styles_with_their_types_and_revalidate_by_etag() {
        HttpResponse<String> js = server.get("/dashboard/pages/overview.js");
        HttpResponse<String> css = server.get("/dashboard/style.css");
        String etag = js.headers().firstValue("etag").orElseThrow();

        assertThat(js.headers().firstValue("content-type")).contains("text/javascript; charset=utf-8");
        assertThat(css.headers().firstValue("content-type")).contains("text/css; charset=utf-8");
        assertThat(js.headers().firstValue("cache-control")).contains("no-cache");
        assertThat(server.get("/dashboard/pages/overview.js", "if-none-match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void should_answer_404_for_missing_files_and_paths_that_leave_the_folder() {
        assertThat(server.get("/dashboard/nope.js").statusCode()).isEqualTo(404);
        assertThat(server.get("/dashboard/%2e%2e/gantry-reference.yaml").statusCode()).isEqualTo(404);
        assertThat(server.get("/dashboard/Index.HTML").statusCode()).isEqualTo(404);
    }
}
