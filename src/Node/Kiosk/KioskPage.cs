namespace CounterNode.Node.Kiosk;

/// <summary>The kiosk touch page (Vietnamese). Kept in code so the node ships as one assembly.</summary>
internal static class KioskPage
{
    public const string Html = """
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lấy số thứ tự</title>
<style>
  body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; background: #f3f6fa; color: #12263f; }
  header { background: #a3161a; color: #fff; padding: 18px 24px; font-size: 28px; font-weight: bold; }
  main { padding: 24px; }
  h2 { margin: 8px 0 16px; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 16px; }
  button.service { font-size: 24px; padding: 28px 16px; border-radius: 14px; border: 0; background: #1d4f91; color: #fff; text-align: left; cursor: pointer; }
  button.service small { display: block; font-size: 16px; opacity: .85; margin-top: 6px; }
  .priorities { margin: 18px 0; display: flex; flex-wrap: wrap; gap: 10px; align-items: center; font-size: 18px; }
  .priorities label { background: #fff; padding: 10px 14px; border-radius: 10px; border: 1px solid #c9d3e0; }
  #result { margin-top: 24px; background: #fff; border-radius: 16px; padding: 24px; text-align: center; display: none; }
  #ticket-number { font-size: 120px; font-weight: bold; color: #a3161a; letter-spacing: 4px; }
  #error { margin-top: 24px; background: #fde8e8; color: #8a1010; padding: 18px; border-radius: 12px; font-size: 22px; display: none; }
</style>
</head>
<body>
<header>Trung tâm Phục vụ hành chính công — Lấy số thứ tự</header>
<main>
  <h2>Chọn dịch vụ</h2>
  <div class="priorities" id="priorities"><span>Đối tượng ưu tiên (nếu có):</span>
    <label><input type="radio" name="priority" value="" checked> Không</label>
  </div>
  <div class="grid" id="services"></div>
  <div id="result">
    <div>Số thứ tự của bạn</div>
    <div id="ticket-number"></div>
    <div id="ticket-service"></div>
    <div id="ticket-details"></div>
  </div>
  <div id="error" role="alert"></div>
</main>
<script>
async function load() {
  const r = await fetch('/api/kiosk/services');
  const data = await r.json();
  const pri = document.getElementById('priorities');
  for (const p of data.priorities) {
    const l = document.createElement('label');
    const i = document.createElement('input');
    i.type = 'radio'; i.name = 'priority'; i.value = p.id;
    l.appendChild(i); l.appendChild(document.createTextNode(' ' + p.name));
    pri.appendChild(l);
  }
  renderServices(data.services);
}
function renderServices(services) {
  const list = document.getElementById('services');
  list.replaceChildren();
  for (const s of services) {
    const b = document.createElement('button');
    b.className = 'service'; b.dataset.prefix = s.prefix;
    b.textContent = s.prefix + ' — ' + s.name;
    const sm = document.createElement('small');
    sm.textContent = s.counterHint + ' · Đang chờ: ' + s.waiting;
    b.appendChild(sm);
    b.onclick = () => issue(s.prefix);
    list.appendChild(b);
  }
}
async function issue(prefix) {
  const chosen = document.querySelector('input[name=priority]:checked').value;
  const err = document.getElementById('error');
  const res = document.getElementById('result');
  err.style.display = 'none'; res.style.display = 'none';
  const r = await fetch('/api/kiosk/tickets', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ service: prefix, priority: chosen || null }) });
  const body = await r.json();
  if (!r.ok) { err.textContent = body.detail || 'Không cấp được số thứ tự.'; err.style.display = 'block'; return; }
  document.getElementById('ticket-number').textContent = body.ticketNumber;
  document.getElementById('ticket-service').textContent = body.serviceName + ' — ' + body.counterHint + (body.priority ? ' — Ưu tiên: ' + body.priority : '');
  document.getElementById('ticket-details').textContent = 'Số người chờ trước bạn: ' + body.peopleAhead + ' · Thời gian chờ dự kiến: khoảng ' + body.estimatedWaitMinutes + ' phút';
  res.style.display = 'block';
  const fresh = await (await fetch('/api/kiosk/services')).json();
  renderServices(fresh.services);
}
load();
</script>
</body>
</html>
""";
}
