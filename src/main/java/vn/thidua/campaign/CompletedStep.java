package vn.thidua.campaign;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who completed a launch step and when. */
@Embeddable
public record CompletedStep(
    @Enumerated(EnumType.STRING) @Column(name = "step", nullable = false) LaunchStep step,
    @Column(name = "completed_by") String completedBy,
    @Column(name = "completed_at", nullable = false) Instant completedAt) {
}
