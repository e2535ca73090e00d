// Dossier deadlines on the supervisors' board: counts (open, due today, at risk, overdue, overdue without a delay
// report) per department and the overdue dossiers by code. Codes and numbers only — never an applicant.
// board.js raises "counternode:board" with every snapshot it renders. textContent only, never innerHTML.
"use strict";
(function () {
  const STATE = {
    received: "Chờ chuyển", "transferred-to-department": "Đã chuyển", processing: "Đang giải quyết", supplemented: "Đã bổ sung",
  };
  const $ = (id) => document.getElementById(id);
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function date(iso) { return iso ? iso.split("-").reverse().join("/") : "—"; }
  function num(value, cls, key) {
    const td = el("td", value, "num " + cls);
    if (value > 0 && (cls === "overdue" || cls === "unreported")) td.classList.add("alert");
    td.dataset.key = key;
    return td;
  }
  function render(d) {
    for (const key of ["open", "dueToday", "atRisk", "overdue", "overdueUnreported"]) $("deadline-" + key).textContent = d[key];
    $("deadline-overdueUnreported").classList.toggle("alert", d.overdueUnreported > 0);
    $("deadline-departments").replaceChildren(...d.departments.map((r) => {
      const tr = document.createElement("tr");
      tr.dataset.department = r.department;
      tr.appendChild(el("td", r.department));
      tr.appendChild(num(r.open, "open", "open"));
      tr.appendChild(num(r.dueToday, "due-today", "dueToday"));
      tr.appendChild(num(r.atRisk, "at-risk", "atRisk"));
      tr.appendChild(num(r.overdue, "overdue", "overdue"));
      tr.appendChild(num(r.overdueUnreported, "unreported", "overdueUnreported"));
      return tr;
    }));
    $("deadline-departments-empty").hidden = d.departments.length > 0;
    $("deadline-overdue-list").replaceChildren(...d.overdueDossiers.map((o) => {
      const li = el("li", o.code + " · " + o.department + " · hạn " + date(o.returnDate) + " · trễ " + o.workingDaysOverdue
        + " ngày làm việc · " + (STATE[o.state] || o.state) + (o.delayReported ? " · đã báo trễ" : " · CHƯA BÁO TRỄ"));
      li.dataset.code = o.code;
      if (!o.delayReported) li.className = "unreported";
      return li;
    }));
    $("deadline-overdue-list-empty").hidden = d.overdueDossiers.length > 0;
  }
  document.addEventListener("counternode:board", (e) => { if (e.detail && e.detail.deadlines) render(e.detail.deadlines); });
})();
