// Hall display: latest call in large type, last call per counter, waiting per service. Ticket numbers only.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  function cells(values) {
    const tr = document.createElement("tr");
    for (const v of values) { const td = document.createElement("td"); td.textContent = String(v); tr.appendChild(td); }
    return tr;
  }
  function render(h) {
    $("current-number").textContent = h.current ? h.current.ticket : "—";
    $("current-counter").textContent = h.current ? "Mời đến quầy " + h.current.counter : "\u00a0";
    document.querySelector("#counters tbody").replaceChildren(...h.lastCallPerCounter.map((c) => cells([c.counter, c.ticket])));
    document.querySelector("#waiting tbody").replaceChildren(...h.waiting.map((w) => {
      const tr = cells([w.prefix, w.waiting]);
      tr.dataset.prefix = w.prefix;
      return tr;
    }));
  }
  function setConnected(on) { $("connection").className = "dot " + (on ? "on" : "off"); document.body.dataset.live = on ? "1" : "0"; }
  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/hall")
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: () => 2000 })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  connection.on("Hall", render);
  connection.onreconnecting(() => setConnected(false));
  connection.onreconnected(() => setConnected(true));
  connection.onclose(() => { setConnected(false); setTimeout(start, 3000); });
  async function start() {
    try { await connection.start(); setConnected(true); } catch { setConnected(false); setTimeout(start, 3000); }
  }
  start();
})();
