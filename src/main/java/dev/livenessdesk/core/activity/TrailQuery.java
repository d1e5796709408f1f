package dev.livenessdesk.core.activity;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one SQL query the Athena route runs: the Face Liveness events of a window and a region from the trail's table,
 * newest first, reading only the partitions of the window's days. Nothing typed goes into it unchecked: the names
 * come from {@link AthenaTable} (checked against Athena's own rule, then quoted), every value is a literal the desk
 * makes (times, dates, the call names) or a region checked against the shape of region names, and every literal is
 * escaped all the same.
 *
 * <p>CloudTrail's table in Athena (AWS's documented {@code CREATE TABLE}) has one column per record member, not the
 * record itself: the query selects the members the desk reads, under the names {@link #COLUMNS} lists, and the
 * adapter puts them back into a record that goes through the same reading as LookupEvents' records.
 *
 * <p>Partitions: AWS documents two layouts. With partition projection the table has one partition key,
 * {@code timestamp}, holding {@code yyyy/MM/dd}; a table with manual partitions has {@code region}, {@code year},
 * {@code month} and {@code day}. A table with neither is read whole (its events are still filtered by time).
 */
public final class TrailQuery {

    /** The columns the query answers, in order, under these names. */
    public static final List<String> COLUMNS = List.of("eventid", "eventtime", "eventname", "eventsource",
            "awsregion", "identity_type", "identity_principalid", "identity_arn", "identity_username",
            "identity_invokedby", "sourceipaddress", "useragent", "errorcode", "errormessage", "requestparameters",
            "responseelements", "requestid");

    /**
     * CloudTrail writes a log file minutes after its events, into the folder of the day it writes it: an event of
     * 23:58 may lie in the next day's partition.
     */
    static final Duration DELIVERY_SPILL = Duration.ofHours(1);

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+){1,3}-\\d{1,2}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** How the table is partitioned, from its partition keys. */
    public enum Partitions {
        /** Partition projection: {@code timestamp} = {@code yyyy/MM/dd}. */
        PROJECTED_DAY,
        /** Manual partitions: {@code year}, {@code month}, {@code day} (and perhaps {@code region}). */
        YEAR_MONTH_DAY,
        /** No partition the desk knows: the whole table is read. */
        NONE;

        /** @param keys the table's partition keys, in any case */
        public static Partitions of(List<String> keys) {
            Set<String> names = keys.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            if (names.contains("timestamp")) {
                return PROJECTED_DAY;
            }
            if (names.containsAll(List.of("year", "month", "day"))) {
                return YEAR_MONTH_DAY;
            }
            return NONE;
        }
    }

    private TrailQuery() {
    }

    /**
     * @param partitionKeys the table's partition keys as Athena lists them
     * @throws IllegalArgumentException when the region is not shaped like a region name (it never reaches SQL)
     */
    public static String sql(AthenaTable table, ActivityWindow window, String region, List<String> partitionKeys) {
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("Not a region name: " + region);
        }
        List<String> keys = partitionKeys.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        StringBuilder sql = new StringBuilder("SELECT eventid, eventtime, eventname, eventsource, awsregion, ")
                .append("useridentity.type AS identity_type, useridentity.principalid AS identity_principalid, ")
                .append("useridentity.arn AS identity_arn, useridentity.username AS identity_username, ")
                .append("useridentity.invokedby AS identity_invokedby, sourceipaddress, useragent, errorcode, ")
                .append("errormessage, requestparameters, responseelements, requestid\n")
                .append("FROM ").append(identifier(table.database())).append('.').append(identifier(table.table()))
                .append("\nWHERE eventsource = ").append(literal(LivenessCall.EVENT_SOURCE))
                .append("\n  AND eventname IN (")
                .append(Arrays.stream(LivenessCall.values()).map(c -> literal(c.eventName()))
                        .collect(Collectors.joining(", ")))
                .append(")\n  AND awsregion = ").append(literal(region))
                .append("\n  AND eventtime >= ").append(literal(EVENT_TIME.format(window.from())))
                .append(" AND eventtime <= ").append(literal(EVENT_TIME.format(window.to())));
        String firstDay = DAY.format(window.from());
        String lastDay = DAY.format(window.to().plus(DELIVERY_SPILL));
        switch (Partitions.of(keys)) {
            case PROJECTED_DAY -> sql.append("\n  AND ").append(identifier("timestamp")).append(" BETWEEN ")
                    .append(literal(firstDay)).append(" AND ").append(literal(lastDay));
            case YEAR_MONTH_DAY -> {
                if (keys.contains("region")) {
                    sql.append("\n  AND ").append(identifier("region")).append(" = ").append(literal(region));
                }
                sql.append("\n  AND concat(").append(identifier("year")).append(", '/', ")
                        .append(identifier("month")).append(", '/', ").append(identifier("day")).append(") BETWEEN ")
                        .append(literal(firstDay)).append(" AND ").append(literal(lastDay));
            }
            case NONE -> { }
        }
        return sql.append("\nORDER BY eventtime DESC").toString();
    }

    /** A name in double quotes; names were checked to hold only letters, digits and underscores. */
    static String identifier(String name) {
        if (!name.matches("[a-z0-9_]{1,255}")) {
            throw new IllegalArgumentException("Not an Athena name: " + name);
        }
        return '"' + name + '"';
    }

    /** A string literal: single quotes doubled; control characters are refused, never sent. */
    static String literal(String value) {
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("A control character in an SQL value");
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
