namespace CounterNode.Node.Hall;

/// <summary>The hall TV page (Vietnamese, large type), fed by server-sent events from this node.</summary>
internal static class HallPage
{
    public const string Html = """
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Màn hình gọi số</title>
<style>
  body { margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; background: #0b2545; color: #fff; }
  header { display: flex; justify-content: space-between; align-items: center; padding: 12px 28px; background: #13315c; }
  h1 { margin: 0; font-size: 34px; }
  .dot { width: 16px; height: 16px; border-radius: 50%; display: inline-block; }
  .dot.on { background: #3ddc84; } .dot.off { background: #e63946; }
  main { display: grid; grid-template-columns: 3fr 2fr; gap: 24px; padding: 24px; }
  .current { background: #fff; color: #a3161a; border-radius: 16px; text-align: center; padding: 30px; }
  .label { font-size: 32px; color: #13315c; }
  .number { font-size: 190px; font-weight: bold; line-height: 1.1; }
  .counter { font-size: 56px; color: #13315c; font-weight: bold; }
  .blink { animation: blink 0.5s step-start 6; }
  @keyframes blink { 50% { visibility: hidden; } }
  table { width: 100%; border-collapse: collapse; font-size: 32px; margin-bottom: 20px; }
  th, td { padding: 6px 12px; border-bottom: 1px solid #31557f; text-align: left; }
  h2 { margin: 6px 0; font-size: 28px; }
</style>
</head>
<body>
<header><h1>Mời công dân có số thứ tự</h1><span id="connection" class="dot off" title="Kết nối"></span></header>
<main>
  <section class="current">
    <div class="label">Đang gọi</div>
    <div id="current-number" class="number">—</div>
    <div id="current-counter" class="counter">&nbsp;</div>
  </section>
  <section>
    <h2>Các quầy</h2>
    <table id="counters"><thead><tr><th>Quầy</th><th>Số</th></tr></thead><tbody></tbody></table>
    <h2>Số người đang chờ</h2>
    <table id="waiting"><thead><tr><th>Dịch vụ</th><th>Đang chờ</th></tr></thead><tbody></tbody></table>
  </section>
</main>
<script>
"use strict";
const $ = id => document.getElementById(id);
let version = 0, shown = null;
function cells(values) {
  const tr = document.createElement('tr');
  for (const v of values) { const td = document.createElement('td'); td.textContent = String(v); tr.appendChild(td); }
  return tr;
}
function render(h) {
  if (h.version < version) return;
  version = h.version;
  const key = h.current ? h.current.ticket + '@' + h.current.counter + '@' + h.current.calledAt : null;
  $('current-number').textContent = h.current ? h.current.ticket : '—';
  $('current-counter').textContent = h.current ? 'Mời đến quầy ' + h.current.counter : '\u00a0';
  if (key && key !== shown && shown !== null) { const n = $('current-number'); n.classList.remove('blink'); void n.offsetWidth; n.classList.add('blink'); }
  shown = key || '';
  document.querySelector('#counters tbody').replaceChildren(...h.lastCallPerCounter.map(c => { const tr = cells([c.counter, c.ticket]); tr.dataset.counter = c.counter; return tr; }));
  document.querySelector('#waiting tbody').replaceChildren(...h.waiting.map(w => { const tr = cells([w.prefix, w.waiting]); tr.dataset.prefix = w.prefix; return tr; }));
}
function connect() {
  const events = new EventSource('/api/hall/events');
  events.addEventListener('hall', e => render(JSON.parse(e.data)));
  events.onopen = () => { $('connection').className = 'dot on'; document.body.dataset.live = '1'; };
  events.onerror = () => { $('connection').className = 'dot off'; document.body.dataset.live = '0'; };
}
connect();
</script>
</body>
</html>
""";
}
