// Supervisors' live board: renders the snapshots the Hub pushes over SignalR (/hubs/board).
// Everything is written with textContent (never innerHTML), so nothing in the data can inject markup.
"use strict";
(function () {
  const TZ = "Asia/Ho_Chi_Minh";
  const STATE = { Idle: "Rảnh", Calling: "Đang gọi", Serving: "Đang phục vụ", Paused: "Tạm dừng" };
  const KIND = { "duplicate-number": "Trùng số", "concurrent-call": "Gọi trùng" };
  const timeFmt = new Intl.DateTimeFormat("vi-VN", { timeZone: TZ, hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
  const hourFmt = new Intl.DateTimeFormat("vi-VN", { timeZone: TZ, hour: "2-digit", minute: "2-digit", hour12: false });
  let last = null;
  let receivedAt = 0;

  const $ = (id) => document.getElementById(id);
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function row(cells) {
    const tr = document.createElement("tr");
    for (const c of cells) tr.appendChild(c instanceof Node ? wrap(c) : el("td", c));
    return tr;
  }
  function wrap(node) { const td = document.createElement("td"); td.appendChild(node); return td; }
  function fill(tbody, rows) { tbody.replaceChildren(...rows); }
  function duration(seconds) {
    if (seconds === null || seconds === undefined) return "—";
    const s = Math.max(0, Math.round(seconds));
    if (s < 60) return s + " giây";
    const m = Math.floor(s / 60);
    if (m < 60) return m + " phút " + (s % 60) + " giây";
    return Math.floor(m / 60) + " giờ " + (m % 60) + " phút";
  }
  function time(iso) { return iso ? timeFmt.format(new Date(iso)) : "—"; }

  function render(b) {
    last = b;
    receivedAt = Date.now();
    $("version").textContent = b.version;
    $("day").textContent = b.day.split("-").reverse().join("/");
    $("updated").textContent = time(b.at);
    renderCounters(b);
    fill(document.querySelector("#queues tbody"), b.queues.map((q) => {
      const tr = row([el("b", q.prefix), q.waiting, duration(q.longestWaitSeconds),
        q.estimatedWaitSeconds === null ? "chưa đủ dữ liệu" : duration(q.estimatedWaitSeconds), q.served]);
      tr.dataset.prefix = q.prefix;
      tr.children[1].className = "num waiting";
      return tr;
    }));
    $("calls").replaceChildren(...b.calls.map((c) => {
      const li = el("li", "Số " + c.ticket + " → quầy " + c.counter + " lúc " + time(c.calledAt));
      li.dataset.ticket = c.ticket;
      return li;
    }));
    $("calls-empty").hidden = b.calls.length > 0;
    fill(document.querySelector("#nodes tbody"), b.nodes.map((n) => {
      const tr = row([n.nodeId, el("span", n.online ? "Trực tuyến" : "Ngoại tuyến", n.online ? "online" : "offline"),
        n.lastPushAt ? time(n.lastPushAt) : "chưa đẩy dữ liệu", n.lastApplied,
        n.syncLag === null ? "chưa kéo dữ liệu" : n.syncLag + " thay đổi (kéo lúc " + time(n.lastPullAt) + ")"]);
      tr.dataset.node = n.nodeId;
      return tr;
    }));
    $("conflicts").replaceChildren(...b.conflicts.map((c) => el("li", (KIND[c.kind] || c.kind) + ": " + c.message)));
    $("conflicts-empty").hidden = b.conflicts.length > 0;
    renderChart(b.waitChart);
    renderDevices(b.devices || []);
    document.dispatchEvent(new CustomEvent("counternode:board", { detail: b })); // extra sections (deadlines.js) render from it
  }

  const DEVICE = { printer: "Máy in", display: "Màn hình số", scanner: "Máy quét mã" };
  const DEVICE_STATE = { ok: "Bình thường", "paper-low": "Sắp hết giấy", "paper-out": "Hết giấy", "cover-open": "Mở nắp",
    error: "Lỗi", offline: "Mất kết nối" };
  function renderDevices(devices) {
    fill(document.querySelector("#devices tbody"), devices.map((d) => {
      const tr = row([d.nodeId, DEVICE[d.device] || d.device,
        el("span", DEVICE_STATE[d.state] || d.state, d.needsAttention ? "offline" : "online"), time(d.since)]);
      tr.dataset.node = d.nodeId;
      tr.dataset.device = d.device;
      tr.dataset.state = d.state;
      return tr;
    }));
    $("devices-empty").hidden = devices.length > 0;
  }

  function renderCounters(b) {
    const elapsed = (Date.now() - receivedAt) / 1000;
    fill(document.querySelector("#counters tbody"), b.counters.map((c) => {
      const tr = row([el("b", c.counter), el("span", STATE[c.state] || c.state, "state " + c.state),
        c.ticket ? el("span", c.ticket, "ticket") : "—",
        c.serviceSeconds === null ? "—" : duration(c.serviceSeconds + elapsed),
        c.officer || "—", c.nodeId || "—"]);
      tr.dataset.counter = c.counter;
      tr.dataset.state = c.state;
      return tr;
    }));
  }

  function renderChart(points) {
    const box = $("chart");
    if (!points.length) { box.replaceChildren(el("p", "Chưa có lượt gọi nào hôm nay.", "empty")); return; }
    const NS = "http://www.w3.org/2000/svg";
    const W = 900, H = 200, L = 40, B = 24, T = 10;
    const max = Math.max(1, ...points.map((p) => p.averageWaitSeconds / 60));
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "Biểu đồ thời gian chờ");
    const add = (tag, attrs, text) => {
      const e = document.createElementNS(NS, tag);
      for (const k in attrs) e.setAttribute(k, attrs[k]);
      if (text !== undefined) e.textContent = text;
      svg.appendChild(e);
      return e;
    };
    add("line", { x1: L, y1: H - B, x2: W, y2: H - B, stroke: "#9aa8b5" });
    add("line", { x1: L, y1: T, x2: L, y2: H - B, stroke: "#9aa8b5" });
    add("text", { x: L - 6, y: T + 10, "text-anchor": "end", "font-size": 11, fill: "#5b6b7b" }, Math.ceil(max));
    add("text", { x: L - 6, y: H - B, "text-anchor": "end", "font-size": 11, fill: "#5b6b7b" }, "0");
    const slot = (W - L) / points.length;
    const every = Math.max(1, Math.ceil(points.length / 12));
    points.forEach((p, i) => {
      const minutes = p.averageWaitSeconds / 60;
      const h = (H - B - T) * minutes / max;
      const rect = add("rect", { x: L + i * slot + slot * 0.15, y: H - B - h, width: slot * 0.7, height: Math.max(h, p.calls ? 1 : 0), fill: "#0b5cad" });
      const title = document.createElementNS(NS, "title");
      title.textContent = hourFmt.format(new Date(p.start)) + ": " + duration(p.averageWaitSeconds) + " (" + p.calls + " lượt gọi)";
      rect.appendChild(title);
      if (i % every === 0)
        add("text", { x: L + i * slot + slot / 2, y: H - 6, "text-anchor": "middle", "font-size": 11, fill: "#5b6b7b" }, hourFmt.format(new Date(p.start)));
    });
    box.replaceChildren(svg);
  }

  function setConnected(on) {
    const badge = $("connection");
    badge.textContent = on ? "Trực tiếp" : "Mất kết nối — đang thử lại…";
    badge.className = "badge " + (on ? "on" : "off");
    document.body.dataset.live = on ? "1" : "0";
  }

  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/board")
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: () => 2000 })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  connection.on("Board", render);
  connection.onreconnecting(() => setConnected(false));
  connection.onreconnected(() => setConnected(true));
  connection.onclose(() => { setConnected(false); setTimeout(start, 3000); });

  async function start() {
    try {
      await connection.start();
      setConnected(true);
    } catch (e) {
      setConnected(false);
      // A 401 means the login expired: go back to the login page.
      if (String(e).includes("401")) { window.location.href = "/board/login"; return; }
      setTimeout(start, 3000);
    }
  }

  // "Service time so far" keeps counting between snapshots.
  setInterval(() => { if (last) renderCounters(last); }, 1000);
  start();
})();
