/**
 * Test campaigns as ISO/IEC 30107-3 reports them: a campaign of scenarios (bona fide, or an attack of one PAI
 * species), the sessions run for each, and the metrics at a pass mark (APCER per species and worst case, BPCER)
 * and over the sweep 0..100 with the crossing point. Plain Java: storage is behind {@link
 * dev.livenessdesk.core.campaign.CampaignStore}; the screens and the command line both read the same numbers here.
 */
package dev.livenessdesk.core.campaign;
