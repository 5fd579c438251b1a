/*
 * The results page: the unit enters what it achieved per pledged target, its reward proposals
 * and their dossier files. Every save goes straight to the server, so nothing is lost on leaving.
 */
(async () => {
  const id = App.param('id');
  const $ = selector => document.querySelector(selector);
  const messages = $('#messages');
  const labels = {
    narrative: 'Báo cáo tóm tắt', results: 'Kết quả', achievedQuantity: 'đạt được', selfAssessment: 'tự đánh giá',
    note: 'ghi chú', nomineeKind: 'Đối tượng', nomineeUnitId: 'Tập thể', nomineeMemberId: 'Cá nhân', track: 'Khối',
    rewardFormCode: 'Hình thức', declaredRating: 'Xếp loại', consecutiveExcellentYears: 'Số năm liên tục',
    achievements: 'Thành tích', memberCount: 'Tổng số thành viên', membersCompletingTasks: 'Số hoàn thành nhiệm vụ',
    membersAdvancedWorkers: 'Số Lao động tiên tiến', membersEmulationFighters: 'Số Chiến sĩ thi đua cơ sở',
    file: 'Tệp', kind: 'Loại hồ sơ', version: 'Phiên bản'
  };
  const assessments = [
    { value: 'EXCEEDED', label: 'Vượt chỉ tiêu' }, { value: 'MET', label: 'Đạt chỉ tiêu' }, { value: 'NOT_MET', label: 'Chưa đạt chỉ tiêu' }
  ];
  let report;
  let editing = null;
  let forms = [];

  async function load() {
    report = await App.request('GET', '/api/reports/' + id);
    render();
  }

  function render() {
    $('#title').textContent = 'Báo cáo kết quả thi đua – ' + report.unit.name;
    $('#subtitle').textContent = `${report.campaignTitle} (Kế hoạch số ${report.planNumber}) · ${report.phaseName} · Hạn nộp ${App.day(report.resultsDeadline)} · Trạng thái: ${report.statusLabel}`;
    if (report.headRemarks && report.status === 'DRAFT') {
      App.showMessage($('#remarks'), 'Thủ trưởng đơn vị trả lại, cần sửa: ' + report.headRemarks, 'error');
    }
    $('#results').replaceChildren(...report.results.map((result, i) => {
      const assessment = App.el('select', { class: 'result-assessment', 'data-field': `results[${i}].selfAssessment`, 'aria-label': 'Tự đánh giá' });
      App.options(assessment, assessments, result.selfAssessment, '– Chọn –');
      return App.el('tr', {},
        App.el('td', {}, result.contentAreaTitle || result.contentAreaCode),
        App.el('td', {}, result.target),
        App.el('td', {}, `${result.plannedQuantity} ${result.unitOfMeasure}`),
        App.el('td', {}, App.el('input', { class: 'result-achieved', inputmode: 'decimal', 'aria-label': 'Đạt được', 'data-field': `results[${i}].achievedQuantity`, value: result.achievedQuantity })),
        App.el('td', {}, assessment),
        App.el('td', {}, App.el('input', { class: 'result-note', 'aria-label': 'Ghi chú', 'data-field': `results[${i}].note`, value: result.note })));
    }));
    if (!report.results.length) {
      $('#results').append(App.el('tr', {}, App.el('td', { colspan: 6, class: 'muted' }, 'Đơn vị không có chỉ tiêu đã được duyệt.')));
    }
    $('#narrative').value = report.narrative || '';
    $('#proposals').replaceChildren(...report.proposals.map(proposalCard));
    if (!report.proposals.length) $('#proposals').append(App.el('p', { class: 'muted' }, 'Chưa có đề nghị khen thưởng nào.'));
    const back = App.tasklist(report.openTaskId);
    $('#back').href = back;
    $('#backTop').href = back;
    if (!report.editable) {
      document.querySelectorAll('#reportForm input, #reportForm select, #reportForm textarea').forEach(el => { el.disabled = true; });
      $('#saveResults').hidden = true;
      $('#newProposal').hidden = true;
      App.showMessage($('#readonly'), 'Chỉ xem: báo cáo đang ở trạng thái "' + report.statusLabel + '".', 'info');
    }
  }

  function proposalCard(proposal, index) {
    const required = App.el('ul', {}, proposal.requiredDocuments.map(doc => App.el('li', {},
      App.el('span', { class: doc.provided ? 'provided' : 'missing' }, doc.provided ? '✓ ' : '✗ '), doc.label,
      doc.provided ? '' : ' (còn thiếu)')));
    const files = App.el('table', {}, App.el('thead', {}, App.el('tr', {}, App.el('th', {}, 'Loại hồ sơ'), App.el('th', {}, 'Tệp'),
      App.el('th', {}, 'Dung lượng'), App.el('th', {}, 'SHA-256'), App.el('th', {}, ''))),
      App.el('tbody', {}, proposal.documents.map(doc => App.el('tr', {},
        App.el('td', {}, doc.kindLabel),
        App.el('td', {}, App.el('a', { href: doc.downloadUrl, class: 'document-link' }, doc.fileName)),
        App.el('td', {}, App.size(doc.size)),
        App.el('td', { class: 'muted', title: doc.sha256 }, doc.sha256.substring(0, 12) + '…'),
        App.el('td', {}, proposal.editable ? App.el('button', { type: 'button', class: 'small', onclick: () => detach(proposal, doc) }, 'Xóa') : '')))));
    const card = App.el('div', { class: 'card proposal', 'data-proposal': proposal.id },
      App.el('h3', {}, `${index + 1}. ${proposal.nomineeName} (${proposal.nomineeKindLabel}) – ${proposal.rewardFormName}`),
      App.el('p', {}, `${proposal.trackLabel} · Xếp loại năm: ${proposal.declaredRatingLabel} · ${proposal.consecutiveExcellentYears} năm liên tục HTXSNV`),
      App.el('p', {}, 'Thành tích: ' + proposal.achievements),
      proposal.countsRequired ? App.el('p', {}, `Tổng số ${proposal.memberCount}; hoàn thành nhiệm vụ ${proposal.membersCompletingTasks}; Lao động tiên tiến ${proposal.membersAdvancedWorkers}; Chiến sĩ thi đua cơ sở ${proposal.membersEmulationFighters}`) : null,
      App.el('strong', {}, 'Hồ sơ bắt buộc:'), required,
      proposal.documents.length ? files : App.el('p', { class: 'muted' }, 'Chưa có tệp hồ sơ.'));
    if (proposal.status === 'SUPPLEMENT_REQUESTED') {
      card.append(App.el('p', { class: 'missing' }, 'Ban thẩm định yêu cầu bổ sung hồ sơ cho đề nghị này.'));
    }
    if (proposal.editable) {
      const kind = App.el('select', { class: 'upload-kind', 'aria-label': 'Loại hồ sơ' });
      App.options(kind, proposal.requiredDocuments.map(doc => ({ value: doc.kind, label: doc.label })),
        (proposal.requiredDocuments.find(doc => !doc.provided) || {}).kind);
      const file = App.el('input', { type: 'file', class: 'upload-file', accept: '.pdf,.docx,.jpg,.jpeg,.png', 'aria-label': 'Chọn tệp' });
      const status = App.el('div', { hidden: true });
      card.append(App.el('div', { class: 'grid' },
        App.el('div', {}, App.el('label', {}, 'Loại hồ sơ'), kind),
        App.el('div', {}, App.el('label', {}, 'Tệp (PDF, DOCX, JPEG, PNG)'), file)),
        App.el('div', { class: 'actions' },
          App.el('button', { type: 'button', class: 'upload', onclick: () => upload(proposal, kind.value, file, status) }, 'Tải lên'),
          App.el('button', { type: 'button', onclick: () => edit(proposal) }, 'Sửa đề nghị'),
          report.editable ? App.el('button', { type: 'button', onclick: () => remove(proposal) }, 'Xóa đề nghị') : null),
        status);
    }
    return card;
  }

  async function upload(proposal, kind, input, status) {
    if (!input.files.length) {
      App.showMessage(status, 'Chọn tệp cần tải lên.', 'error');
      return;
    }
    const data = new FormData();
    data.append('kind', kind);
    data.append('file', input.files[0]);
    try {
      await App.request('POST', `/api/proposals/${proposal.id}/documents`, data);
      await load();
      App.showMessage(messages, `Đã tải lên "${input.files[0].name}".`);
    } catch (error) {
      App.showError(status, error, labels);
    }
  }

  async function detach(proposal, doc) {
    if (!confirm(`Xóa tệp "${doc.fileName}"?`)) return;
    try {
      await App.request('DELETE', `/api/proposals/${proposal.id}/documents/${doc.id}`);
      await load();
    } catch (error) {
      App.showError(messages, error, labels);
    }
  }

  async function remove(proposal) {
    if (!confirm(`Xóa đề nghị cho ${proposal.nomineeName} cùng các tệp hồ sơ của nó?`)) return;
    try {
      await App.request('DELETE', '/api/proposals/' + proposal.id);
      await load();
    } catch (error) {
      App.showError(messages, error, labels);
    }
  }

  function nomineeKind() {
    return document.querySelector('input[name=nomineeKind]:checked').value;
  }

  function fillNominees(selected) {
    const collective = nomineeKind() === 'COLLECTIVE';
    const choices = collective ? report.nominees.collectives : report.nominees.members;
    App.options($('#nominee'), choices.map(c => ({ value: c.id, label: c.name })), selected, '– Chọn –');
    $('#nominee').dataset.field = collective ? 'nomineeUnitId' : 'nomineeMemberId';
  }

  async function fillForms(selected) {
    const query = new URLSearchParams({ track: $('#track').value, nomineeKind: nomineeKind(), active: 'true' });
    forms = await App.request('GET', '/api/reward-forms?' + query);
    App.options($('#rewardForm'), forms.map(f => ({ value: f.code, label: f.name })), selected, '– Chọn –');
    toggleCounts();
  }

  function toggleCounts() {
    const form = forms.find(f => f.code === $('#rewardForm').value);
    $('#counts').hidden = !(form && form.kind === 'TITLE' && $('#track').value === 'STATE' && nomineeKind() === 'COLLECTIVE');
  }

  async function edit(proposal) {
    editing = proposal;
    $('#proposalFormTitle').textContent = proposal ? 'Sửa đề nghị khen thưởng' : 'Đề nghị khen thưởng mới';
    $('#proposalMessages').hidden = true;
    document.querySelector(`input[name=nomineeKind][value=${proposal ? proposal.nomineeKind : 'COLLECTIVE'}]`).checked = true;
    if (!report.nominees) report.nominees = { collectives: [], members: [] };
    fillNominees(proposal ? (proposal.nomineeUnitId || proposal.nomineeMemberId) : null);
    $('#track').value = proposal ? proposal.track : 'PARTY';
    $('#declaredRating').value = proposal ? proposal.declaredRating : '';
    $('#consecutiveYears').value = proposal ? proposal.consecutiveExcellentYears : 0;
    $('#achievements').value = proposal ? proposal.achievements : '';
    ['memberCount', 'membersCompletingTasks', 'membersAdvancedWorkers', 'membersEmulationFighters']
      .forEach(field => { $('#' + field).value = proposal && proposal[field] !== null ? proposal[field] : ''; });
    await fillForms(proposal ? proposal.rewardFormCode : null);
    $('#proposalForm').hidden = false;
    $('#newProposal').hidden = true;
    $('#proposalForm').scrollIntoView({ block: 'start' });
  }

  function number(selector) {
    const value = $(selector).value.trim();
    return value === '' ? null : value;
  }

  async function saveProposal() {
    const collective = nomineeKind() === 'COLLECTIVE';
    const body = {
      nomineeKind: nomineeKind(),
      nomineeUnitId: collective ? ($('#nominee').value || null) : null,
      nomineeMemberId: collective ? null : ($('#nominee').value || null),
      track: $('#track').value,
      rewardFormCode: $('#rewardForm').value,
      declaredRating: $('#declaredRating').value || null,
      consecutiveExcellentYears: number('#consecutiveYears'),
      achievements: $('#achievements').value,
      memberCount: number('#memberCount'),
      membersCompletingTasks: number('#membersCompletingTasks'),
      membersAdvancedWorkers: number('#membersAdvancedWorkers'),
      membersEmulationFighters: number('#membersEmulationFighters'),
      version: editing ? editing.version : null
    };
    try {
      if (editing) await App.request('PUT', '/api/proposals/' + editing.id, body);
      else await App.request('POST', `/api/reports/${id}/proposals`, body);
      closeProposalForm();
      await load();
      App.showMessage(messages, 'Đã lưu đề nghị. Hãy tải lên các tệp hồ sơ bắt buộc của đề nghị.');
    } catch (error) {
      App.showError($('#proposalMessages'), error, labels);
    }
  }

  function closeProposalForm() {
    editing = null;
    $('#proposalForm').hidden = true;
    $('#newProposal').hidden = !report.editable;
  }

  async function saveResults() {
    const body = {
      narrative: $('#narrative').value,
      results: [...document.querySelectorAll('#results tr')].filter(row => row.querySelector('.result-achieved')).map(row => ({
        achievedQuantity: row.querySelector('.result-achieved').value.trim().replace(',', '.') || null,
        selfAssessment: row.querySelector('.result-assessment').value || null,
        note: row.querySelector('.result-note').value
      })),
      version: report.version
    };
    try {
      report = await App.request('PUT', '/api/reports/' + id, body);
      render();
      App.showMessage(messages, 'Đã lưu kết quả và báo cáo tóm tắt.');
    } catch (error) {
      App.showError(messages, error, labels);
    }
  }

  try {
    await App.init();
    await load();
  } catch (error) {
    App.showError(messages, error, labels);
    $('#reportForm').hidden = true;
    $('#newProposal').hidden = true;
    return;
  }
  $('#reportForm').addEventListener('submit', event => { event.preventDefault(); saveResults(); });
  $('#newProposal').addEventListener('click', () => edit(null));
  $('#cancelProposal').addEventListener('click', closeProposalForm);
  $('#proposalForm').addEventListener('submit', event => { event.preventDefault(); saveProposal(); });
  document.querySelectorAll('input[name=nomineeKind]').forEach(radio => radio.addEventListener('change', () => { fillNominees(null); fillForms(null); }));
  $('#track').addEventListener('change', () => fillForms(null));
  $('#rewardForm').addEventListener('change', toggleCounts);
})();
