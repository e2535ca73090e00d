// Hall display: the officers on duty today (RULES 10: name, title, field, phone are public). Refreshed every minute.
"use strict";
(function () {
  const body = document.querySelector("#officers tbody");
  if (!body) return;
  function cells(values) {
    const tr = document.createElement("tr");
    for (const v of values) { const td = document.createElement("td"); td.textContent = String(v); tr.appendChild(td); }
    return tr;
  }
  async function refresh() {
    try {
      const r = await fetch("/officers/api/today", { headers: { "Accept": "application/json" } });
      if (!r.ok) return;
      const d = await r.json();
      document.getElementById("officers-day").textContent = d.dateText;
      body.replaceChildren(...d.officers.map((o) => {
        const tr = cells([o.counters, o.name + (o.reserve ? " (dự phòng)" : ""), o.title, o.field, o.phone]);
        tr.dataset.name = o.name;
        return tr;
      }));
    } catch (e) {
      // keep the last list; try again next minute
    }
  }
  setInterval(refresh, 60000);
  refresh();
})();
