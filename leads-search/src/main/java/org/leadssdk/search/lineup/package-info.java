/**
 * Photo line-ups (Parole LEADS 2.0: "Ability to save Photo-Line-up, and email to other LEA partners"),
 * built with California Penal Code 859.7 in mind: {@link org.leadssdk.search.lineup.LineupComposer} chooses
 * fillers that fit the subject's description and places the subject at a random position, reporting the
 * spread of age, height and weight; a {@link org.leadssdk.search.lineup.Lineup} holds no criminal history
 * and no status and is saved as versioned JSON; {@link org.leadssdk.search.lineup.LineupPackage} writes the
 * witness package (manifest, photos from the host's {@link org.leadssdk.search.lineup.PhotoStore},
 * instructions for blind administration with a place for the confidence statement) and, separately, the
 * investigator's key; the host's {@link org.leadssdk.search.lineup.LineupSender} sends it.
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.search.lineup;
