package dev.livenessdesk.core.activity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a support lead reads first: created, started, completed, failed, never started; failures by reason,
 * sessions by client, and by hour (UTC hours; a screen shows them in its own zone).
 */
public record ActivitySummary(int sessions, int created, int started, int completed, int failed, int neverStarted,
                              int waiting, List<Count> failuresByReason, List<ClientCount> byClient,
                              List<HourCount> byHour) {

    /** A reason and how many sessions failed for it. */
    public record Count(String name, int count) {
    }

    /** A client (browser / OS, or SDK) with its sessions and how many of them failed. */
    public record ClientCount(String client, int sessions, int failed) {
    }

    /** An hour (its start, UTC) with the sessions begun in it and those of them that failed. */
    public record HourCount(Instant hour, int sessions, int failed) {
    }

    public static ActivitySummary of(Collection<ActivitySession> sessions) {
        int created = 0;
        int started = 0;
        int completed = 0;
        int failed = 0;
        int never = 0;
        int waiting = 0;
        Map<String, Integer> reasons = new LinkedHashMap<>();
        Map<String, int[]> clients = new LinkedHashMap<>();
        Map<Instant, int[]> hours = new TreeMap<>();
        for (ActivitySession session : sessions) {
            boolean isFailed = session.outcome() == ActivityOutcome.FAILED;
            created += session.createdAt().isPresent() && session.id().isPresent() ? 1 : 0;
            started += session.startedAt().isPresent() ? 1 : 0;
            completed += session.outcome() == ActivityOutcome.COMPLETED ? 1 : 0;
            failed += isFailed ? 1 : 0;
            never += session.outcome() == ActivityOutcome.NEVER_STARTED ? 1 : 0;
            waiting += session.outcome() == ActivityOutcome.NOT_STARTED_YET ? 1 : 0;
            if (isFailed) {
                session.reason().ifPresent(reason -> reasons.merge(reason.title(), 1, Integer::sum));
            }
            int[] client = clients.computeIfAbsent(session.client().groupName(), name -> new int[2]);
            client[0]++;
            client[1] += isFailed ? 1 : 0;
            int[] hour = hours.computeIfAbsent(session.sortTime().truncatedTo(ChronoUnit.HOURS), h -> new int[2]);
            hour[0]++;
            hour[1] += isFailed ? 1 : 0;
        }
        List<Count> byReason = reasons.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::name)).toList();
        List<ClientCount> byClient = clients.entrySet().stream()
                .map(e -> new ClientCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(ClientCount::sessions).reversed().thenComparing(ClientCount::client))
                .toList();
        List<HourCount> byHour = hours.entrySet().stream()
                .map(e -> new HourCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new ActivitySummary(sessions.size(), created, started, completed, failed, never, waiting, byReason,
                byClient, byHour);
    }
}
