/* The registration page: the unit enters its response plan, targets and titles; the reviewing bodies read it. */
(async () => {
  const id = App.param('id');
  const $ = selector => document.querySelector(selector);
  const messages = $('#messages');
  const labels = {
    responsePlanSummary: 'Tóm tắt kế hoạch', responseMeasures: 'Biện pháp', targets: 'Chỉ tiêu', titleCodes: 'Danh hiệu',
    signerName: 'Người ký', signedOn: 'Ngày ký', contentAreaCode: 'nội dung thi đua', target: 'chỉ tiêu',
    quantity: 'số lượng', unitOfMeasure: 'đơn vị tính', version: 'Phiên bản'
  };
  let pledge;

  function targetRow(target = {}) {
    const area = App.el('select', { 'aria-label': 'Nội dung thi đua' });
    App.options(area, pledge.contentAreas.map(c => ({ value: c.code, label: c.name })), target.contentAreaCode, '– Chọn –');
    const row = App.el('tr', { class: 'target' },
      App.el('td', {}, area),
      App.el('td', {}, App.el('input', { class: 'target-text', 'aria-label': 'Chỉ tiêu', value: target.target })),
      App.el('td', {}, App.el('input', { class: 'target-quantity', inputmode: 'decimal', 'aria-label': 'Số lượng', value: target.quantity })),
      App.el('td', {}, App.el('input', { class: 'target-unit', 'aria-label': 'Đơn vị tính', value: target.unitOfMeasure })),
      App.el('td', {}, App.el('button', { type: 'button', class: 'small', title: 'Xóa dòng', onclick: () => { row.remove(); numberRows(); } }, 'Xóa')));
    area.classList.add('target-area');
    return row;
  }

  function numberRows() {
    document.querySelectorAll('#targets tr').forEach((row, i) => {
      row.querySelector('.target-area').dataset.field = `targets[${i}].contentAreaCode`;
      row.querySelector('.target-text').dataset.field = `targets[${i}].target`;
      row.querySelector('.target-quantity').dataset.field = `targets[${i}].quantity`;
      row.querySelector('.target-unit').dataset.field = `targets[${i}].unitOfMeasure`;
    });
  }

  function render() {
    $('#title').textContent = 'Bản đăng ký thi đua – ' + pledge.unit.name;
    $('#subtitle').textContent = `${pledge.campaignTitle} (Kế hoạch số ${pledge.planNumber}) · Hạn đăng ký ${App.day(pledge.pledgeDeadline)} · Trạng thái: ${pledge.statusLabel}`;
    if (pledge.status === 'RETURNED' && pledge.returnReason) {
      App.showMessage($('#returned'), 'Ban Tổ chức trả lại bản đăng ký, lý do: ' + pledge.returnReason, 'error');
    }
    $('#responsePlanSummary').value = pledge.responsePlanSummary || '';
    $('#responseMeasures').value = pledge.responseMeasures || '';
    $('#targets').replaceChildren(...(pledge.targets.length ? pledge.targets : [{}]).map(targetRow));
    numberRows();
    const chosen = new Set(pledge.titles.map(t => t.code));
    $('#titles').replaceChildren(...pledge.availableTitles.map(title => App.el('label', { class: 'choice' },
      App.el('input', { type: 'checkbox', value: title.code, checked: chosen.has(title.code) }), title.name)));
    $('#signerName').value = pledge.signerName || '';
    $('#signedOn').value = pledge.signedOn || '';
    const back = App.tasklist(pledge.openTaskId);
    $('#back').href = back;
    $('#backTop').href = back;
    if (!pledge.editable) {
      document.querySelectorAll('#pledgeForm input, #pledgeForm select, #pledgeForm textarea, #pledgeForm button').forEach(el => { el.disabled = true; });
      $('#save').hidden = true;
      $('#saveAndBack').hidden = true;
      $('#addTarget').hidden = true;
      App.showMessage($('#readonly'), 'Chỉ xem: bản đăng ký đang ở trạng thái "' + pledge.statusLabel + '".', 'info');
    }
  }

  function request() {
    return {
      responsePlanSummary: $('#responsePlanSummary').value,
      responseMeasures: $('#responseMeasures').value,
      targets: [...document.querySelectorAll('#targets tr')].map(row => ({
        contentAreaCode: row.querySelector('.target-area').value,
        target: row.querySelector('.target-text').value,
        quantity: row.querySelector('.target-quantity').value.trim().replace(',', '.') || null,
        unitOfMeasure: row.querySelector('.target-unit').value
      })),
      titleCodes: [...document.querySelectorAll('#titles input:checked')].map(input => input.value),
      signerName: $('#signerName').value,
      signedOn: $('#signedOn').value || null,
      version: pledge.version
    };
  }

  async function save(andBack) {
    try {
      pledge = await App.request('PUT', '/api/pledges/' + id, request());
      if (andBack && pledge.openTaskId) {
        location.href = App.tasklist(pledge.openTaskId);
        return;
      }
      render();
      App.showMessage(messages, 'Đã lưu bản đăng ký (' + pledge.targets.length + ' chỉ tiêu). Quay lại việc trong Tasklist và bấm Complete để gửi Ban Tổ chức.');
    } catch (error) {
      App.showError(messages, error, labels);
    }
  }

  try {
    await App.init();
    pledge = await App.request('GET', '/api/pledges/' + id);
    render();
  } catch (error) {
    App.showError(messages, error, labels);
    $('#pledgeForm').hidden = true;
    return;
  }
  $('#addTarget').addEventListener('click', () => { $('#targets').append(targetRow()); numberRows(); });
  $('#pledgeForm').addEventListener('submit', event => { event.preventDefault(); save(false); });
  $('#saveAndBack').addEventListener('click', () => save(true));
})();
