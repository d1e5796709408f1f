package dev.livenessdesk.core.campaign;

import java.util.List;

/**
 * What the reviewers' labels say of a campaign, as a report prints it: made by the review package (which reads
 * campaigns; campaigns do not read reviews), held here as plain lines.
 *
 * @param figures   the label figures at the report's pass mark, one line
 * @param agreement one line per pair of reviewers: their kappa and the count it rests on
 * @param reviews   how many reviews the campaign's sessions have
 * @param disputed  how many of its sessions the reviewers disagree on
 */
public record ReviewSection(String figures, List<String> agreement, int reviews, int disputed) {

    public ReviewSection {
        agreement = List.copyOf(agreement);
    }
}
