package org.unlisted;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void noArgumentsOrOnlyFolderOptionsOpenTheDesktopApp() {
        assertThat(Launcher.opensDesktopApp(new String[0])).isTrue();
        assertThat(Launcher.opensDesktopApp(new String[] {"--data-dir", "/x"})).isTrue();
        assertThat(Launcher.opensDesktopApp(new String[] {"--vault=/x/v.db", "--data-dir", "/x"})).isTrue();
    }

    @Test
    void anyCommandOrOtherOptionGoesToTheCommandLine() {
        assertThat(Launcher.opensDesktopApp(new String[] {"--version"})).isFalse();
        assertThat(Launcher.opensDesktopApp(new String[] {"vault", "check"})).isFalse();
        assertThat(Launcher.opensDesktopApp(new String[] {"--data-dir", "/x", "paths"})).isFalse();
    }

    @Test
    void vaultOptionOverridesTheDataFolderVault() {
        Launcher.StartOptions options = Launcher.StartOptions.parse(new String[] {"--data-dir", "/d", "--vault=/elsewhere/v.db"});
        assertThat(options.dataFolder().root()).isEqualTo(Path.of("/d"));
        assertThat(options.vaultFile()).isEqualTo(Path.of("/elsewhere/v.db"));
        assertThat(Launcher.StartOptions.parse(new String[] {"--data-dir", "/d"}).vaultFile()).isEqualTo(Path.of("/d/vault.db"));
    }

    @Test
    void demoOpensTheAppWithAThrowawayVault() {
        assertThat(Launcher.opensDesktopApp(new String[] {"--demo"})).isTrue();
        assertThat(Launcher.opensDesktopApp(new String[] {"--demo=clinic", "--data-dir", "/x"})).isTrue();
        assertThat(Launcher.StartOptions.parse(new String[] {"--demo"}).demo()).isEqualTo("personal");
        assertThat(Launcher.StartOptions.parse(new String[] {"--demo=clinic", "--data-dir", "/x"}).demo())
                .isEqualTo("clinic");
        assertThat(Launcher.StartOptions.parse(new String[] {"--demo", "--data-dir", "/x"}).dataDirOverride())
                .isEqualTo(Path.of("/x"));
        assertThat(Launcher.StartOptions.parse(new String[] {"--data-dir", "/x"}).demo()).isNull();
    }
}
