/*
 * The vote page: a Standing Committee member sets a ballot on each proposal (only the member's own ballots
 * are ever shown); once the vote is closed everyone allowed sees the counts, and Thường trực, while
 * concluding, names the proposals sent back for re-appraisal with a reason.
 */
(async () => {
  const id = App.param('vote');
  const $ = selector => document.querySelector(selector);
  const messages = $('#messages');
  const labels = { ballots: 'Đề nghị', items: 'Đề nghị', proposalId: 'mã đề nghị', choice: 'phiếu', reason: 'lý do trả lại',
    sendBack: 'trả lại', version: 'Phiên bản' };
  const choices = [{ value: 'AGREE', label: 'Đồng ý' }, { value: 'DISAGREE', label: 'Không đồng ý' },
    { value: 'ABSTAIN', label: 'Không biểu quyết' }];
  let vote;

  function ballotCell(item, i) {
    if (!vote.voter) return App.el('span', { class: 'muted' }, 'Không biểu quyết vòng này');
    if (!vote.canVote) {
      const mine = choices.find(choice => choice.value === item.myChoice);
      return mine ? App.el('strong', {}, mine.label) : App.el('span', { class: 'muted' }, 'Không có phiếu');
    }
    return App.el('div', { 'data-field': `ballots[${i}].choice` }, choices.map(choice => App.el('label', { class: 'choice' },
      App.el('input', { type: 'radio', name: 'choice-' + item.proposalId, value: choice.value,
        checked: item.myChoice === choice.value }), choice.label)));
  }

  function tallyCell(item) {
    if (!vote.tallyVisible || !item.tally) return App.el('span', { class: 'muted' }, 'Công bố sau khi biểu quyết kết thúc');
    const t = item.tally;
    return App.el('div', {},
      `${t.agree} đồng ý · ${t.disagree} không đồng ý · ${t.abstain} không biểu quyết / ${t.voters} thành viên`,
      App.el('br'), App.el('span', { class: t.outcome === 'APPROVED' ? 'provided' : 'missing' }, t.outcomeLabel));
  }

  function conclusionCell(item, i) {
    if (vote.canConclude) {
      const box = App.el('input', { type: 'checkbox', class: 'send-back', checked: item.sentBack, 'data-field': `items[${i}].sendBack` });
      const reason = App.el('input', { class: 'send-back-reason', placeholder: 'Lý do trả lại (bắt buộc khi trả lại)',
        value: item.sendBackReason, 'data-field': `items[${i}].reason` });
      const toggle = () => { reason.hidden = !box.checked; };
      box.addEventListener('change', toggle);
      toggle();
      return App.el('div', {}, App.el('label', { class: 'choice' }, box, 'Trả lại để thẩm định lại'), reason);
    }
    if (item.sentBack) return App.el('span', { class: 'missing' }, 'Trả lại để thẩm định lại: ' + item.sendBackReason);
    return App.el('span', { class: 'muted' }, vote.status === 'CONCLUDED' ? 'Theo kết quả kiểm phiếu' : '–');
  }

  function row(item, i) {
    const p = item.proposal;
    return App.el('tr', { 'data-proposal': item.proposalId },
      App.el('td', {}, String(i + 1)),
      App.el('td', {}, App.el('strong', {}, p.nomineeName), ` (${p.nomineeKindLabel})`, App.el('br'), item.unitName),
      App.el('td', {}, item.formName, App.el('br'), App.el('span', { class: 'muted' }, p.trackLabel)),
      App.el('td', {}, p.achievements, App.el('ul', {}, p.documents.map(doc => App.el('li', {},
        App.el('a', { href: doc.downloadUrl }, `${doc.kindLabel}: ${doc.fileName}`))))),
      App.el('td', {}, ballotCell(item, i)),
      App.el('td', {}, tallyCell(item)),
      App.el('td', {}, conclusionCell(item, i)));
  }

  function backTask() {
    return vote.myTaskId || vote.conclusionTaskId;
  }

  function render() {
    $('#title').textContent = `Ban Thường vụ xét duyệt – Đợt ${vote.phaseNumber}, vòng ${vote.reviewRound}`;
    $('#subtitle').textContent = `${vote.campaignTitle} (Kế hoạch số ${vote.planNumber}) · ${vote.statusLabel}`
      + ` · Hạn biểu quyết ${App.day(vote.deadline)} · ${vote.voterCount} thành viên`;
    $('#rule').textContent = vote.approvalRule + '.';
    $('#items').replaceChildren(...vote.items.map(row));
    const editing = vote.canVote || vote.canConclude;
    $('#save').hidden = !editing;
    $('#saveAndBack').hidden = !editing || !backTask();
    const step = vote.canConclude ? 'Bước của đồng chí: kết luận xét duyệt. Đánh dấu các đề nghị trả lại để thẩm định lại và ghi lý do.'
      : vote.canVote ? 'Bước của đồng chí: chọn phiếu cho từng đề nghị rồi Lưu. Phiếu chỉ đồng chí xem được và sửa được đến khi biểu quyết kết thúc.'
      : 'Chỉ xem.';
    App.showMessage($('#step'), step, 'info');
    const back = App.tasklist(backTask());
    $('#back').href = back;
    $('#backTop').href = back;
  }

  function rows() {
    return [...document.querySelectorAll('#items tr')];
  }

  async function save(andBack) {
    try {
      if (vote.canVote) {
        const ballots = rows().map(tr => {
          const checked = tr.querySelector('input[type=radio]:checked');
          return checked ? { proposalId: Number(tr.dataset.proposal), choice: checked.value } : null;
        }).filter(ballot => ballot);
        vote = await App.request('PUT', `/api/votes/${id}/ballots`, { version: vote.sheetVersion, ballots });
      } else if (vote.canConclude) {
        vote = await App.request('PUT', `/api/votes/${id}/send-backs`, { items: rows().map(tr => ({
          proposalId: Number(tr.dataset.proposal), sendBack: tr.querySelector('.send-back').checked,
          reason: tr.querySelector('.send-back-reason').value })) });
      }
      if (andBack && backTask()) {
        location.href = App.tasklist(backTask());
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
    vote = await App.request('GET', '/api/votes/' + id);
    render();
  } catch (error) {
    App.showError(messages, error, labels);
    return;
  }
  $('#save').addEventListener('click', () => save(false));
  $('#saveAndBack').addEventListener('click', () => save(true));
})();
