package vn.thidua.campaign;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.process.ProcessTasks;
import vn.thidua.web.ApiException;

/** Creates campaigns and starts their process; tells where each campaign stands. */
@Service
@Transactional
public class CampaignService {

  static final String PROCESS_KEY = "campaign";
  static final String PHASE_REVIEW_REQUESTED = "PhaseReviewStartRequested";

  private final CampaignRepository campaigns;
  private final LaunchPreparationRepository preparations;
  private final LaunchApprovalRepository approvals;
  private final CampaignValidator validator;
  private final CampaignMapper mapper;
  private final OrganizationService organization;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ObjectMapper json;
  private final Clock clock;
  private final CampaignProgress.Reader progress;

  CampaignService(CampaignRepository campaigns, LaunchPreparationRepository preparations,
      LaunchApprovalRepository approvals, CampaignValidator validator, CampaignMapper mapper,
      OrganizationService organization, RuntimeService runtimeService, TaskService taskService, ObjectMapper json,
      Clock clock, CampaignProgress.Reader progress) {
    this.campaigns = campaigns;
    this.preparations = preparations;
    this.approvals = approvals;
    this.validator = validator;
    this.mapper = mapper;
    this.organization = organization;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.json = json;
    this.clock = clock;
    this.progress = progress;
  }

  /** Creates the campaign and starts its process (business key = plan number) in one transaction. */
  public CampaignView create(CampaignRequest request, String createdBy) {
    List<String> codes = new ArrayList<>(request.unitCodes() == null ? List.of() : request.unitCodes());
    if (request.responseSpeechUnitCode() != null) {
      codes.add(request.responseSpeechUnitCode());
    }
    Map<String, UnitSummary> units = organization.findUnits(codes.stream().filter(Objects::nonNull).distinct().toList())
        .stream().collect(Collectors.toMap(UnitSummary::code, Function.identity()));
    validator.check(request, units);
    String planNumber = request.planNumber().strip();
    if (campaigns.existsByPlanNumber(planNumber)) {
      throw ApiException.conflict("Đã có phong trào theo kế hoạch số " + planNumber);
    }

    Campaign draft = mapper.toCampaign(request);
    draft.setId(UUID.randomUUID().toString());
    draft.setPlanNumber(planNumber);
    for (int i = 0; i < request.phases().size(); i++) {
      draft.getPhases().add(mapper.toPhase(request.phases().get(i), i + 1));
    }
    draft.setUnitIds(request.unitCodes().stream().map(code -> units.get(code).id())
        .collect(Collectors.toCollection(LinkedHashSet::new)));
    UnitSummary speaker = units.get(request.responseSpeechUnitCode());
    draft.setResponseSpeechUnitId(speaker.id());
    draft.setStatus(CampaignStatus.LAUNCH_PREPARATION);
    draft.setCreatedBy(createdBy);
    draft.setCreatedAt(clock.instant());
    Campaign campaign;
    try {
      // the id is assigned here, so Spring Data merges: keep working on the managed copy it returns
      campaign = campaigns.saveAndFlush(draft);
    } catch (DataIntegrityViolationException concurrentDuplicate) {
      throw ApiException.conflict("Đã có phong trào theo kế hoạch số " + planNumber);
    }

    List<UnitSummary> participants = request.unitCodes().stream().map(units::get).toList();
    VariableMap variables = Variables.createVariables()
        .putValue(CampaignProcess.CAMPAIGN_ID.name(), campaign.getId())
        .putValue(CampaignProcess.PLAN_NUMBER.name(), planNumber)
        .putValue(CampaignProcess.CAMPAIGN_TITLE.name(), campaign.getTitle())
        .putValue(CampaignProcess.RESPONSE_SPEECH_UNIT_GROUP.name(), speaker.groupId())
        .putValue(CampaignProcess.RESPONSE_SPEECH_UNIT_NAME.name(), speaker.name())
        .putValue("participatingUnitOptions", SpinValues.jsonValue(unitOptions(participants)).create());
    campaign.setProcessInstanceId(
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, planNumber, variables).getProcessInstanceId());
    return view(campaign, unitsById(), false);
  }

  @Transactional(readOnly = true)
  public List<CampaignView> list(String planNumber) {
    List<Campaign> found = planNumber == null || planNumber.isBlank()
        ? campaigns.findAllByOrderByCreatedAtDesc()
        : campaigns.findByPlanNumber(planNumber.strip()).map(List::of).orElse(List.of());
    Map<Long, UnitSummary> unitsById = unitsById();
    return found.stream().map(campaign -> view(campaign, unitsById, false)).toList();
  }

  /** One campaign with where every unit stands per phase, as the signed-in person may see it. */
  @Transactional(readOnly = true)
  public CampaignView get(String id) {
    return campaigns.findById(id).map(campaign -> view(campaign, unitsById(), true))
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy phong trào " + id));
  }

  /** The campaign as other features need it, without the launch details. */
  @Transactional(readOnly = true)
  public CampaignSummary summary(String id) {
    return summary(campaigns.findById(id)
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy phong trào " + id)));
  }

  /**
   * The campaign a process step runs for: the one whose {@code campaign} process is at the top of the
   * step's call chain. The engine alone writes that chain, so no task's variables can point a step
   * at another campaign.
   */
  @Transactional(readOnly = true)
  public CampaignSummary ofProcess(DelegateExecution execution) {
    String campaignProcess = ProcessTasks.rootProcessInstanceId(execution);
    return summary(campaigns.findByProcessInstanceId(campaignProcess)
        .orElseThrow(() -> new IllegalStateException("No campaign runs process instance " + campaignProcess)));
  }

  /**
   * The campaign a called process was handed by its caller, which must be the campaign at the top of
   * its call chain. A process an administrator started on its own has no caller to check against.
   */
  @Transactional(readOnly = true)
  public String handedDown(DelegateExecution execution, String campaignId) {
    if (execution.getProcessInstance().getSuperExecution() != null && !ofProcess(execution).id().equals(campaignId)) {
      throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " was handed campaign "
          + campaignId + ", not the campaign of its call chain");
    }
    return campaignId;
  }

  private static CampaignSummary summary(Campaign campaign) {
    return new CampaignSummary(campaign.getId(), campaign.getPlanNumber(), campaign.getTitle(),
        List.copyOf(campaign.getContentAreas()), List.copyOf(campaign.getPhases()), campaign.getPledgeDeadline(),
        List.copyOf(campaign.getUnitIds()), campaign.statusOn(ProcessTasks.today()), campaign.getCurrentPhase(),
        campaign.getProcessInstanceId());
  }

  /**
   * Ban Tổ chức starts a phase's review before its timer: only the phase the campaign is running, once it
   * has begun (a review before it would date the phase's conference before the phase), and only once (the
   * process then no longer waits for the message).
   */
  public void startReviewEarly(String id, int phaseNumber) {
    CampaignSummary campaign = summary(id);
    Phase phase = campaign.phase(phaseNumber)
        .orElseThrow(() -> ApiException.notFound("Phong trào không có đợt " + phaseNumber));
    if (phase.startDate().isAfter(ProcessTasks.today())) {
      throw ApiException.conflict(phase.name() + " chưa bắt đầu (bắt đầu từ ngày " + ProcessTasks.day(phase.startDate())
          + "), chưa thể sơ kết, tổng kết đợt này.");
    }
    if (campaign.status() != CampaignStatus.IN_PROGRESS || !Integer.valueOf(phaseNumber).equals(campaign.currentPhase())) {
      throw ApiException.conflict("Không thể bắt đầu sơ kết đợt " + phaseNumber + ": phong trào đang ở giai đoạn \""
          + campaign.status().label(campaign.currentPhase()) + "\"");
    }
    runtimeService.createMessageCorrelation(PHASE_REVIEW_REQUESTED)
        .processInstanceId(campaign.processInstanceId())
        .correlate();
  }

  /** The registry's units by id, read once per request rather than once per campaign shown. */
  private Map<Long, UnitSummary> unitsById() {
    return organization.allUnits().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
  }

  private CampaignView view(Campaign campaign, Map<Long, UnitSummary> unitsById, boolean withProgress) {
    Function<Long, CampaignView.UnitRef> unitRef = id -> {
      UnitSummary unit = unitsById.get(id);
      return unit == null ? null : new CampaignView.UnitRef(unit.code(), unit.name());
    };
    CampaignStatus status = campaign.statusOn(ProcessTasks.today());
    CampaignView.LaunchView launch = preparations.findById(campaign.getId())
        .map(preparation -> mapper.toLaunchView(preparation,
            preparation.getSignedUnitIds().stream().map(unitRef).toList(),
            approvals.findByCampaignIdOrderByDecidedAtAscIdAsc(campaign.getId())))
        .orElse(null);
    return new CampaignView(campaign.getId(), campaign.getPlanNumber(), campaign.getTitle(), campaign.getTheme(),
        List.copyOf(campaign.getSlogans()), List.copyOf(campaign.getContentAreas()), campaign.getPledgeDeadline(),
        List.copyOf(campaign.getPhases()), campaign.getUnitIds().stream().map(unitRef).toList(),
        unitRef.apply(campaign.getResponseSpeechUnitId()), status, status.label(campaign.getCurrentPhase()),
        currentSteps(campaign), launch, campaign.getCreatedBy(), campaign.getCreatedAt(), campaign.getLaunchedAt(),
        withProgress ? progress.progress(summary(campaign.getId())) : null);
  }

  private List<CampaignView.CurrentStep> currentSteps(Campaign campaign) {
    if (campaign.getProcessInstanceId() == null) {
      return List.of();
    }
    List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(campaign.getPlanNumber())
        .orderByTaskCreateTime().asc().list();
    return tasks.stream().map(task -> new CampaignView.CurrentStep(task.getId(), task.getTaskDefinitionKey(),
        task.getName(), candidateGroups(task), task.getAssignee(), task.getCreateTime())).toList();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private String unitOptions(List<UnitSummary> units) {
    try {
      return json.writeValueAsString(units.stream()
          .map(unit -> Map.of("label", unit.name(), "value", unit.code())).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
