package dev.gantry.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.knowledge.VersionStatus;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The dashboard's knowledge review page in headless Chromium: a merged draft shows its diff from the version
 * before, and the Approve button approves it with the reviewer's name.
 */
class KnowledgeDashboardBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ADMIN = "admin-key-for-dashboard";
    private GantryServerFixture server;
    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: no headless browser; install Debian's packages with `apt-get install -y chromium chromium-driver`");
        server = GantryServerFixture.start("""
                admin-key: ${ADMIN}
                knowledge: {extraction-model: chat, batch-wait: 0s}
                """, Map.of("ADMIN", ADMIN));
        profile = Files.createTempDirectory("gantry-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        o.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), o);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (profile != null) {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String answer(String title, String body, long source) {
        return """
                {"topics": [{"name": "Releases", "summary": "How releases are cut"}],
                 "atoms": [{"type": "decision", "topic": "Releases", "title": "%s", "body": "%s", "source_ids": [%d]}]}"""
                .formatted(title, body, source);
    }

    private void post(int id, String text) {
        server.post("/v1/knowledge/messages", "{\"chat_id\": \"rel\", \"message_id\": " + id + ", \"author\": \"kofi\", "
                + "\"text\": \"" + text + "\"}", "Authorization", "Bearer " + ADMIN);
    }

    @Test
    void should_show_a_drafts_diff_and_approve_it_with_the_reviewers_name() throws Exception {
        server.fake.enqueue(FakeScript.text(answer("Releases are cut on Tuesdays", "Release every Tuesday at 10:00 UTC.", 1)));
        post(1, "Decision from the retro: we cut releases every Tuesday at 10:00 UTC from now on.");
        await("version 1", () -> server.gantry.knowledge().knowledge().drafts(10).size() == 1);
        long atom = server.gantry.knowledge().knowledge().drafts(10).getFirst().atomId();
        server.gantry.knowledge().review().approve(atom, 1, "bob", "agreed in the retro");
        server.fake.enqueue(FakeScript.text(answer("Releases are cut on Tuesdays", "Release every Tuesday at 14:00 UTC.", 2)));
        post(2, "Correction: releases are cut every Tuesday at 14:00 UTC, not 10:00, because of the US team.");
        await("version 2", () -> server.gantry.knowledge().knowledge().drafts(10).size() == 1);

        browser.get(server.baseUrl() + "/#/knowledge");
        // the fixture has no virtual keys, so reading is open; the review buttons still send the admin key
        browser.executeScript("sessionStorage.setItem('gantry.adminKey', arguments[0])", ADMIN);
        browser.navigate().refresh();
        await("the draft", () -> !browser.findElements(By.cssSelector(".knowledge-draft[data-version='2']")).isEmpty());

        assertThat(browser.findElement(By.cssSelector(".knowledge-diff del")).getText()).contains("10:00");
        assertThat(browser.findElement(By.cssSelector(".knowledge-diff ins")).getText()).contains("14:00");
        browser.findElement(By.id("reviewer")).sendKeys("carol");
        browser.findElement(By.cssSelector(".knowledge-draft .reason")).sendKeys("matches the new schedule");
        screenshot();
        browser.findElement(By.cssSelector(".knowledge-draft button.approve")).click();

        await("no drafts left", () -> !browser.findElements(By.id("no-drafts")).isEmpty());
        var v2 = server.gantry.knowledge().knowledge().version(atom, 2).orElseThrow();
        assertThat(v2.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(v2.reviewedBy()).isEqualTo("carol");
        assertThat(v2.reviewReason()).isEqualTo("matches the new schedule");
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("401")).toList();
        assertThat(errors).isEmpty();
    }

    /** With -Ddashboard.screenshots=DIR, the review page as docs/screenshots/knowledge.png shows it. */
    private void screenshot() throws java.io.IOException {
        String dir = System.getProperty("dashboard.screenshots");
        if (dir == null || dir.isBlank()) return;
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, "knowledge.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("gave up waiting for " + what);
            Thread.sleep(50);
        }
    }
}
