/* The appraisal page: Ủy ban Kiểm tra, the appraising body and the council each fill their column, proposal by proposal. */
(async () => {
  const id = App.param('id');
  const $ = selector => document.querySelector(selector);
  const messages = $('#messages');
  const labels = { items: 'Đề nghị', note: 'ghi chú', adjustedFormCode: 'hình thức điều chỉnh', conclusion: 'kết luận',
    result: 'kết quả xét', meetingDate: 'Ngày họp', membersPresent: 'Thành phần dự họp',
    disciplinePending: 'kỷ luật', investigationPending: 'thanh tra, điều tra', complaintPending: 'đơn thư' };
  const yesNo = [{ value: 'false', label: 'Không' }, { value: 'true', label: 'Có' }];
  const conclusions = [
    { value: 'AGREE', label: 'Đồng ý' }, { value: 'ADJUST_FORM', label: 'Điều chỉnh hình thức' },
    { value: 'DISAGREE', label: 'Không đồng ý' }, { value: 'SUPPLEMENT', label: 'Yêu cầu bổ sung' }];
  const councilResults = [{ value: 'AGREE', label: 'Hội đồng đồng ý' }, { value: 'DISAGREE', label: 'Hội đồng không đồng ý' }];
  let appraisal;

  function select(choices, value, field, cls, enabled) {
    const element = App.el('select', { class: cls, 'data-field': field, disabled: !enabled });
    App.options(element, choices, value === null || value === undefined ? '' : String(value), '– Chọn –');
    return element;
  }

  /** The nominee's awards in the registry, one short line each; a revoked one stays visible, struck through. */
  function earlierAwards(awards) {
    if (!awards.length) {
      return App.el('p', { class: 'earlier-awards muted' }, 'Sổ khen thưởng: chưa có khen thưởng nào');
    }
    return App.el('div', { class: 'earlier-awards' }, 'Sổ khen thưởng:',
      App.el('ul', {}, awards.map(award => App.el('li', { class: award.revoked ? 'revoked' : null },
        `${award.year} · ${award.formName} · QĐ ${award.decisionNumber}` + (award.revoked ? ' (đã thu hồi)' : '')))));
  }

  function row(item, i) {
    const p = item.proposal;
    const inspect = appraisal.canInspect;
    const conclude = appraisal.canConclude;
    const council = appraisal.canCouncil && item.conclusion && ['AGREE', 'ADJUST_FORM'].includes(item.conclusion);
    const adjusted = select(item.formChoices.map(f => ({ value: f.code, label: f.name })), item.adjustedFormCode,
      `items[${i}].adjustedFormCode`, 'adjusted', conclude);
    const conclusion = select(conclusions, item.conclusion, `items[${i}].conclusion`, 'conclusion', conclude);
    const toggle = () => { adjusted.hidden = conclusion.value !== 'ADJUST_FORM'; };
    conclusion.addEventListener('change', toggle);
    toggle();
    return App.el('tr', { 'data-item': item.itemId },
      App.el('td', {}, String(i + 1)),
      App.el('td', {}, App.el('strong', {}, p.nomineeName), ` (${p.nomineeKindLabel})`, App.el('br'), p.rewardFormName),
      App.el('td', {}, p.achievements, App.el('ul', {}, p.documents.map(doc => App.el('li', {},
        App.el('a', { href: doc.downloadUrl }, `${doc.kindLabel}: ${doc.fileName}`)))),
        p.missingDocuments.length ? App.el('p', { class: 'missing' }, 'Còn thiếu: ' + p.missingDocuments.join(', ')) : null),
      App.el('td', {}, 'Ghi nhận: ' + item.recordedRatingLabel, App.el('br'), 'Đơn vị kê khai: ' + p.declaredRatingLabel,
        item.ratingDisagrees ? App.el('p', { class: 'missing' }, 'Kê khai khác với xếp loại được ghi nhận') : null,
        App.el('br'), `Năm liên tục HTXSNV: ghi nhận ${item.recordedConsecutiveYears ?? '–'}, kê khai ${p.consecutiveExcellentYears}`,
        earlierAwards(item.earlierAwards)),
      App.el('td', {},
        App.el('label', { class: 'choice' }, 'Đang xem xét kỷ luật', select(yesNo, item.disciplinePending, `items[${i}].disciplinePending`, 'discipline', inspect)),
        App.el('label', { class: 'choice' }, 'Đang thanh tra, kiểm tra, điều tra', select(yesNo, item.investigationPending, `items[${i}].investigationPending`, 'investigation', inspect)),
        App.el('label', { class: 'choice' }, 'Đơn thư đang xác minh', select(yesNo, item.complaintPending, `items[${i}].complaintPending`, 'complaint', inspect)),
        App.el('input', { class: 'inspection-note', placeholder: 'Ghi chú', value: item.inspectionNote, disabled: !inspect, 'data-field': `items[${i}].note` })),
      App.el('td', {}, item.eligible === null ? App.el('span', { class: 'muted' }, 'Chưa áp dụng')
        : App.el('span', { class: item.eligible ? 'provided' : 'missing' }, (item.eligible ? 'Đủ điều kiện' : 'Chưa đủ điều kiện') + ': ' + item.eligibilityReason)),
      App.el('td', {}, conclusion, adjusted,
        App.el('input', { class: 'conclusion-note', placeholder: 'Lý do / hồ sơ cần bổ sung', value: item.conclusionNote, disabled: !conclude, 'data-field': `items[${i}].note` }),
        item.outcome ? App.el('p', {}, 'Kết quả: ' + (item.outcome === 'AGREED' ? 'Đồng ý' : 'Không đồng ý – ' + item.outcomeReason)) : null),
      App.el('td', {}, appraisal.track === 'STATE'
        ? [select(councilResults, item.councilResult === 'Hội đồng đồng ý' ? 'AGREE' : item.councilResult ? 'DISAGREE' : null,
            `items[${i}].result`, 'council-result', council),
          App.el('input', { class: 'council-note', placeholder: 'Ghi chú', value: item.councilNote, disabled: !council })]
        : App.el('span', { class: 'muted' }, 'Không áp dụng')));
  }

  function render() {
    $('#title').textContent = `Thẩm định hồ sơ – ${appraisal.unitName} – ${appraisal.trackLabel}`;
    $('#subtitle').textContent = `Đợt ${appraisal.phaseNumber} · ${appraisal.statusLabel}` + (appraisal.dueDate ? ` · Hạn thẩm định ${App.day(appraisal.dueDate)}` : '');
    $('#items').replaceChildren(...appraisal.items.map(row));
    const editing = appraisal.canInspect || appraisal.canConclude || appraisal.canCouncil;
    $('#save').hidden = !editing;
    $('#saveAndBack').hidden = !editing;
    $('#council').hidden = !appraisal.canCouncil && !appraisal.councilDate;
    $('#meetingDate').value = appraisal.councilDate || '';
    $('#membersPresent').value = appraisal.councilMembers || '';
    $('#meetingDate').disabled = !appraisal.canCouncil;
    $('#membersPresent').disabled = !appraisal.canCouncil;
    const step = appraisal.canInspect ? 'Bước của anh/chị: xác minh kỷ luật, đơn thư của từng đề nghị.'
      : appraisal.canConclude ? 'Bước của anh/chị: kết luận thẩm định từng đề nghị.'
      : appraisal.canCouncil ? 'Bước của anh/chị: ghi cuộc họp và kết quả xét của Hội đồng.' : 'Chỉ xem.';
    App.showMessage($('#step'), step, 'info');
    const back = App.tasklist(appraisal.openTaskId);
    $('#back').href = back;
    $('#backTop').href = back;
  }

  function rows() {
    return [...document.querySelectorAll('#items tr')];
  }

  function bool(element) {
    return element.value === '' ? null : element.value === 'true';
  }

  async function save(andBack) {
    try {
      if (appraisal.canInspect) {
        appraisal = await App.request('PUT', `/api/appraisals/${id}/inspection`, { items: rows().map(tr => ({
          itemId: Number(tr.dataset.item), disciplinePending: bool(tr.querySelector('.discipline')),
          investigationPending: bool(tr.querySelector('.investigation')), complaintPending: bool(tr.querySelector('.complaint')),
          note: tr.querySelector('.inspection-note').value })) });
      } else if (appraisal.canConclude) {
        appraisal = await App.request('PUT', `/api/appraisals/${id}/conclusions`, { items: rows().map(tr => ({
          itemId: Number(tr.dataset.item), conclusion: tr.querySelector('.conclusion').value || null,
          adjustedFormCode: tr.querySelector('.adjusted').value || null, note: tr.querySelector('.conclusion-note').value })) });
      } else if (appraisal.canCouncil) {
        appraisal = await App.request('PUT', `/api/appraisals/${id}/council`, {
          meetingDate: $('#meetingDate').value || null, membersPresent: $('#membersPresent').value,
          items: rows().filter(tr => !tr.querySelector('.council-result').disabled).map(tr => ({
            itemId: Number(tr.dataset.item), result: tr.querySelector('.council-result').value || null,
            note: tr.querySelector('.council-note').value })) });
      }
      if (andBack && appraisal.openTaskId) {
        location.href = App.tasklist(appraisal.openTaskId);
        return;
      }
      render();
      App.showMessage(messages, 'Đã lưu. Quay lại việc trong Tasklist và bấm Complete khi đã xong.');
    } catch (error) {
      App.showError(messages, error, labels);
    }
  }

  try {
    await App.init();
    appraisal = await App.request('GET', '/api/appraisals/' + id);
    render();
  } catch (error) {
    App.showError(messages, error, labels);
    return;
  }
  $('#save').addEventListener('click', () => save(false));
  $('#saveAndBack').addEventListener('click', () => save(true));
})();
