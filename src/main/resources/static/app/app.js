/*
 * What the app's pages share: the signed-in session, calls to /api with the CSRF token, error
 * messages shown as the API words them, and the way back to the task in Tasklist.
 */
const App = (() => {
  let session = null;

  async function init() {
    session = await request('GET', '/api/session');
    document.querySelectorAll('[data-user]').forEach(el => { el.textContent = session.fullName; });
    return session;
  }

  async function request(method, url, body) {
    const headers = { 'Accept': 'application/json' };
    if (session && method !== 'GET') headers[session.csrfHeaderName] = session.csrfToken;
    let payload;
    if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
    if (response.status === 401) {
      location.href = '/login';
      throw { message: 'Phiên làm việc đã hết, vui lòng đăng nhập lại.' };
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw { status: response.status, message: (data && data.message) || ('Lỗi ' + response.status), errors: (data && data.errors) || [] };
    }
    return data;
  }

  /** Shows an API error (message and one line per field) and marks the fields named in it. */
  function showError(box, error, fieldLabels = {}) {
    document.querySelectorAll('.invalid').forEach(el => el.classList.remove('invalid'));
    box.className = 'message error';
    box.hidden = false;
    box.replaceChildren(text(error.message || 'Có lỗi xảy ra'));
    if (error.errors && error.errors.length) {
      const list = el('ul');
      error.errors.forEach(fieldError => {
        list.append(el('li', {}, (label(fieldError.field, fieldLabels) + ': ') + fieldError.message));
        document.querySelectorAll(`[data-field="${fieldError.field}"]`).forEach(input => input.classList.add('invalid'));
      });
      box.append(list);
    }
    box.scrollIntoView({ block: 'center' });
  }

  function showMessage(box, message, kind = 'ok') {
    box.className = 'message ' + kind;
    box.hidden = false;
    box.textContent = message;
  }

  function label(field, fieldLabels) {
    const match = /^(\w+)\[(\d+)\]\.?(\w*)$/.exec(field || '');
    if (match && fieldLabels[match[1]]) {
      return fieldLabels[match[1]] + ' ' + (Number(match[2]) + 1) + (match[3] && fieldLabels[match[3]] ? ' – ' + fieldLabels[match[3]] : '');
    }
    return fieldLabels[field] || field || '';
  }

  function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes).forEach(([name, value]) => {
      if (value === undefined || value === null || value === false) return;
      if (name.startsWith('on')) element.addEventListener(name.substring(2), value);
      else if (name === 'value') element.value = value;
      else if (value === true) element.setAttribute(name, '');
      else element.setAttribute(name, value);
    });
    children.flat().forEach(child => { if (child !== null && child !== undefined) element.append(child instanceof Node ? child : text(String(child))); });
    return element;
  }

  function text(value) {
    return document.createTextNode(value);
  }

  function options(select, choices, selected, placeholder) {
    select.replaceChildren();
    if (placeholder) select.append(el('option', { value: '' }, placeholder));
    choices.forEach(choice => select.append(el('option', { value: choice.value, selected: String(choice.value) === String(selected) }, choice.label)));
  }

  function day(iso) {
    if (!iso) return '';
    const [y, m, d] = iso.substring(0, 10).split('-');
    return `${d}/${m}/${y}`;
  }

  function size(bytes) {
    if (bytes < 1024) return bytes + ' B';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(0) + ' KB';
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function tasklist(taskId) {
    return '/camunda/app/tasklist/default/' + (taskId ? '#/?task=' + encodeURIComponent(taskId) : '');
  }

  function param(name) {
    return new URLSearchParams(location.search).get(name);
  }

  return { init, request, showError, showMessage, el, options, day, size, tasklist, param };
})();
