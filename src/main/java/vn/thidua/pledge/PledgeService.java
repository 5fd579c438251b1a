package vn.thidua.pledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.ContentArea;
import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.RewardCatalogue;
import vn.thidua.catalogue.RewardFormView;
import vn.thidua.form.FormValidationException;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.pledge.PledgeView.Choice;
import vn.thidua.security.UnitAccess;
import vn.thidua.web.ApiException;

/** Units' registrations: opened by the process, edited by the unit, reviewed by Ban Tổ chức. */
@Service
@Transactional
public class PledgeService {

  static final String REGISTRATION_CLOSED = "PledgeRegistrationClosed";
  static final String REGISTER_TASK = "Task_RegisterPledge";

  private final PledgeRepository pledges;
  private final PledgeMapper mapper;
  private final PledgeFormVariables formVariables;
  private final CampaignService campaigns;
  private final OrganizationService organization;
  private final RewardCatalogue catalogue;
  private final UnitAccess access;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Clock clock;

  PledgeService(PledgeRepository pledges, PledgeMapper mapper, PledgeFormVariables formVariables,
      CampaignService campaigns, OrganizationService organization, RewardCatalogue catalogue, UnitAccess access,
      RuntimeService runtimeService, TaskService taskService, Clock clock) {
    this.pledges = pledges;
    this.mapper = mapper;
    this.formVariables = formVariables;
    this.campaigns = campaigns;
    this.organization = organization;
    this.catalogue = catalogue;
    this.access = access;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.clock = clock;
  }

  /**
   * The unit's registration in the campaign, created as a draft the first time (a retried job finds
   * it); a registration that another process opened is not this one's to take.
   */
  Pledge open(String campaignId, long unitId, String processInstanceId) {
    return pledges.findByCampaignIdAndUnitId(campaignId, unitId).map(existing -> {
      if (!processInstanceId.equals(existing.getProcessInstanceId())) {
        throw new IllegalStateException("Pledge " + existing.getId() + " belongs to process instance "
            + existing.getProcessInstanceId() + ", not " + processInstanceId);
      }
      return existing;
    }).orElseGet(() -> pledges.save(new Pledge(campaignId, unitId, processInstanceId)));
  }

  /** The registration a pledge-registration process instance opened: found by the engine's id, never by a variable. */
  Pledge ofProcess(String processInstanceId) {
    return pledges.findByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new IllegalStateException("No registration was opened by process instance " + processInstanceId));
  }

  @Transactional(readOnly = true)
  public PledgeView view(long id) {
    Pledge pledge = pledge(id);
    UnitSummary unit = unit(pledge.getUnitId());
    access.checkRead(unit);
    return view(pledge, campaigns.summary(pledge.getCampaignId()), unit);
  }

  /** The registrations of a campaign the person may see: all for the reviewing bodies, their own for a unit. */
  @Transactional(readOnly = true)
  public List<PledgeView> list(String campaignId) {
    CampaignSummary campaign = campaigns.summary(campaignId);
    Map<Long, UnitSummary> units = organization.allUnits().stream()
        .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    return pledges.findByCampaignIdOrderByIdAsc(campaignId).stream()
        .filter(pledge -> access.canRead(units.get(pledge.getUnitId())))
        .map(pledge -> view(pledge, campaign, units.get(pledge.getUnitId())))
        .toList();
  }

  /** The unit saves its whole registration while it holds it (draft or returned). */
  public PledgeView update(long id, PledgeRequest request, String by) {
    Pledge pledge = pledge(id);
    UnitSummary unit = unit(pledge.getUnitId());
    access.checkUnit(unit);
    if (!pledge.getStatus().withUnit()) {
      throw ApiException.conflict("Bản đăng ký đang ở trạng thái \"" + pledge.getStatus().label()
          + "\", không sửa được");
    }
    if (request.version() != pledge.getVersion()) {
      throw ApiException.conflict("Bản đăng ký đã được người khác cập nhật. Vui lòng tải lại trang rồi nhập lại.");
    }
    CampaignSummary campaign = campaigns.summary(pledge.getCampaignId());
    checkChoices(request, campaign);
    pledge.edit(request.responsePlanSummary(), request.responseMeasures(),
        request.targets().stream().map(mapper::toTarget).toList(), List.copyOf(new LinkedHashSet<>(request.titleCodes())),
        request.signerName(), request.signedOn(), by, clock.instant());
    pledges.flush();
    formVariables.refresh(pledge, campaign, titleNames());
    return view(pledge, campaign, unit);
  }

  /** The unit submits its registration from Tasklist: refused while it has no targets saved. */
  void submit(long id, String by) {
    Pledge pledge = pledge(id);
    if (pledge.getTargets().isEmpty() || pledge.getSignerName() == null) {
      throw new FormValidationException("Bản đăng ký chưa có chỉ tiêu nào. Hãy bấm \"Mở trang nhập bản đăng ký\", "
          + "nhập kế hoạch, chỉ tiêu, danh hiệu, người ký rồi bấm Lưu trước khi hoàn thành.");
    }
    pledge.submit(by, clock.instant());
    formVariables.refresh(pledge, campaigns.summary(pledge.getCampaignId()), titleNames());
  }

  /** Ban Tổ chức accepts the registration or returns it to the unit with a reason. */
  void review(long id, boolean accepted, String reason, String by) {
    Pledge pledge = pledge(id);
    if (accepted) {
      pledge.accept(by, clock.instant());
    } else {
      pledge.returnToUnit(reason, by, clock.instant());
    }
    formVariables.refresh(pledge, campaigns.summary(pledge.getCampaignId()), titleNames());
  }

  /** The unit still has to act: reminders and urging are for these only. */
  @Transactional(readOnly = true)
  boolean awaitingUnit(long id) {
    return pledge(id).getStatus().withUnit();
  }

  /** Ban Tổ chức closes registration: refused while registrations wait for its own review. */
  public void closeRegistration(String campaignId) {
    CampaignSummary campaign = campaigns.summary(campaignId);
    if (campaign.status() != CampaignStatus.PLEDGE_REGISTRATION) {
      throw ApiException.conflict("Phong trào không ở giai đoạn đăng ký thi đua (hiện: "
          + campaign.status().label(campaign.currentPhase()) + ")");
    }
    long awaiting = awaitingReview(campaignId);
    if (awaiting > 0) {
      throw ApiException.conflict(awaitingReviewMessage(awaiting));
    }
    try {
      runtimeService.createMessageCorrelation(REGISTRATION_CLOSED).processInstanceId(campaign.processInstanceId())
          .correlate();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw ApiException.conflict("Đăng ký thi đua của phong trào này đã đóng");
    }
  }

  /** Closing from Tasklist: refused the same way while registrations wait for review. */
  void checkNothingAwaitsReview(String campaignId) {
    long awaiting = awaitingReview(campaignId);
    if (awaiting > 0) {
      throw new FormValidationException(awaitingReviewMessage(awaiting));
    }
  }

  private long awaitingReview(String campaignId) {
    return pledges.countByCampaignIdAndStatus(campaignId, PledgeStatus.SUBMITTED);
  }

  private static String awaitingReviewMessage(long awaiting) {
    return "Còn " + awaiting + " bản đăng ký chờ Ban Tổ chức xem xét. "
        + "Hãy duyệt hoặc trả lại các bản đăng ký đó trước khi đóng đăng ký.";
  }

  /** After registration closes, every unit not accepted is recorded as not registered. */
  int recordMissing(String campaignId) {
    int missing = 0;
    List<Long> unitIds = campaigns.summary(campaignId).unitIds();
    for (Long unitId : unitIds) {
      Optional<Pledge> found = pledges.findByCampaignIdAndUnitId(campaignId, unitId);
      if (found.isEmpty()) {
        Pledge never = pledges.save(new Pledge(campaignId, unitId, null));
        never.recordMissing();
        missing++;
      } else if (found.get().getStatus() != PledgeStatus.ACCEPTED) {
        found.get().recordMissing();
        missing++;
      }
    }
    return missing;
  }

  /** How registration stands, for Ban Tổ chức's closing task. */
  @Transactional(readOnly = true)
  RegistrationProgress progress(String campaignId) {
    CampaignSummary campaign = campaigns.summary(campaignId);
    Map<Long, PledgeStatus> statuses = pledges.findByCampaignIdOrderByIdAsc(campaignId).stream()
        .collect(Collectors.toMap(Pledge::getUnitId, Pledge::getStatus));
    List<String> notAccepted = new ArrayList<>();
    int accepted = 0;
    int awaitingReview = 0;
    for (Long unitId : campaign.unitIds()) {
      PledgeStatus status = statuses.getOrDefault(unitId, PledgeStatus.DRAFT);
      if (status == PledgeStatus.ACCEPTED) {
        accepted++;
      } else {
        if (status == PledgeStatus.SUBMITTED) {
          awaitingReview++;
        }
        notAccepted.add(unit(unitId).name() + " (" + status.label() + ")");
      }
    }
    return new RegistrationProgress(campaign.unitIds().size(), accepted, awaitingReview, notAccepted);
  }

  record RegistrationProgress(int units, int accepted, int awaitingReview, List<String> notAccepted) {
  }

  /** The targets a unit reports its results against: those of its accepted registration. */
  @Transactional(readOnly = true)
  public Optional<List<PledgeTarget>> acceptedTargets(String campaignId, long unitId) {
    return pledges.findByCampaignIdAndUnitId(campaignId, unitId)
        .filter(pledge -> pledge.getStatus() == PledgeStatus.ACCEPTED)
        .map(pledge -> List.copyOf(pledge.getTargets()));
  }

  /** The units whose registration was accepted, in the campaign's order. */
  @Transactional(readOnly = true)
  public List<Long> acceptedUnitIds(String campaignId) {
    List<Long> accepted = pledges.findByCampaignIdOrderByIdAsc(campaignId).stream()
        .filter(pledge -> pledge.getStatus() == PledgeStatus.ACCEPTED).map(Pledge::getUnitId).toList();
    return campaigns.summary(campaignId).unitIds().stream().filter(accepted::contains).toList();
  }

  private void checkChoices(PledgeRequest request, CampaignSummary campaign) {
    List<ApiException.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < request.targets().size(); i++) {
      String code = request.targets().get(i).contentAreaCode();
      if (campaign.contentArea(code).isEmpty()) {
        errors.add(new ApiException.FieldError("targets[" + i + "].contentAreaCode",
            "Nội dung thi đua \"" + code + "\" không có trong phong trào"));
      }
    }
    Map<String, String> titles = titleNames();
    for (int i = 0; i < request.titleCodes().size(); i++) {
      String code = request.titleCodes().get(i);
      if (!titles.containsKey(code)) {
        errors.add(new ApiException.FieldError("titleCodes[" + i + "]",
            "Danh hiệu \"" + code + "\" không có trong danh mục hoặc không dành cho tập thể"));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest("Dữ liệu không hợp lệ", errors);
    }
  }

  /** Titles a unit can register for: active catalogue forms a collective can receive. */
  private Map<String, String> titleNames() {
    return catalogue.active().stream().filter(form -> form.nomineeScope().allows(NomineeKind.COLLECTIVE))
        .collect(Collectors.toMap(RewardFormView::code, RewardFormView::name, (a, b) -> a,
            LinkedHashMap::new));
  }

  private PledgeView view(Pledge pledge, CampaignSummary campaign, UnitSummary unit) {
    Map<String, String> titles = titleNames();
    Map<String, String> areas = campaign.contentAreas().stream()
        .collect(Collectors.toMap(ContentArea::code, ContentArea::title));
    boolean editable = pledge.getStatus().withUnit() && access.isUnit(unit)
        && campaign.status() == CampaignStatus.PLEDGE_REGISTRATION;
    return new PledgeView(pledge.getId(), campaign.id(), campaign.planNumber(), campaign.title(),
        campaign.pledgeDeadline(), new PledgeView.UnitRef(unit.id(), unit.code(), unit.name()),
        pledge.getStatus(), pledge.getStatus().label(), pledge.getResponsePlanSummary(),
        pledge.getResponseMeasures(),
        pledge.getTargets().stream().map(target -> mapper.toView(target, areas.get(target.contentAreaCode()))).toList(),
        pledge.getTitleCodes().stream().map(code -> new Choice(code, titles.getOrDefault(code, code))).toList(),
        pledge.getSignerName(), pledge.getSignedOn(), pledge.getReturnReason(), pledge.getSubmittedBy(),
        pledge.getSubmittedAt(), pledge.getReviewedBy(), pledge.getReviewedAt(), pledge.getVersion(), editable,
        openTaskId(pledge),
        campaign.contentAreas().stream().map(area -> new Choice(area.code(), area.title())).toList(),
        titles.entrySet().stream().map(entry -> new Choice(entry.getKey(), entry.getValue())).toList());
  }

  private String openTaskId(Pledge pledge) {
    if (pledge.getProcessInstanceId() == null) {
      return null;
    }
    Task task = taskService.createTaskQuery().processInstanceId(pledge.getProcessInstanceId())
        .taskDefinitionKey(REGISTER_TASK).singleResult();
    return task == null ? null : task.getId();
  }

  private Pledge pledge(long id) {
    return pledges.findById(id).orElseThrow(() -> ApiException.notFound("Không tìm thấy bản đăng ký " + id));
  }

  UnitSummary unit(long unitId) {
    return organization.findUnit(unitId)
        .orElseThrow(() -> new IllegalStateException("Unit " + unitId + " is not in the registry"));
  }
}
