package org.unlisted.core;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSetupTest {
    @Test
    void theAppsLogGoesToItsFolderWithStackTracesButNoExceptionMessages(@TempDir Path folder) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());   // as logback's own context has
        LogSetup.toFolder(context, folder);
        Logger log = context.getLogger("org.unlisted.example");

        log.debug("not at this level");
        log.info("started with {} brokers", 1155);
        log.error("A save failed", new IllegalStateException("could not write /home/ada-example/vault.db",
                new java.io.IOException("Ada Example, 12 Elm Street")));
        context.stop();

        String written = Files.readString(folder.resolve("unlisted.log"), StandardCharsets.UTF_8);
        assertThat(written).contains("INFO", "org.unlisted.example - started with 1155 brokers",
                "A save failed", "java.lang.IllegalStateException", "Caused by: java.io.IOException",
                "at org.unlisted.core.LogSetupTest");
        assertThat(written).doesNotContain("not at this level", "ada-example", "Ada Example", "Elm Street");
    }

    @Test
    void theTestsOwnConfigurationStillWins() {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);

        assertThat(setup.configure(context)).isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
