package dev.livenessdesk.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history file's owner-only rule on each OS's file system, simulated with jimfs where this machine is Linux. */
class OwnerOnlyTest {

    @Test
    void onWindowsTheFileKeepsOneAccessEntryTheOwnersInPlaceOfTheInheritedOnes() throws Exception {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "acl").build())) {
            Path file = Files.createDirectories(windows.getPath("C:\\Users\\ana\\AppData\\Roaming\\Liveness Desk"))
                    .resolve("history.db");
            Files.createFile(file);
            AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
            UserPrincipal owner = acl.getOwner();
            UserPrincipal users = windows.getUserPrincipalLookupService().lookupPrincipalByGroupName("Users");
            List<AclEntry> inherited = new ArrayList<>();
            inherited.add(entry(owner, EnumSet.allOf(AclEntryPermission.class)));
            inherited.add(entry(users, EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.READ_ATTRIBUTES)));
            acl.setAcl(inherited);
            assertThat(OwnerOnly.isRestricted(file)).isFalse();

            OwnerOnly.restrict(file);

            assertThat(acl.getAcl()).singleElement().satisfies(only -> {
                assertThat(only.principal()).isEqualTo(owner);
                assertThat(only.type()).isEqualTo(AclEntryType.ALLOW);
                assertThat(only.permissions()).contains(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                        AclEntryPermission.DELETE);
            });
            assertThat(OwnerOnly.isRestricted(file)).isTrue();
            assertThat(file.toString()).isEqualTo("C:\\Users\\ana\\AppData\\Roaming\\Liveness Desk\\history.db");
        }
    }

    @Test
    void onMacOsAndLinuxTheFileIsMode0600() throws Exception {
        try (FileSystem mac = Jimfs.newFileSystem(Configuration.osX().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix").build())) {
            Path file = Files.createDirectories(mac.getPath("/Users/ana/Library/Application Support/Liveness Desk"))
                    .resolve("history.db");
            Files.createFile(file);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            assertThat(OwnerOnly.isRestricted(file)).isFalse();

            OwnerOnly.restrict(file);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(OwnerOnly.isRestricted(file)).isTrue();
        }
    }

    @Test
    void aFileSystemWithoutOwnerRulesIsLeftAsItIs() throws Exception {
        try (FileSystem plain = Jimfs.newFileSystem(Configuration.unix())) {
            Path file = Files.createFile(plain.getPath("/history.db"));

            OwnerOnly.restrict(file);

            assertThat(OwnerOnly.isRestricted(file)).isFalse();
        }
    }

    private static AclEntry entry(UserPrincipal who, java.util.Set<AclEntryPermission> permissions) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who).setPermissions(permissions).build();
    }
}
