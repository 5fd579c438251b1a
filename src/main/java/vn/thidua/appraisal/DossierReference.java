package vn.thidua.appraisal;

import vn.thidua.catalogue.Track;

/**
 * One dossier to appraise: a unit's report, one track, one round. {@code phase-review} hands it to each
 * {@code appraisal} it calls as text, "reportId:TRACK:round".
 */
record DossierReference(long reportId, Track track, int round) {

  static DossierReference parse(String text) {
    String[] parts = text.split(":");
    if (parts.length != 3) {
      throw new IllegalStateException("Not a dossier reference: " + text);
    }
    try {
      return new DossierReference(Long.parseLong(parts[0]), Track.valueOf(parts[1]), Integer.parseInt(parts[2]));
    } catch (IllegalArgumentException notADossier) {
      throw new IllegalStateException("Not a dossier reference: " + text, notADossier);
    }
  }

  String format() {
    return reportId + ":" + track.name() + ":" + round;
  }
}
