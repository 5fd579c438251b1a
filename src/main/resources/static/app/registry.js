/*
 * The reward registry (sổ khen thưởng): unit, year, track and form are asked of the API, which also limits
 * what a unit sees to its own awards; the name or decision number is filtered here as the person types.
 * The filters live in the address, so a link such as ?q=15-QĐ/HU opens the awardees of one decision.
 */
(async () => {
  const { el } = App;
  const $ = selector => document.querySelector(selector);
  const messages = $('#messages');
  const labels = { unitCode: 'Đơn vị', year: 'Năm', track: 'Khối', form: 'Hình thức khen thưởng' };
  const money = amount => amount == null ? '' : amount.toLocaleString('vi-VN');
  let forms = [];
  let awards = [];
  let loading = 0;

  /** Lower case without diacritics, so "chau o" finds "Châu Ổ". */
  function plain(value) {
    return (value || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLocaleLowerCase('vi');
  }

  function fillFilters(session, units) {
    // a unit's officer is offered their own units; the overseeing bodies every unit
    const mine = units.filter(unit => session.groups.includes(unit.groupId));
    App.options($('#unitCode'), (mine.length ? mine : units).map(unit => ({ value: unit.code, label: unit.name })),
      App.param('unitCode'), mine.length ? 'Mọi đơn vị của tôi' : 'Mọi đơn vị');
    const tracks = [];
    forms.forEach(form => {
      if (!tracks.some(track => track.value === form.track)) tracks.push({ value: form.track, label: form.trackLabel });
    });
    App.options($('#track'), tracks, App.param('track'), 'Mọi khối');
    fillForms(App.param('form'));
    $('#year').value = App.param('year') || '';
    $('#text').value = App.param('q') || '';
  }

  function fillForms(selected) {
    const track = $('#track').value;
    App.options($('#form'), forms.filter(form => !track || form.track === track).map(form => ({ value: form.code,
      label: form.name + (form.active ? '' : ' (không còn dùng)') })), selected, 'Mọi hình thức');
  }

  function query() {
    const params = new URLSearchParams();
    [['unitCode', '#unitCode'], ['year', '#year'], ['track', '#track'], ['form', '#form']].forEach(([name, selector]) => {
      const value = $(selector).value.trim();
      if (value) params.set(name, value);
    });
    return params;
  }

  /** Keeps the address in step with the filters, so it can be bookmarked or sent. */
  function remember() {
    const params = query();
    const text = $('#text').value.trim();
    if (text) params.set('q', text);
    history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
  }

  async function load() {
    const ticket = ++loading;
    remember();
    try {
      const found = await App.request('GET', '/api/rewards?' + query());
      if (ticket !== loading) return; // a later change of the filters has already asked again
      messages.hidden = true;
      document.querySelectorAll('.invalid').forEach(input => input.classList.remove('invalid'));
      awards = found;
      render();
    } catch (error) {
      if (ticket !== loading) return;
      awards = [];
      render();
      App.showError(messages, error, labels);
    }
  }

  function status(award) {
    if (!award.revoked) return el('span', { class: 'provided' }, 'Đang có hiệu lực');
    return el('div', {}, el('span', { class: 'revoked' }, 'Đã thu hồi' + (award.revokedOn ? ' ngày ' + App.day(award.revokedOn) : '')),
      el('br'), award.revokedReason, award.legalGround ? el('div', { class: 'muted' }, 'Căn cứ: ' + award.legalGround) : null,
      award.revocationDecisionNumber ? el('div', { class: 'muted' }, 'Quyết định thu hồi số ' + award.revocationDecisionNumber) : null);
  }

  function row(award, index) {
    return el('tr', { 'data-award': award.id, class: award.revoked ? 'muted' : '' },
      el('td', {}, String(index + 1)),
      el('td', { class: 'nominee' }, el('strong', {}, award.nomineeName), ' (' + award.nomineeKindLabel + ')'),
      el('td', { class: 'unit' }, award.unitName),
      el('td', { class: 'form' }, award.rewardFormName, el('br'), el('span', { class: 'muted' }, award.trackLabel)),
      el('td', {}, String(award.year)),
      el('td', { class: 'decision' }, 'Số ', el('strong', { class: 'decision-number' }, award.decisionNumber),
        award.decisionDate ? ' ngày ' + App.day(award.decisionDate) : ''),
      el('td', { class: 'decided-by' }, award.decidedBy),
      el('td', { class: 'number money' }, money(award.money)),
      el('td', { class: 'source' }, award.sourceLabel),
      el('td', { class: 'status' }, status(award)));
  }

  function render() {
    const text = plain($('#text').value.trim());
    const shown = text ? awards.filter(award => plain(award.nomineeName).includes(text)
      || plain(award.decisionNumber).includes(text)) : awards;
    const body = $('#awards');
    body.replaceChildren(...shown.map(row));
    if (!shown.length) {
      const filtered = text || query().toString();
      body.append(el('tr', { class: 'empty' }, el('td', { colspan: 10, class: 'muted' }, filtered
        ? 'Không có khen thưởng nào phù hợp với điều kiện tìm.' : 'Sổ khen thưởng chưa có khen thưởng nào.')));
    }
    const total = shown.reduce((sum, award) => sum + (award.revoked ? 0 : award.money || 0), 0);
    $('#count').textContent = shown.length
      ? `${shown.length} khen thưởng` + (shown.length < awards.length ? ` (trong ${awards.length} tìm được)` : '')
        + (total ? ` · tổng tiền thưởng còn hiệu lực ${money(total)} đồng` : '')
      : '';
  }

  try {
    const [session, units, catalogue] = await Promise.all([App.init(), App.request('GET', '/api/units'),
      App.request('GET', '/api/reward-forms')]);
    forms = catalogue;
    fillFilters(session, units);
    $('#filters').addEventListener('submit', event => { event.preventDefault(); load(); });
    ['#unitCode', '#form', '#year'].forEach(selector => $(selector).addEventListener('change', load));
    $('#track').addEventListener('change', () => { fillForms($('#form').value); load(); });
    $('#text').addEventListener('input', () => { remember(); render(); });
    await load();
  } catch (error) {
    App.showError(messages, error, labels);
  }
})();
