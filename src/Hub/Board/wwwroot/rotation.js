// Rotation section of the supervisors' board: who staffs each shared counter now and next, absences (late flag), gaps.
// Fetched from /board/api/rotation when the board receives a change (its own SignalR connection) and every 30 s,
// because the half-day in effect changes with the clock, not only with the data. textContent only, never innerHTML.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function cell(text, cls) { return el("td", text, cls); }
  function staff(s) {
    if (!s.officer) return s.statusText + (s.departmentName ? " — " + s.departmentName : "");
    return s.officer + " (" + s.departmentName + (s.status === "reserve" ? ", dự phòng" : "") + ")";
  }
  function render(v) {
    $("rotation-counters").replaceChildren(...v.counters.map((c) => {
      const tr = document.createElement("tr");
      tr.dataset.counter = c.counter;
      tr.dataset.department = c.now.department || "";
      tr.appendChild(cell(c.counter));
      tr.appendChild(cell(c.now.halfDay + ": " + staff(c.now), c.now.isGap ? "gap" : ""));
      tr.appendChild(cell(c.next.halfDay + ": " + staff(c.next), c.next.isGap ? "gap" : ""));
      return tr;
    }));
    $("rotation-counters-empty").hidden = v.counters.length > 0;
    $("rotation-absences").replaceChildren(...v.absences.map((a) => {
      const tr = document.createElement("tr");
      tr.dataset.absence = a.id;
      tr.dataset.late = a.late ? "1" : "0";
      tr.appendChild(cell(a.officer));
      tr.appendChild(cell(a.department));
      tr.appendChild(cell(a.period));
      tr.appendChild(cell(a.reason));
      tr.appendChild(cell(a.late ? "Trễ hạn" : (a.emergency ? "Khẩn cấp" : "Đúng hạn"), a.late ? "late" : ""));
      tr.appendChild(cell(a.reserve || "Chưa có"));
      return tr;
    }));
    $("rotation-absences-empty").hidden = v.absences.length > 0;
    $("rotation-gaps").replaceChildren(...v.gaps.map((g) => {
      const li = el("li", g.halfDay + " — " + g.text);
      li.dataset.counter = g.counter;
      li.dataset.kind = g.kind;
      return li;
    }));
    $("rotation-gaps-empty").hidden = v.gaps.length > 0;
  }
  let pending = false;
  async function refresh() {
    if (pending) return;
    pending = true;
    try {
      const r = await fetch("/board/api/rotation", { credentials: "same-origin", headers: { "Accept": "application/json" } });
      if (r.ok) render(await r.json());
    } catch (e) {
      // The board's own badge shows the connection state; try again on the next tick.
    } finally {
      pending = false;
    }
  }
  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/board")
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: () => 2000 })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  connection.on("Board", refresh);
  connection.start().catch(() => { /* polling below still keeps the section current */ });
  setInterval(refresh, 30000);
  refresh();
})();
