package id.go.ntbprov.satudata.core;

import id.go.ntbprov.satudata.core.actor.Administration;
import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.audit.StepRecorder;
import id.go.ntbprov.satudata.core.conformity.ConformityChecker;
import id.go.ntbprov.satudata.core.datalist.Planning;
import id.go.ntbprov.satudata.core.evaluation.EvaluationAndReporting;
import id.go.ntbprov.satudata.core.evaluation.Evaluator;
import id.go.ntbprov.satudata.core.letter.Letters;
import id.go.ntbprov.satudata.core.publication.Dissemination;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.sop.Authorization;
import id.go.ntbprov.satudata.core.sop.StepAssignment;
import id.go.ntbprov.satudata.core.submission.Checking;
import id.go.ntbprov.satudata.core.submission.Collection;
import id.go.ntbprov.satudata.core.timestandard.TimeStandardMonitor;
import id.go.ntbprov.satudata.core.timestandard.TimeStandards;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The SOP, wired: every use case of every stage over one set of {@link Ports}, with a region's step
 * assignment, time standards and time zone. This is the entry point for embedding the core.
 */
public final class SatuData {

  private final Ports ports;
  private final Authorization authorization;
  private final TimeStandardMonitor monitor;
  private final ConformityChecker checker;
  private final Planning planning;
  private final Collection collection;
  private final Checking checking;
  private final Letters letters;
  private final Dissemination dissemination;
  private final EvaluationAndReporting evaluation;
  private final Administration administration;

  /**
   * Wires the use cases.
   *
   * @param ports the adapters
   * @param steps which roles perform which step
   * @param timeStandards the time allowed per step
   * @param zone the region's time zone (periods close at midnight there)
   */
  public SatuData(Ports ports, StepAssignment steps, TimeStandards timeStandards, ZoneId zone) {
    this.ports = Objects.requireNonNull(ports);
    this.authorization = new Authorization(steps);
    StepRecorder recorder = new StepRecorder(ports.clock(), ports.audit(), ports.events());
    this.monitor = new TimeStandardMonitor(timeStandards, ports.audit(), zone);
    this.checker = new ConformityChecker(ports.codeLists()::find);
    this.planning = new Planning(authorization, ports.items(), ports.meetings(), recorder);
    this.collection =
        new Collection(
            authorization, ports.items(), ports.submissions(), ports.content(), checker, recorder);
    this.checking = new Checking(authorization, ports.submissions(), recorder);
    this.letters = new Letters(authorization, ports.submissions(), ports.letters(), recorder);
    this.dissemination =
        new Dissemination(
            authorization, ports.submissions(), ports.letters(), ports.accounts(), recorder);
    Evaluator evaluator =
        new Evaluator(
            ports.items(),
            ports.submissions(),
            ports.letters(),
            ports.meetings(),
            ports.reports(),
            monitor,
            zone);
    this.evaluation =
        new EvaluationAndReporting(authorization, evaluator, ports.reports(), recorder);
    this.administration =
        new Administration(authorization, ports.agencies(), ports.accounts(), recorder);
  }

  /**
   * Wires the use cases for a region: its step assignment, time standards and zone, and seeds the
   * ports with the profile's agencies and code lists that they do not hold yet.
   */
  public static SatuData forRegion(RegionProfile profile, Ports ports) {
    for (Agency agency : profile.agencies()) {
      if (ports.agencies().find(agency.code()).isEmpty()) {
        ports.agencies().save(agency);
      }
    }
    for (CodeList list : profile.codeLists()) {
      if (ports.codeLists().find(list.id()).isEmpty()) {
        ports.codeLists().save(list);
      }
    }
    return new SatuData(ports, profile.steps(), profile.timeStandards(), profile.zone());
  }

  /** A region running wholly in memory: see {@link Ports#inMemory(Clock)}. */
  public static SatuData inMemory(RegionProfile profile, Clock clock) {
    return forRegion(profile, Ports.inMemory(clock));
  }

  /** The adapters in use. */
  public Ports ports() {
    return ports;
  }

  /** Who may perform which step; ask it before showing an action. */
  public Authorization authorization() {
    return authorization;
  }

  /** Elapsed times and breaches of the time standards. */
  public TimeStandardMonitor timeStandards() {
    return monitor;
  }

  /** The automatic conformity check, for adapters that check files before uploading. */
  public ConformityChecker conformityChecker() {
    return checker;
  }

  /** SOP 1a–1d: the data list. */
  public Planning planning() {
    return planning;
  }

  /** SOP 2: uploads. */
  public Collection collection() {
    return collection;
  }

  /** SOP 3a: the custodian's check. */
  public Checking checking() {
    return checking;
  }

  /** SOP 3b and the letters register. */
  public Letters letters() {
    return letters;
  }

  /** SOP 4: publication. */
  public Dissemination dissemination() {
    return dissemination;
  }

  /** SOP 5a–5b: evaluation and report. */
  public EvaluationAndReporting evaluation() {
    return evaluation;
  }

  /** Agencies, accounts, roles. */
  public Administration administration() {
    return administration;
  }
}
