package dev.livenessdesk.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a file readable and writable by its owner only, by the rules of the file's own file system: mode 0600 on
 * Linux and macOS, on Windows (NTFS) an access list with one entry, the owner's, in place of the inherited ones
 * (Users, Administrators). For the history database and secrets such as the SSO token cache.
 */
public final class OwnerOnly {

    /** What the owner keeps on Windows: everything a read, a write, a rename and a delete need. */
    static final Set<AclEntryPermission> OWNER_PERMISSIONS = EnumSet.of(AclEntryPermission.READ_DATA,
            AclEntryPermission.WRITE_DATA, AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
            AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_NAMED_ATTRS,
            AclEntryPermission.WRITE_NAMED_ATTRS, AclEntryPermission.READ_ACL, AclEntryPermission.WRITE_ACL,
            AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE);

    private OwnerOnly() {
    }

    /** Restricts an existing file; on a file system with neither POSIX modes nor ACLs there is nothing to set. */
    public static void restrict(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = acl.getOwner();
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(OWNER_PERMISSIONS).build()));
        }
    }

    /** Whether only the owner may read or write the file (false where the file system has no such rules). */
    public static boolean isRestricted(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            return posix.readAttributes().permissions().equals(PosixFilePermissions.fromString("rw-------"));
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            return false;
        }
        UserPrincipal owner = acl.getOwner();
        return acl.getAcl().stream().allMatch(entry -> entry.type() != AclEntryType.ALLOW
                || entry.principal().equals(owner));
    }
}
