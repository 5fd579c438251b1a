package vn.thidua.organization;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.thidua.catalogue.NomineeKind;

/** Finds the unit or member a rating or an award is about, by id or as an officer names them. */
@Component
public class NomineeLookup {

  private final OrganizationService organization;

  NomineeLookup(OrganizationService organization) {
    this.organization = organization;
  }

  /** The nominee with this id: a unit for a collective, a member for an individual. */
  public Optional<Nominee> find(NomineeKind kind, long id) {
    if (kind == null) {
      return Optional.empty();
    }
    return switch (kind) {
      case COLLECTIVE -> organization.findUnit(id).map(unit -> new Nominee(kind, unit.id(), unit.name(), unit));
      case INDIVIDUAL -> organization.findMember(id).flatMap(member -> organization.findUnit(member.unitCode())
          .map(unit -> new Nominee(kind, member.id(), member.fullName(), unit)));
    };
  }

  /**
   * A finder for one request or one imported file: it reads each unit and each unit's members once,
   * however many lines name them.
   */
  public NomineeFinder finder() {
    return new NomineeFinder(organization);
  }
}
