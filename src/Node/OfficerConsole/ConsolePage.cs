namespace CounterNode.Node.OfficerConsole;

/// <summary>The officer console page (Vietnamese); its state is pushed by the node (server-sent events).</summary>
internal static class ConsolePage
{
    public const string Html = """
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Bàn điều khiển quầy</title>
<style>
  body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; background: #eef2f7; color: #12263f; }
  header { background: #1d4f91; color: #fff; padding: 14px 20px; font-size: 22px; font-weight: bold; display: flex; justify-content: space-between; }
  main { padding: 20px; display: grid; grid-template-columns: 2fr 1fr; gap: 20px; }
  section { background: #fff; border-radius: 12px; padding: 16px; }
  #sign-in { max-width: 360px; margin: 60px auto; background: #fff; padding: 24px; border-radius: 12px; }
  #sign-in input { display: block; width: 100%; font-size: 20px; margin: 8px 0 14px; padding: 8px; box-sizing: border-box; }
  button { font-size: 18px; padding: 14px 18px; margin: 6px 6px 6px 0; border-radius: 10px; border: 0; background: #1d4f91; color: #fff; cursor: pointer; }
  button.primary { background: #a3161a; font-size: 22px; }
  #current-number { font-size: 96px; font-weight: bold; color: #a3161a; }
  #message { margin-top: 10px; font-size: 18px; min-height: 24px; }
  .alert { background: #fde8e8; color: #8a1010; padding: 8px 10px; border-radius: 8px; margin: 6px 0; }
  .conflict { background: #fff4d6; color: #6a4b00; padding: 8px 10px; border-radius: 8px; margin: 6px 0; }
</style>
</head>
<body>
<header><span>Bàn điều khiển quầy <span id="counter"></span></span><a href="/console/dossiers" id="dossiers-link" style="color:#fff">Tiếp nhận và trả kết quả hồ sơ</a><span id="officer"></span></header>
<div id="sign-in">
  <h2>Đăng nhập cán bộ</h2>
  <label for="officer-id">Mã cán bộ</label><input id="officer-id" autocomplete="off">
  <label for="pin">Mã PIN</label><input id="pin" type="password" inputmode="numeric">
  <button class="primary" id="sign-in-button">Đăng nhập</button>
  <div id="sign-in-error" class="alert" style="display:none"></div>
</div>
<main id="console" style="display:none">
  <section>
    <div>Số đang phục vụ</div>
    <div id="current-number">—</div>
    <div id="current-details"></div>
    <div>
      <button class="primary" id="call-next">Gọi số tiếp theo</button>
      <button id="recall">Gọi lại</button>
      <button id="start">Bắt đầu phục vụ</button>
      <button id="finish">Kết thúc</button>
      <button id="no-show">Vắng mặt</button>
      <button id="pause">Tạm dừng</button>
      <button id="resume">Tiếp tục</button>
      <button id="sign-out">Đăng xuất</button>
    </div>
    <div>
      <label for="transfer-to">Chuyển sang dịch vụ</label>
      <select id="transfer-to"></select>
      <button id="transfer">Chuyển</button>
    </div>
    <div id="message"></div>
  </section>
  <section>
    <h3>Hàng đợi</h3><div id="queues"></div>
    <h3>Cảnh báo</h3><div id="conflicts"></div><div id="alerts"></div>
  </section>
</main>
<script>
const $ = id => document.getElementById(id);
async function post(path, body) {
  const r = await fetch('/api/console/' + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : '{}' });
  const text = await r.text();
  return { ok: r.ok, status: r.status, body: text ? JSON.parse(text) : null };
}
async function signIn() {
  const r = await post('sign-in', { officerId: $('officer-id').value, pin: $('pin').value });
  if (!r.ok) { $('sign-in-error').textContent = r.body.detail; $('sign-in-error').style.display = 'block'; return; }
  $('sign-in').style.display = 'none'; $('console').style.display = 'grid';
  if (await refresh()) live();
}
async function act(path, body) {
  const r = await post(path, body);
  $('message').textContent = r.ok ? r.body.message : r.body.detail;
  $('message').className = r.ok ? '' : 'alert';
  refresh();
}
async function refresh() {
  const r = await fetch('/api/console/state');
  if (r.status === 401) { $('sign-in').style.display = 'block'; $('console').style.display = 'none'; return false; }
  if (!r.ok) return true;
  render(await r.json());
  return true;
}
// Live push: the node streams this officer's state (server-sent events) on every change; no polling.
let events = null;
function live() {
  if (events) events.close();
  events = new EventSource('/api/console/events');
  events.addEventListener('state', e => render(JSON.parse(e.data)));
  events.onopen = () => { document.body.dataset.live = '1'; };
  events.onerror = () => {
    document.body.dataset.live = '0'; events.close(); events = null;
    setTimeout(async () => { if (await refresh()) live(); }, 2000);
  };
}
function render(s) {
  $('sign-in').style.display = 'none'; $('console').style.display = 'grid';
  $('counter').textContent = s.counter + (s.paused ? ' (tạm dừng)' : ''); $('officer').textContent = s.officer;
  $('current-number').textContent = s.current ? s.current.ticketNumber : '—';
  $('current-details').textContent = s.current ? s.current.serviceName + (s.current.status === 'serving' ? ' — Đang phục vụ' : ' — Đã gọi') + (s.current.priority ? ' — Ưu tiên: ' + s.current.priority : '') + (s.current.isPending ? ' (chưa đồng bộ)' : '') : 'Chưa gọi số nào';
  $('queues').replaceChildren(...s.queues.map(q => { const d = document.createElement('div'); d.textContent = q.prefix + ' — ' + q.name + ': ' + q.waiting + ' đang chờ (' + q.priorityWaiting + ' ưu tiên)'; return d; }));
  $('conflicts').replaceChildren(...s.conflicts.map(c => { const d = document.createElement('div'); d.className = 'conflict'; d.textContent = c; return d; }));
  $('alerts').replaceChildren(...s.alerts.slice(-5).reverse().map(a => { const d = document.createElement('div'); d.className = 'alert'; d.textContent = a.message; return d; }));
}
$('sign-in-button').onclick = signIn;
$('call-next').onclick = () => act('call-next');
$('recall').onclick = () => act('recall');
$('start').onclick = () => act('start');
$('finish').onclick = () => act('finish');
$('no-show').onclick = () => act('no-show');
$('pause').onclick = () => act('pause');
$('resume').onclick = () => act('resume');
$('transfer').onclick = () => act('transfer', { toService: $('transfer-to').value });
fetch('/api/kiosk/services').then(r => r.json()).then(d => $('transfer-to').replaceChildren(...d.services.map(x => {
  const o = document.createElement('option'); o.value = x.prefix; o.textContent = x.prefix + ' — ' + x.name; return o; })));
$('sign-out').onclick = async () => { if (events) events.close(); await post('sign-out'); location.reload(); };
refresh().then(signedIn => { if (signedIn) live(); });
</script>
</body>
</html>
""";
}
