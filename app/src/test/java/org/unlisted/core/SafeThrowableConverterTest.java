package org.unlisted.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unlisted.TestLog;

class SafeThrowableConverterTest {
    private static final Logger LOG = LoggerFactory.getLogger(SafeThrowableConverterTest.class);

    enum Sample implements Problem {
        BROKEN;

        @Override
        public String code() {
            return "TEST-01";
        }

        @Override
        public String messageKey() {
            return "test.broken";
        }
    }

    @Test
    void exceptionMessagesFromLibrariesNeverReachTheLog() throws Exception {
        String marker = "Maria-Example-555-0100-" + System.nanoTime();
        Exception leaky = new IllegalStateException("wrapper " + marker,
                new SQLException("UNIQUE constraint failed: value '" + marker + "'"));
        LOG.error("Operation failed", leaky);

        String log = TestLog.read();
        assertThat(log).contains("java.lang.IllegalStateException", "Caused by: java.sql.SQLException",
                SafeThrowableConverterTest.class.getName());
        assertThat(log).doesNotContain(marker);
    }

    @Test
    void ourOwnCodesStayInTheLogForSupport() throws Exception {
        LOG.warn("Known failure", new UnlistedException(Sample.BROKEN));
        assertThat(TestLog.read()).contains("TEST-01 test.broken");
    }
}
