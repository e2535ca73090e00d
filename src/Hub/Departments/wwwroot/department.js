// Department page: lists the dossiers transferred to the signed-in department and sends its decisions.
// Everything is written with textContent (never innerHTML): nothing in the data can inject markup.
"use strict";
(function () {
  const TZ = "Asia/Ho_Chi_Minh";
  const token = document.querySelector("meta[name=antiforgery]").content;
  const dateTime = new Intl.DateTimeFormat("vi-VN", { timeZone: TZ, hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric", hour12: false });
  const LABEL = {
    "start-processing": "Bắt đầu giải quyết",
    "request-supplement": "Yêu cầu bổ sung",
    "result-ready": "Đã có kết quả",
    "report-delay": "Báo trễ hạn",
  };
  const $ = (id) => document.getElementById(id);
  let current = null;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function date(iso) { return iso ? iso.split("-").reverse().join("/") : "—"; }
  function show(text, ok) {
    const m = $("message");
    m.textContent = text;
    m.className = ok ? "ok" : "error";
    m.hidden = false;
  }

  async function load() {
    const response = await fetch("/department/api/dossiers", { headers: { Accept: "application/json" } });
    if (response.status === 401) { window.location.href = "/department/login"; return; }
    const list = await response.json();
    const rows = list.dossiers.map((d) => {
      const tr = document.createElement("tr");
      tr.dataset.code = d.code;
      tr.dataset.state = d.state;
      if (d.overdue) tr.classList.add("overdue");
      const code = el("td"); code.appendChild(el("b", d.code)); tr.appendChild(code);
      const procedure = el("td", d.procedureName); procedure.appendChild(el("div", d.procedureCode, "small")); tr.appendChild(procedure);
      tr.appendChild(el("td", d.applicantName, "applicant"));
      tr.appendChild(el("td", dateTime.format(new Date(d.receivedAt))));
      const due = el("td", date(d.returnDate), "due");
      if (d.delays > 0) due.appendChild(el("div", "đã báo trễ " + d.delays + " lần (hẹn ban đầu " + date(d.originalReturnDate) + ")", "small"));
      if (d.overdue) due.appendChild(el("div", "Quá hạn", "small"));
      tr.appendChild(due);
      const state = el("td"); state.appendChild(el("span", d.stateText, "state")); 
      if (d.supplementItems) state.appendChild(el("div", "Đã yêu cầu bổ sung: " + d.supplementItems.join("; "), "small"));
      tr.appendChild(state);
      const batch = el("td");
      if (d.transferBatch) {
        const a = el("a", d.transferBatch);
        a.href = "/department/batches/" + encodeURIComponent(d.transferBatch);
        a.target = "_blank";
        batch.appendChild(a);
      }
      tr.appendChild(batch);
      const actions = el("td", null, "actions");
      for (const action of d.actions) {
        const b = el("button", LABEL[action] || action);
        b.type = "button";
        b.dataset.action = action;
        b.addEventListener("click", () => act(d, action));
        actions.appendChild(b);
      }
      tr.appendChild(actions);
      return tr;
    });
    document.querySelector("#dossiers tbody").replaceChildren(...rows);
    $("empty").hidden = rows.length > 0;
  }

  async function post(code, action, body) {
    const response = await fetch("/department/api/dossiers/" + encodeURIComponent(code) + "/" + action, {
      method: "POST",
      headers: { "Content-Type": "application/json", "RequestVerificationToken": token, Accept: "application/json" },
      body: JSON.stringify(body || {}),
    });
    const answer = await response.json().catch(() => ({}));
    if (response.ok) {
      show("Hồ sơ " + answer.code + ": " + answer.stateText + " · hạn trả " + date(answer.returnDate) + ".", true);
    } else {
      show(answer.detail || ("Thao tác không thực hiện được (mã " + response.status + ")."), false);
    }
    await load();
  }

  function act(d, action) {
    current = d;
    if (action === "request-supplement") {
      const dialog = $("supplement-dialog");
      dialog.querySelector(".code").textContent = d.code;
      $("supplement-items").value = "";
      $("supplement-reason").value = "";
      dialog.showModal();
    } else if (action === "report-delay") {
      const dialog = $("delay-dialog");
      dialog.querySelector(".code").textContent = d.code;
      $("delay-reason").value = "";
      $("delay-days").value = "";
      $("delay-date").value = "";
      dialog.showModal();
    } else {
      post(d.code, action);
    }
  }

  $("supplement-dialog").addEventListener("close", () => {
    if ($("supplement-dialog").returnValue !== "ok" || !current) return;
    const items = $("supplement-items").value.split("\n").map((s) => s.trim()).filter((s) => s.length > 0);
    post(current.code, "request-supplement", { missingItems: items, reason: $("supplement-reason").value });
  });
  $("delay-dialog").addEventListener("close", () => {
    if ($("delay-dialog").returnValue !== "ok" || !current) return;
    const body = { reason: $("delay-reason").value };
    if ($("delay-date").value) body.newReturnDate = $("delay-date").value;
    else if ($("delay-days").value) body.extraWorkingDays = Number($("delay-days").value);
    post(current.code, "report-delay", body);
  });

  load();
  setInterval(load, 15000);
})();
