/*
 * The posting page: the open postings with their numbered entries, and a form to object to one entry
 * or to the whole list. Everything that comes from people (entries, objections) is written as text,
 * never as HTML.
 */
(() => {
  const CONTENT_MAX = 2000;
  const labels = { content: 'Nội dung phản ánh', name: 'Họ và tên', contact: 'Thông tin liên hệ', proposalId: 'Đề nghị' };
  const el = App.el;
  // a signed-in page sends the session's CSRF token, which the list's answer hands over
  let csrf = null;

  async function call(method, url, body) {
    const headers = { 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (csrf && method !== 'GET') headers[csrf.header] = csrf.token;
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
    if (method === 'GET' && response.headers.get('X-CSRF-TOKEN')) {
      csrf = { header: response.headers.get('X-CSRF-HEADER'), token: response.headers.get('X-CSRF-TOKEN') };
    }
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (notJson) { data = null; }
    if (response.status === 401) {
      throw { status: 401, message: 'Cần đăng nhập để xem và gửi phản ánh. Vui lòng đăng nhập lại rồi tải lại trang.' };
    }
    if (!response.ok) {
      throw { status: response.status, message: (data && data.message) || ('Lỗi ' + response.status), errors: (data && data.errors) || [] };
    }
    return data;
  }

  function period(posting) {
    const end = posting.endsAtTime ? `${posting.endsAtTime} ngày ${App.day(posting.endsOn)}` : `hết ngày ${App.day(posting.endsOn)}`;
    return `Thời gian công khai: từ ngày ${App.day(posting.startsOn)} đến ${end}`;
  }

  function objectionForm(posting, entry) {
    const prefix = `objection-${posting.id}-${entry ? entry.proposalId : 'general'}`;
    const messages = el('div', { class: 'objection-message', hidden: true });
    const content = el('textarea', { id: prefix + '-content', class: 'objection-content', maxlength: CONTENT_MAX, required: true, 'data-objection-field': 'content' });
    const counter = el('div', { class: 'counter' }, `0/${CONTENT_MAX} ký tự`);
    content.addEventListener('input', () => { counter.textContent = `${content.value.length}/${CONTENT_MAX} ký tự`; });
    const name = el('input', { id: prefix + '-name', class: 'objection-name', maxlength: 200, autocomplete: 'name', 'data-objection-field': 'name' });
    const contact = el('input', { id: prefix + '-contact', class: 'objection-contact', maxlength: 200, autocomplete: 'email', 'data-objection-field': 'contact' });
    const send = el('button', { type: 'submit', class: 'primary send-objection' }, 'Gửi phản ánh');
    const form = el('form', { class: 'card objection', novalidate: true, hidden: !!entry },
      el('h3', {}, entry ? `Phản ánh về đề nghị số ${entry.number}: ${entry.nomineeName}` : 'Phản ánh chung về danh sách'),
      messages,
      el('label', { for: content.id }, 'Nội dung phản ánh *'), content, counter,
      el('div', { class: 'grid' },
        el('div', {}, el('label', { for: name.id }, 'Họ và tên (không bắt buộc)'), name),
        el('div', {}, el('label', { for: contact.id }, 'Điện thoại hoặc thư điện tử (không bắt buộc)'), contact)),
      el('div', { class: 'actions' }, send));
    // App.showError marks fields across the page; here only this form's fields are marked
    const refused = error => {
      App.showError(messages, error, labels);
      form.querySelectorAll('[data-objection-field]').forEach(input => input.classList.remove('invalid'));
      (error.errors || []).forEach(fieldError => form.querySelectorAll(`[data-objection-field="${fieldError.field}"]`)
        .forEach(input => input.classList.add('invalid')));
    };
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (!content.value.trim()) {
        refused({ message: 'Phản ánh chưa gửi được', errors: [{ field: 'content', message: 'Nhập nội dung phản ánh' }] });
        return;
      }
      send.disabled = true;
      try {
        const sent = content.value;
        const receipt = await call('POST', `/api/public/postings/${posting.id}/objections`,
          { proposalId: entry ? entry.proposalId : null, content: sent, name: name.value || null, contact: contact.value || null });
        App.showMessage(messages, receipt.message);
        messages.append(el('div', { class: 'objection-sent' }, 'Nội dung đã gửi: ' + sent));
        content.value = '';
        counter.textContent = `0/${CONTENT_MAX} ký tự`;
        form.querySelectorAll('.invalid').forEach(input => input.classList.remove('invalid'));
      } catch (error) {
        refused(error);
      } finally {
        send.disabled = false;
      }
    });
    return form;
  }

  function entryItem(posting, entry) {
    const form = objectionForm(posting, entry);
    const toggle = el('button', { type: 'button', class: 'small open-objection' }, 'Gửi phản ánh về đề nghị này');
    toggle.addEventListener('click', () => {
      form.hidden = !form.hidden;
      if (!form.hidden) form.querySelector('textarea').focus();
    });
    const kind = entry.nomineeKindLabel ? ` (${entry.nomineeKindLabel})` : '';
    return el('li', { class: 'entry', 'data-proposal': entry.proposalId },
      el('div', { class: 'entry-name' }, entry.nomineeName + kind),
      entry.unitName ? el('div', { class: 'muted' }, 'Đơn vị đề nghị: ' + entry.unitName) : null,
      el('div', {}, 'Hình thức: ' + entry.rewardFormName + (entry.trackLabel ? ` – ${entry.trackLabel}` : '')),
      entry.achievements ? el('div', { class: 'entry-achievements' }, 'Thành tích: ' + entry.achievements) : null,
      toggle, form);
  }

  function postingSection(posting) {
    const about = [posting.campaignTitle, posting.planNumber ? 'Kế hoạch số ' + posting.planNumber : null, posting.phaseName]
      .filter(Boolean).join(' · ');
    return el('section', { class: 'posting', 'data-posting': posting.id },
      el('h2', {}, posting.title),
      el('p', { class: 'sub' }, about),
      el('p', { class: 'period' }, period(posting)),
      el('ol', { class: 'entries' }, posting.entries.map(entry => entryItem(posting, entry))),
      el('div', { class: 'general' }, objectionForm(posting, null)));
  }

  function decisionSection(decision) {
    const issued = decision.issuedOn ? new Date(decision.issuedOn).toLocaleDateString('vi-VN') : '';
    return el('section', { class: 'posting decision' },
      el('h2', {}, 'Quyết định số ' + decision.decisionNumber + (issued ? ' ngày ' + issued : '')),
      el('p', { class: 'sub' }, decision.decidedBy + ' · ' + decision.subject),
      el('ol', { class: 'entries' }, decision.awardees.map(awardee =>
        el('li', {}, awardee.nomineeName + ' (' + awardee.unitName + ') – ' + awardee.rewardFormName))));
  }

  async function loadDecisions() {
    const box = document.getElementById('decisions');
    try {
      const decisions = await call('GET', '/api/public/decisions');
      box.replaceChildren(...decisions.map(decisionSection));
      if (!decisions.length) box.append(el('p', { class: 'muted' }, 'Chưa có quyết định khen thưởng nào được ban hành.'));
    } catch (error) {
      box.replaceChildren();
      App.showError(document.getElementById('messages'), error);
    }
  }

  async function load() {
    const box = document.getElementById('postings');
    try {
      const postings = await call('GET', '/api/public/postings');
      box.replaceChildren(...postings.map(postingSection));
      if (!postings.length) box.append(el('p', { class: 'muted', id: 'none' }, 'Hiện không có danh sách nào đang được công khai.'));
    } catch (error) {
      box.replaceChildren();
      App.showError(document.getElementById('messages'), error);
    }
  }

  load();
  loadDecisions();
})();
