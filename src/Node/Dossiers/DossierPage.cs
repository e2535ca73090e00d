namespace CounterNode.Node.Dossiers;

/// <summary>The dossier page of the officer console (Vietnamese): reception with Mẫu 01/03, return by code or scan, reprint of Mẫu 02/04, notices.</summary>
internal static class DossierPage
{
    public const string Html = """
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tiếp nhận và trả kết quả hồ sơ</title>
<style>
  body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; background: #eef2f7; color: #12263f; }
  header { background: #1d4f91; color: #fff; padding: 14px 20px; font-size: 22px; font-weight: bold; display: flex; justify-content: space-between; }
  header a { color: #fff; font-size: 16px; }
  main { padding: 16px; display: grid; grid-template-columns: 3fr 2fr; gap: 16px; }
  section { background: #fff; border-radius: 12px; padding: 14px 16px; }
  h2 { margin: 4px 0 10px; font-size: 20px; }
  label { display: block; margin-top: 8px; font-weight: bold; font-size: 15px; }
  input, select, textarea { font-size: 16px; padding: 6px; width: 100%; box-sizing: border-box; }
  input[type=checkbox] { width: auto; }
  .row { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
  .doc { display: grid; grid-template-columns: auto 1fr 150px 70px; gap: 6px; align-items: center; margin: 4px 0; }
  button { font-size: 17px; padding: 10px 16px; margin: 10px 8px 0 0; border-radius: 10px; border: 0; background: #1d4f91; color: #fff; cursor: pointer; }
  button.primary { background: #a3161a; }
  .ok { background: #e5f5e8; color: #124d1e; padding: 8px 10px; border-radius: 8px; margin-top: 10px; white-space: pre-line; }
  .alert { background: #fde8e8; color: #8a1010; padding: 8px 10px; border-radius: 8px; margin: 6px 0; }
  .hint { color: #4b5d73; font-size: 14px; }
  #dossier-info, #reprint-result { white-space: pre-line; }
  .notice { background: #fff6dc; color: #5a3d00; border: 2px solid #e0a800; padding: 8px 10px; border-radius: 8px; margin-top: 10px; white-space: pre-line; }
  .notice b { display: block; margin-bottom: 4px; }
</style>
</head>
<body>
<header><span>Tiếp nhận và trả kết quả hồ sơ</span><a href="/console">← Bàn điều khiển quầy</a></header>
<div id="sign-in-note" class="alert" style="display:none;margin:16px">Vui lòng <a href="/console">đăng nhập tại bàn điều khiển quầy</a> trước khi tiếp nhận hồ sơ.</div>
<main id="dossiers">
  <section>
    <h2>Tiếp nhận hồ sơ</h2>
    <label for="procedure-search">Tìm thủ tục hành chính (tên hoặc mã)</label>
    <input id="procedure-search" autocomplete="off" placeholder="Ví dụ: lý lịch tư pháp, STP-01">
    <select id="procedure-list" size="5"></select>
    <div id="procedure-info" class="hint"></div>
    <label>Thành phần hồ sơ đã nộp</label>
    <div id="documents" class="hint">Chọn thủ tục để hiện danh sách giấy tờ.</div>
    <div class="row">
      <div><label for="applicant-name">Họ và tên người nộp</label><input id="applicant-name" autocomplete="off"></div>
      <div><label for="applicant-phone">Số điện thoại</label><input id="applicant-phone" autocomplete="off"></div>
    </div>
    <label for="applicant-address">Địa chỉ</label><input id="applicant-address" autocomplete="off">
    <label for="applicant-email">Thư điện tử</label><input id="applicant-email" autocomplete="off">
    <label><input type="checkbox" id="by-proxy"> Nộp thay (được ủy quyền)</label>
    <input id="authorisation-note" placeholder="Giấy ủy quyền: số, ngày, nơi cấp" autocomplete="off">
    <div class="row">
      <div><label for="sets">Số bộ hồ sơ</label><input id="sets" type="number" min="1" max="99" value="1"></div>
      <div><label for="delivery">Nhận kết quả tại</label>
        <select id="delivery"><option value="counter">Tại quầy</option><option value="post">Qua dịch vụ bưu chính</option></select></div>
    </div>
    <div class="row">
      <div><label for="fee">Phí, lệ phí đã thu (đồng)</label><input id="fee" type="number" min="0" value="0"></div>
      <div><label><input type="checkbox" id="electronic"> Hồ sơ điện tử</label></div>
    </div>
    <button class="primary" id="receive">Tiếp nhận và in Giấy tiếp nhận (Mẫu 01)</button>
    <label for="refusal-reasons">Lý do từ chối (mỗi dòng một lý do)</label>
    <textarea id="refusal-reasons" rows="2"></textarea>
    <input id="refusal-guidance" placeholder="Hướng dẫn cho người nộp" autocomplete="off">
    <button id="refuse">Từ chối tiếp nhận và in Phiếu từ chối (Mẫu 03)</button>
    <div id="reception-result"></div>
  </section>
  <section>
    <h2>Trả kết quả</h2>
    <label for="return-code">Mã hồ sơ (quét mã trên Giấy tiếp nhận hoặc nhập)</label>
    <input id="return-code" autocomplete="off" placeholder="000.00.00.H34-261126-0001">
    <button id="lookup">Tra cứu</button>
    <button id="supplemented">Đã nhận hồ sơ bổ sung (theo Mẫu 02)</button>
    <div id="dossier-info"></div>
    <div id="dossier-notices"></div>
    <div id="reprint-result"></div>
    <label for="collector-name">Người nhận kết quả</label><input id="collector-name" autocomplete="off">
    <label><input type="checkbox" id="collector-proxy"> Nhận thay (có giấy ủy quyền)</label>
    <input id="collector-note" placeholder="Giấy ủy quyền: số, ngày, nơi cấp" autocomplete="off">
    <button class="primary" id="return-button">Trả kết quả</button>
    <div id="return-result"></div>
    <h2>Thông báo</h2>
    <div id="alerts"></div>
  </section>
</main>
<script>
const $ = id => document.getElementById(id);
let procedures = [];
let lastScan = 0;
async function call(method, path, body) {
  const r = await fetch('/api/dossiers/' + path, { method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  if (r.status === 401) { $('sign-in-note').style.display = 'block'; }
  const text = await r.text();
  return { ok: r.ok, status: r.status, body: text ? JSON.parse(text) : null };
}
function show(id, ok, text) { const d = $(id); d.className = ok ? 'ok' : 'alert'; d.textContent = text; }
async function search() {
  const r = await call('GET', 'procedures?q=' + encodeURIComponent($('procedure-search').value));
  if (!r.ok) return;
  procedures = r.body;
  $('procedure-list').replaceChildren(...procedures.map(p => { const o = document.createElement('option'); o.value = p.code; o.textContent = p.code + ' — ' + p.name; return o; }));
  if (procedures.length === 1) { $('procedure-list').value = procedures[0].code; choose(); }
}
function choose() {
  const p = procedures.find(x => x.code === $('procedure-list').value);
  if (!p) return;
  $('procedure-info').textContent = p.name + ' — thời hạn ' + (p.processingDays === 0 ? 'trả trong ngày' : p.processingDays + ' ngày làm việc') + ', lệ phí ' + p.fee.toLocaleString('vi-VN') + ' đồng';
  $('fee').value = p.fee; $('electronic').checked = p.electronic;
  $('documents').replaceChildren(...p.documents.map((name, i) => {
    const row = document.createElement('div'); row.className = 'doc';
    const box = document.createElement('input'); box.type = 'checkbox'; box.checked = true; box.dataset.name = name; box.id = 'doc-' + i;
    const label = document.createElement('label'); label.htmlFor = box.id; label.textContent = name; label.style.fontWeight = 'normal'; label.style.marginTop = '0';
    const form = document.createElement('select'); ['Bản chính', 'Bản sao', 'Bản sao chứng thực'].forEach(f => { const o = document.createElement('option'); o.textContent = f; form.append(o); });
    const qty = document.createElement('input'); qty.type = 'number'; qty.min = '1'; qty.value = '1';
    row.append(box, label, form, qty); return row;
  }));
}
function form() {
  const docs = [...document.querySelectorAll('#documents .doc')].filter(r => r.children[0].checked)
    .map(r => ({ name: r.children[0].dataset.name, form: r.children[2].value, quantity: parseInt(r.children[3].value || '0', 10) }));
  return {
    procedureCode: $('procedure-list').value, applicantName: $('applicant-name').value, applicantAddress: $('applicant-address').value,
    applicantPhone: $('applicant-phone').value, applicantEmail: $('applicant-email').value, byProxy: $('by-proxy').checked,
    authorisationNote: $('authorisation-note').value, documents: docs, sets: parseInt($('sets').value || '0', 10),
    delivery: $('delivery').value, feeVnd: parseInt($('fee').value || '0', 10), electronic: $('electronic').checked,
    refusalReasons: $('refusal-reasons').value.split('\n').filter(x => x.trim()), refusalGuidance: $('refusal-guidance').value };
}
async function receive(path) {
  const r = await call('POST', path, form());
  if (!r.ok) { show('reception-result', false, r.body ? r.body.detail : 'Lỗi ' + r.status); return; }
  const b = r.body;
  show('reception-result', true, b.message + '\nMã hồ sơ: ' + b.code + '\n' + b.returnExplanation.join('\n') + (b.numberSource === 'reserve' ? '\n(Mã lấy từ dãy số dự phòng: máy chủ chưa kết nối, sẽ đồng bộ sau.)' : ''));
  $('reception-result').dataset.code = b.code;
}
async function lookup() {
  const r = await call('GET', 'lookup?code=' + encodeURIComponent($('return-code').value));
  if (!r.ok) { show('dossier-info', false, r.body ? r.body.detail : 'Lỗi ' + r.status); notices({}); return; }
  const d = r.body;
  show('dossier-info', d.canReturn, d.message + '\nThủ tục: ' + d.procedureName + '\nNgười nộp: ' + d.applicantName + '\nTrạng thái: ' + d.stateText + '\nNgày hẹn trả: ' + d.returnDate);
  notices(d);
}
// The department's open notices (Mẫu 02 / Mẫu 04), with "In lại phiếu" on this counter's printer.
function notices(d) {
  $('reprint-result').textContent = ''; $('reprint-result').className = '';
  $('dossier-notices').replaceChildren(...(d.notices || []).map(n => {
    const box = document.createElement('div'); box.className = 'notice'; box.dataset.form = n.formCode;
    const title = document.createElement('b'); title.textContent = n.formName;
    const text = document.createElement('div'); text.textContent = n.lines.join('\n');
    const button = document.createElement('button'); button.id = 'reprint-' + n.formCode; button.textContent = 'In lại phiếu';
    button.onclick = () => reprint(d.code, n.formCode, button);
    box.append(title, text, button); return box;
  }));
}
async function reprint(code, formCode, button) {
  button.disabled = true;
  try {
    const r = await call('POST', 'reprint-notice', { code, form: formCode });
    show('reprint-result', r.ok && r.body.printed, r.ok ? r.body.message : (r.body ? r.body.detail : 'Lỗi ' + r.status));
  } catch (e) { show('reprint-result', false, 'Không kết nối được với máy trạm quầy; chưa in được phiếu.'); }
  finally { button.disabled = false; }
}
async function giveBack() {
  const r = await call('POST', 'return', { code: $('return-code').value, collectorName: $('collector-name').value, byProxy: $('collector-proxy').checked, authorisationNote: $('collector-note').value });
  show('return-result', r.ok, r.ok ? r.body.message : (r.body ? r.body.detail : 'Lỗi ' + r.status));
  if (r.ok) notices(r.body);
}
async function supplemented() {
  const r = await call('POST', 'supplemented', { code: $('return-code').value });
  show('dossier-info', r.ok, r.ok ? r.body.message : (r.body ? r.body.detail : 'Lỗi ' + r.status));
  if (r.ok) notices(r.body);
}
async function poll() {
  const s = await call('GET', 'scanned');
  if (s.ok && s.body && s.body.id > lastScan) { lastScan = s.body.id; $('return-code').value = s.body.code; lookup(); }
  const c = await fetch('/api/console/state');
  if (c.ok) { const st = await c.json(); $('alerts').replaceChildren(...st.alerts.slice(-6).reverse().map(a => { const d = document.createElement('div'); d.className = 'alert'; d.textContent = a.message; return d; })); }
}
let timer;
$('procedure-search').oninput = () => { clearTimeout(timer); timer = setTimeout(search, 200); };
$('procedure-list').onchange = choose;
$('receive').onclick = () => receive('receive');
$('refuse').onclick = () => receive('refuse-at-reception');
$('lookup').onclick = lookup;
$('return-button').onclick = giveBack;
$('supplemented').onclick = supplemented;
search();
setInterval(poll, 1000);
</script>
</body>
</html>
""";
}
