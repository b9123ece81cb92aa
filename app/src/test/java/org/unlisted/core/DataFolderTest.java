package org.unlisted.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/someone");

    @Test
    void followsXdgOnLinux() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", HOME).root())
                .isEqualTo(Path.of("/home/someone/.local/share/unlisted"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME).root())
                .isEqualTo(Path.of("/data/xdg/unlisted"));
    }

    @Test
    void relativeXdgIsIgnoredAsTheSpecSays() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME).root())
                .isEqualTo(Path.of("/home/someone/.local/share/unlisted"));
    }

    @Test
    void followsWindowsAndMacConventions() {
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", HOME).root())
                .isEqualTo(Path.of("/appdata/Unlisted"));
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", HOME).root())
                .isEqualTo(Path.of("/home/someone/Library/Application Support/Unlisted"));
    }

    @Test
    void commandLineBeatsEnvironmentWhichBeatsConvention() {
        Map<String, String> env = Map.of(DataFolder.ENV_VARIABLE, "/from/env");
        assertThat(DataFolder.resolve(null, env, "Linux", HOME).root()).isEqualTo(Path.of("/from/env"));
        assertThat(DataFolder.resolve(Path.of("/from/option"), env, "Linux", HOME).root()).isEqualTo(Path.of("/from/option"));
        assertThat(DataFolder.resolve(null, env, "Linux", HOME).vaultFile()).isEqualTo(Path.of("/from/env/vault.db"));
    }

    @Test
    void createdFolderIsPrivateToItsOwner(@TempDir Path dir) throws Exception {
        DataFolder folder = DataFolder.at(dir.resolve("nested/unlisted")).create();
        assertThat(Files.isDirectory(folder.root())).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.root()))).isEqualTo("rwx------");
    }
}
