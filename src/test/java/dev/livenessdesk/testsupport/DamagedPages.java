package dev.livenessdesk.testsupport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Damages a database file as a failing disk would: some of one table's data pages overwritten with junk, page 1
 * and the schema left intact, so the file still opens and the damage shows only when those rows are read.
 */
public final class DamagedPages {

    private DamagedPages() {
    }

    /** The table's leaf pages (SQLite's dbstat), in file order; the file must be closed and checkpointed. */
    public static List<Long> leafPages(Path file, String table) throws SQLException {
        List<Long> pages = new ArrayList<>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pageno FROM dbstat WHERE name = '" + table
                     + "' AND pagetype = 'leaf' ORDER BY pageno")) {
            while (rows.next()) {
                pages.add(rows.getLong(1));
            }
        }
        return pages;
    }

    /** Overwrites these pages (numbered from 1) with junk; returns the page size. */
    public static int overwrite(Path file, List<Long> pages) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(100);
            channel.read(header, 0);
            int pageSize = ((header.get(16) & 0xff) << 8) | (header.get(17) & 0xff);
            pageSize = pageSize == 1 ? 65536 : pageSize;
            byte[] junk = new byte[pageSize];
            Arrays.fill(junk, (byte) 0x5a);
            for (long page : pages) {
                channel.write(ByteBuffer.wrap(junk), (page - 1) * pageSize);
            }
            channel.force(true);
            return pageSize;
        }
    }
}
