/*
 * One reward decision: what it says, its files (draft, issued text, signed scan, list for the superior
 * level) and its awardees. The signer's body or the issuing office uploads the signed scan here.
 */
(() => {
  const { el } = App;
  const id = App.param('id');
  const taskId = App.param('task');
  const messages = document.getElementById('messages');
  const money = amount => amount == null ? '' : amount.toLocaleString('vi-VN');

  function fact(term, value) {
    return value ? [el('dt', {}, term), el('dd', {}, value)] : [];
  }

  function render(decision, documents) {
    document.getElementById('title').textContent = decision.authorityLabel + ' – ' + decision.statusLabel;
    document.getElementById('subtitle').textContent = decision.subject;
    document.getElementById('facts').replaceChildren(
      ...fact('Cấp quyết định', decision.decidedBy),
      ...fact('Số quyết định', decision.decisionNumber),
      ...fact('Ngày', decision.issuedOn ? App.day(decision.issuedOn) : null),
      ...fact('Người ký', decision.signerName ? decision.signerName + ' (' + decision.signerTitle.replace('\n', ' ') + ')' : null),
      ...fact('Lý do trả lại', decision.refusalReason),
      ...fact('Tờ trình', decision.submissionNumber),
      ...fact('Tổng tiền thưởng', decision.totalMoney ? money(decision.totalMoney) + ' đồng' : null));
    document.getElementById('documents').replaceChildren(...documents.map(document => el('tr', {},
      el('td', {}, document.kindLabel + (document.ofRecord ? ' (văn bản chính thức)' : '')),
      el('td', {}, el('a', { href: document.downloadUrl }, document.fileName)),
      el('td', {}, App.size(document.size)),
      el('td', {}, new Date(document.uploadedAt).toLocaleString('vi-VN')),
      el('td', {}))));
    if (!documents.length) {
      document.getElementById('documents').append(el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'Chưa có tệp nào.')));
    }
    document.getElementById('items').replaceChildren(...decision.items.map((item, index) => el('tr', { class: item.included ? '' : 'muted' },
      el('td', {}, String(index + 1)),
      el('td', {}, item.nomineeName + ' (' + item.nomineeKindLabel + ')'),
      el('td', {}, item.unitName),
      el('td', {}, item.rewardFormName),
      el('td', { class: 'number' }, money(item.money)),
      el('td', {}, !item.included ? 'Đã bỏ khỏi dự thảo' : item.awarded === false ? 'Không được khen thưởng'
        : item.awardId ? 'Đã vào sổ khen thưởng' : ''))));
    const scanAllowed = (decision.status === 'SIGNED' || decision.status === 'ISSUED')
      && (decision.authority === 'PARTY_COMMITTEE' || decision.authority === 'PEOPLES_COMMITTEE_CHAIR');
    document.getElementById('scan').hidden = !scanAllowed;
    // the awardees entered the registry under this decision's number (or the superior's answer)
    const recorded = decision.items.find(item => item.awardId);
    document.getElementById('registry').hidden = !recorded;
    if (recorded) {
      const number = recorded.answerDecisionNumber || decision.decisionNumber;
      document.getElementById('registryLink').href = '/app/registry.html' + (number ? '?q=' + encodeURIComponent(number) : '');
    }
  }

  async function load() {
    const [decision, documents] = await Promise.all([
      App.request('GET', `/api/decisions/${id}`), App.request('GET', `/api/decisions/${id}/documents`)]);
    render(decision, documents);
  }

  async function uploadScan() {
    const input = document.getElementById('scanFile');
    if (!input.files.length) {
      App.showMessage(messages, 'Chọn tệp bản quét trước khi tải lên.', 'error');
      return;
    }
    const data = new FormData();
    data.append('file', input.files[0]);
    try {
      await App.request('POST', `/api/decisions/${id}/documents`, data);
      input.value = '';
      await load();
      App.showMessage(messages, 'Đã tải lên bản quét; đây là văn bản chính thức của quyết định.');
    } catch (error) {
      App.showError(messages, error);
    }
  }

  (async () => {
    try {
      await App.init();
      if (taskId) document.getElementById('back').href = App.tasklist(taskId);
      document.getElementById('uploadScan').addEventListener('click', uploadScan);
      await load();
    } catch (error) {
      App.showError(messages, error);
    }
  })();
})();
