using System.Net;
using CounterNode.Hub.Board;
using CounterNode.Hub.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Catalogue;

/// <summary>
/// The admin page <c>/admin/catalogue</c> (Vietnamese): lists and edits services, procedures,
/// counters, officers, departments, priority categories and the center's hours. It only calls
/// <see cref="CatalogueApi"/>; every save is a <c>catalogue.put</c> pushed to the nodes at once.
/// The form remembers the token of the entry it opened (<c>"absent"</c> for a new one) and sends it
/// as <c>If-Match</c>: when someone else saved the entry meanwhile the save is refused (409) and
/// nothing typed is lost: the page fetches the entry as it is now and shows, next to the form, a
/// conflict panel listing field by field what differs between the administrator's input and the
/// saved version (lists item by item), with an explicit choice: overwrite with my input (saved again
/// with the new token), use the saved version (loaded into the form, nothing saved), or — when the
/// entry was removed meanwhile — create it again (token <c>absent</c>). The same panel serves a
/// refused delete and a refused new badge: it compares the row the administrator saw with the saved
/// version (fields only the list shows, like "has a badge", included) and offers to delete / issue
/// again based on the version just shown (an explicit second click), or not to; an entry removed
/// meanwhile is simply gone from the refreshed list. The API shows no badge version, so a badge
/// re-issued meanwhile changes no visible field: the panel then says a badge or PIN may have changed.
/// The API does not say who saved, so the panel says only that someone else did.
/// Behind the supervisors' cookie login (unauthenticated visitors are sent to the board login).
/// </summary>
public static class CatalogueAdminPage
{
    /// <summary>Path of the page.</summary>
    public const string Path = "/admin/catalogue";

    public static IEndpointRouteBuilder MapCatalogueAdminPage(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.MapGet(Path, Get).RequireAuthorization(BoardAuthentication.SupervisorPolicy);
        return routes;
    }

    private static ContentHttpResult Get(HttpContext http, IOptions<HubOptions> hub) =>
        TypedResults.Content(
            Html.Replace("{{center}}", WebUtility.HtmlEncode(hub.Value.CenterName), StringComparison.Ordinal)
                .Replace("{{user}}", WebUtility.HtmlEncode(http.User.Identity?.Name ?? string.Empty), StringComparison.Ordinal)
                .Replace("{{api}}", CatalogueApi.Prefix, StringComparison.Ordinal),
            "text/html; charset=utf-8");

    private const string Html = """
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Quản trị danh mục — {{center}}</title>
<style>
 body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;background:#f4f6f8;color:#1d2733}
 header{background:#0b4f8a;color:#fff;padding:10px 20px;display:flex;justify-content:space-between;align-items:center}
 header a{color:#fff}
 main{padding:12px 20px;max-width:1200px}
 nav button{margin:0 4px 8px 0;padding:6px 12px;border:1px solid #0b4f8a;background:#fff;color:#0b4f8a;cursor:pointer}
 nav button.active{background:#0b4f8a;color:#fff}
 table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:12px}
 th,td{border:1px solid #ccd3da;padding:4px 8px;text-align:left;vertical-align:top;font-size:14px}
 th{background:#e8edf2}
 form{background:#fff;border:1px solid #ccd3da;padding:10px;display:grid;grid-template-columns:220px 1fr;gap:6px 10px;max-width:800px}
 form label{font-weight:bold;align-self:center}
 form input[type=text],form input[type=number],form textarea,form select{width:100%;box-sizing:border-box;padding:4px}
 .actions{grid-column:1 / span 2}
 #status{margin:8px 0;padding:6px 10px;min-height:1.2em}
 #status.ok{background:#e3f4e1;color:#1f5e1a} #status.error{background:#fbe3e3;color:#8a1010}
 [aria-invalid=true]{outline:2px solid #c00}
 #badge{font-family:monospace;font-size:16px;background:#fffbe0;padding:6px}
 #edit-area{display:flex;gap:16px;align-items:flex-start;flex-wrap:wrap}
 #edit-area form{flex:1 1 480px}
 #conflict{flex:1 1 420px;max-width:640px;background:#fff8e6;border:2px solid #b36b00;padding:10px}
 #conflict:focus{outline:3px solid #0b4f8a}
 #conflict h3{margin:0 0 6px;color:#7a4a00}
 #conflict table{font-size:13px}
 #conflict ul{margin:0;padding-left:18px}
 #conflict .only{font-weight:bold;background:#fde9b8}
 #conflict .order{font-style:italic}
 #conflict-warning{font-weight:bold;color:#8a1010}
 #conflict button{margin:6px 6px 0 0;padding:6px 10px}
</style>
</head>
<body>
<header><strong>Quản trị danh mục — {{center}}</strong><span>{{user}} · <a href="/board">Bảng giám sát</a></span></header>
<main>
<nav id="tabs"></nav>
<div id="status" role="status" aria-live="polite"></div>
<section id="list"></section>
<h3 id="form-title"></h3>
<div id="edit-area">
<form id="editor" autocomplete="off"></form>
<section id="conflict" hidden tabindex="-1" aria-labelledby="conflict-title">
<h3 id="conflict-title"></h3>
<p id="conflict-who"></p>
<table id="conflict-diff"><thead><tr><th scope="col">Mục</th><th scope="col" id="conflict-mine"></th><th scope="col" id="conflict-theirs">Bản đã lưu hiện nay</th></tr></thead><tbody></tbody></table>
<p id="conflict-same" hidden></p>
<p id="conflict-warning" hidden></p>
<div id="conflict-actions">
<button type="button" id="conflict-overwrite">Ghi đè bằng nội dung của tôi</button>
<button type="button" id="conflict-use-saved">Dùng bản đã lưu</button>
<button type="button" id="conflict-recreate">Tạo lại với nội dung của tôi</button>
<button type="button" id="conflict-discard">Bỏ nội dung của tôi</button>
<button type="button" id="conflict-delete-anyway">Vẫn xóa bản đã lưu</button>
<button type="button" id="conflict-keep">Không xóa</button>
<button type="button" id="conflict-badge-anyway">Vẫn cấp thẻ mới</button>
<button type="button" id="conflict-no-badge">Không cấp</button>
</div>
</section>
</div>
<p id="badge" hidden></p>
</main>
<script>
"use strict";
const api = "{{api}}";
const kinds = {
  center: { title: "Trung tâm", single: true, key: () => "center", fields: [
    { name: "name", label: "Tên Trung tâm" }, { name: "agencyCode", label: "Mã cơ quan" },
    { name: "workingHours", label: "Giờ làm việc (vd 07:00-11:00, 13:00-17:00)", type: "periods" },
    { name: "cutOff", label: "Giờ chốt nhận hồ sơ" }, { name: "paperTransferTimes", label: "Giờ chuyển hồ sơ giấy", type: "list" } ] },
  service: { title: "Dịch vụ (hàng đợi)", list: "services", key: d => d.prefix, fields: [
    { name: "prefix", label: "Ký hiệu số" }, { name: "name", label: "Tên dịch vụ" },
    { name: "departments", label: "Sở, ngành (mã, cách nhau dấu phẩy)", type: "list" },
    { name: "priority", label: "Ưu tiên", type: "select", options: [["strict", "Gọi ưu tiên trước"], ["interleaved", "Xen kẽ"]] },
    { name: "normalsBetween", label: "Số thường giữa hai số ưu tiên", type: "number" } ] },
  procedure: { title: "Thủ tục", list: "procedures", key: d => d.code, fields: [
    { name: "code", label: "Mã thủ tục" }, { name: "name", label: "Tên thủ tục" }, { name: "department", label: "Sở, ngành (mã)" },
    { name: "processingDays", label: "Thời hạn giải quyết (ngày làm việc)", type: "number" }, { name: "fee", label: "Lệ phí (đồng)", type: "number" },
    { name: "documents", label: "Thành phần hồ sơ (mỗi dòng một giấy tờ)", type: "lines" }, { name: "electronic", label: "Trả kết quả điện tử", type: "bool" } ] },
  counter: { title: "Quầy", list: "counters", key: d => String(d.number), fields: [
    { name: "number", label: "Số quầy", type: "number" }, { name: "services", label: "Dịch vụ (ký hiệu, dấu phẩy)", type: "list" },
    { name: "departments", label: "Sở, ngành (mã, dấu phẩy)", type: "list" }, { name: "shared", label: "Quầy dùng chung", type: "bool" } ] },
  officer: { title: "Cán bộ", list: "officers", key: d => d.id, path: id => "/officers/" + encodeURIComponent(id), fields: [
    { name: "id", label: "Mã cán bộ" }, { name: "name", label: "Họ và tên" }, { name: "title", label: "Chức danh" },
    { name: "department", label: "Sở, ngành (mã)" }, { name: "phone", label: "Điện thoại" }, { name: "active", label: "Đang làm việc", type: "bool" }, { name: "hasBadge", label: "Đã cấp thẻ", type: "bool", listOnly: true },
    { name: "pin", label: "Mã PIN mới (để trống nếu giữ nguyên)", type: "password" } ] },
  department: { title: "Sở, ngành", list: "departments", key: d => d.code, fields: [
    { name: "code", label: "Mã" }, { name: "name", label: "Tên" } ] },
  "priority-category": { title: "Đối tượng ưu tiên", list: "priorityCategories", key: d => d.id, fields: [
    { name: "id", label: "Mã (không dấu, gạch nối)" }, { name: "name", label: "Tên" } ] },
};
let catalogue = null, current = "service", editing = null;
// The refused action the conflict panel is about: { action, kind, key, token, saved } (token and data of the entry as now saved; "absent" when removed).
let conflict = null;
const changedMeanwhile = "catalogue.changed-meanwhile";

function status(text, ok) { const s = document.getElementById("status"); s.textContent = text; s.className = ok ? "ok" : "error"; }
function show(value, f, inTable) {
  if (value === undefined || value === null) return "";
  if (f.type === "periods") return value.map(p => p.from + "-" + p.to).join(", ");
  if (f.type === "list") return value.join(", ");
  if (f.type === "lines") return inTable ? value.join("; ") : value.join("\n");
  if (f.type === "bool") return value ? "Có" : "Không";
  return String(value);
}
function read(form, f) {
  const el = form.elements[f.name];
  const v = el.type === "checkbox" ? el.checked : el.value;
  switch (f.type) {
    case "bool": return v;
    case "number": return v.trim() === "" ? null : Number(v);
    case "list": return v.split(",").map(x => x.trim()).filter(x => x);
    case "lines": return v.split("\n").map(x => x.trim()).filter(x => x);
    case "periods": return v.split(",").map(x => x.trim()).filter(x => x).map(x => { const [from, to] = x.split("-").map(y => y.trim()); return { from, to }; });
    default: return v;
  }
}
async function load() {
  const r = await fetch(api + "/", { credentials: "same-origin" });
  if (!r.ok) { status("Không tải được danh mục (" + r.status + ").", false); return; }
  catalogue = await r.json();
  render();
}
function rowsOf(kind) { const k = kinds[kind]; return k.single ? (catalogue.center ? [catalogue.center] : []) : catalogue[k.list]; }
function render() {
  const tabs = document.getElementById("tabs"); tabs.textContent = "";
  for (const [name, k] of Object.entries(kinds)) {
    const b = document.createElement("button"); b.type = "button"; b.textContent = k.title; b.dataset.kind = name;
    if (name === current) b.className = "active";
    b.onclick = () => { current = name; editing = null; document.getElementById("badge").hidden = true; render(); };
    tabs.appendChild(b);
  }
  renderList();
  const k = kinds[current];
  edit(k.single ? (catalogue.center || {}) : editing);
}
function renderList() {
  const k = kinds[current], list = document.getElementById("list"); list.textContent = "";
  const table = document.createElement("table"), head = table.insertRow();
  for (const f of k.fields.filter(f => f.type !== "password")) { const th = document.createElement("th"); th.textContent = f.label; head.appendChild(th); }
  head.appendChild(document.createElement("th"));
  for (const d of rowsOf(current)) {
    const tr = table.insertRow(); tr.dataset.key = k.key(d);
    for (const f of k.fields.filter(f => f.type !== "password")) tr.insertCell().textContent = show(d[f.name], f, true);
    const b = document.createElement("button"); b.type = "button"; b.textContent = "Sửa"; b.onclick = () => edit(d); tr.insertCell().appendChild(b);
  }
  list.appendChild(table);
}
function edit(d) {
  hideConflict();
  editing = d; const k = kinds[current], form = document.getElementById("editor"); form.textContent = ""; form.dataset.kind = current;
  // The version this form is based on: sent back as If-Match so a save never overwrites someone else's newer one.
  form.dataset.token = d && (k.single || k.key(d)) ? tokenOf(current, k.single ? "center" : k.key(d)) : "absent";
  document.getElementById("form-title").textContent = (d && !k.single ? "Sửa: " + k.key(d) : k.single ? "Sửa thông tin" : "Thêm mới") + " — " + k.title;
  for (const f of k.fields.filter(f => !f.listOnly)) {
    const label = document.createElement("label"); label.textContent = f.label; label.htmlFor = "f-" + f.name;
    let input;
    if (f.type === "lines") input = document.createElement("textarea");
    else if (f.type === "select") { input = document.createElement("select"); for (const [v, t] of f.options) { const o = document.createElement("option"); o.value = v; o.textContent = t; input.appendChild(o); } }
    else { input = document.createElement("input"); input.type = f.type === "bool" ? "checkbox" : f.type === "number" ? "number" : f.type === "password" ? "password" : "text"; }
    input.id = "f-" + f.name; input.name = f.name;
    const value = d ? d[f.name] : undefined;
    if (f.type === "bool") input.checked = value === undefined ? f.name === "active" : !!value;
    else if (f.type === "select") input.value = (value || f.options[0][0]).toLowerCase();
    else if (f.type !== "password") input.value = f.type === "number" || f.type === "list" || f.type === "lines" || f.type === "periods" ? show(value, f) : (value ?? "");
    if (d && !k.single && f === k.fields[0]) input.readOnly = true;
    form.append(label, input);
  }
  const actions = document.createElement("div"); actions.className = "actions";
  const save = document.createElement("button"); save.type = "submit"; save.textContent = "Lưu"; actions.appendChild(save);
  if (!k.single) {
    const add = document.createElement("button"); add.type = "button"; add.textContent = "Thêm mới"; add.onclick = () => edit(null); actions.appendChild(add);
    if (d) { const del = document.createElement("button"); del.type = "button"; del.id = "delete-entry"; del.textContent = "Xóa"; del.onclick = () => remove(d); actions.appendChild(del); }
    if (d && current === "officer") { const badge = document.createElement("button"); badge.type = "button"; badge.id = "issue-badge"; badge.textContent = "Cấp thẻ mới"; badge.onclick = () => issueBadge(d); actions.appendChild(badge); }
  }
  form.appendChild(actions);
  form.onsubmit = e => { e.preventDefault(); saveForm(); };
}
function tokenOf(kind, key) { return (catalogue.tokens || {})["catalogue." + kind + "/" + key] || "absent"; }
// onConflict: what to do when someone else changed the entry meanwhile (409); onGone: when it no longer exists (404).
async function send(method, path, body, token, onConflict, onGone) {
  const headers = { "Content-Type": "application/json" };
  if (token) headers["If-Match"] = '"' + token + '"';
  const r = await fetch(api + path, { method, credentials: "same-origin", headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await r.json().catch(() => ({}));
  if (r.status === 409 && json.code === changedMeanwhile && onConflict) { await onConflict(json); return null; }
  if (r.status === 404 && onGone) { await onGone(json); return null; }
  if (!r.ok) {
    status(json.detail || ("Lỗi " + r.status), false);
    // Nothing is re-rendered on a refusal: what was typed stays.
    // Point at the offending input (the problem names the JSON field, e.g. "documents[1]").
    const el = json.field && document.getElementById("editor").elements[json.field.split(/[.\[]/)[0]];
    if (el) { el.setAttribute("aria-invalid", "true"); el.focus(); }
    return null;
  }
  return json;
}
function formData(k, form) {
  const data = {};
  for (const f of k.fields.filter(f => !f.listOnly)) { const v = read(form, f); if (!(f.type === "password" && v === "")) data[f.name] = v; }
  return data;
}
async function saveForm(done) {
  const k = kinds[current], kind = current, form = document.getElementById("editor"), data = formData(k, form);
  const key = k.single ? "center" : k.key(data);
  if (!key) { status("Vui lòng nhập mã.", false); return; }
  const result = await send("PUT", k.path ? k.path(key) : "/" + kind + "/" + encodeURIComponent(key), data, form.dataset.token, () => showConflict(kind, key));
  if (result) { hideConflict(); status((done || "Đã lưu") + " " + k.title.toLowerCase() + " " + key + " (phiên bản " + result.version + "); các quầy nhận thay đổi ngay.", true); await reload(kind, key); }
}

// ---- Someone else saved the same entry first: show what differs and let the administrator choose. ----
// Values as compared: the form's reading and the stored JSON brought to one shape (a missing bool is false, "Strict" = "strict"…).
function canon(f, v) {
  switch (f.type) {
    case "bool": return !!v;
    case "number": return v === undefined || v === null || v === "" ? null : Number(v);
    case "list": case "lines": return (v || []).map(x => String(x).trim()).filter(x => x);
    case "periods": return (v || []).map(p => String(p.from).trim() + "-" + String(p.to).trim());
    case "select": return String(v || f.options[0][0]).toLowerCase();
    default: return v === undefined || v === null ? "" : String(v).trim();
  }
}
function isList(f) { return f.type === "list" || f.type === "lines" || f.type === "periods"; }
// withListOnly: two stored versions are compared (delete, badge), so what only the list shows (e.g. "Đã cấp thẻ") counts too.
function differences(k, mine, saved, withListOnly) {
  const rows = [];
  for (const f of k.fields.filter(f => (withListOnly || !f.listOnly) && f.type !== "password")) {
    const a = canon(f, mine[f.name]), b = canon(f, saved[f.name]);
    if (JSON.stringify(a) !== JSON.stringify(b)) rows.push({ f, a, b });
  }
  return rows;
}
function showValue(f, v) {
  if (f.type === "bool") return v ? "Có" : "Không";
  if (f.type === "select") { const o = f.options.find(x => x[0] === v); return o ? o[1] : v; }
  if (v === null || v === "") return "(để trống)";
  return String(v);
}
// A list cell: every item, the ones the other side lacks marked, so a changed document list reads item by item.
function listCell(items, other) {
  const cell = document.createElement("td");
  if (items.length === 0) { cell.textContent = "(không có mục nào)"; return cell; }
  const ul = document.createElement("ul");
  for (const item of items) {
    const li = document.createElement("li"); li.textContent = item;
    if (!other.includes(item)) { li.className = "only"; li.append(" — chỉ có ở bản này"); }
    ul.appendChild(li);
  }
  cell.appendChild(ul);
  const sameItems = items.length === other.length && items.every(x => other.includes(x));
  if (sameItems) { const p = document.createElement("p"); p.className = "order"; p.textContent = "Cùng các mục nhưng khác thứ tự."; cell.appendChild(p); }
  return cell;
}
function nameOf(kind, key) { const k = kinds[kind]; return k.single ? k.title : k.title + " " + key; }
// The entry as now saved ({ data, token }), null when it was removed meanwhile, undefined when it could not be read (the status says so).
async function fetchSaved(kind, key, unread) {
  const r = await fetch(api + "/" + kind + "/" + encodeURIComponent(key), { credentials: "same-origin" });
  if (r.status === 404) return null;
  if (!r.ok) { status(nameOf(kind, key) + " vừa được người khác thay đổi nhưng không tải được bản đã lưu (lỗi " + r.status + "); " + unread, false); return undefined; }
  return await r.json();
}
// The buttons each refused action offers.
const conflictChoices = {
  save: ["overwrite", "use-saved"], recreate: ["recreate", "discard"],
  delete: ["delete-anyway", "keep"], badge: ["badge-anyway", "no-badge"],
};
// One panel for every refused action: what differs (rows of differences()), the choices of `action`, focus on the panel.
function openConflict(c) {
  conflict = { action: c.action, kind: c.kind, key: c.key, token: c.entry ? c.entry.token : "absent", saved: c.entry ? c.entry.data : null };
  document.getElementById("conflict-title").textContent = c.title;
  document.getElementById("conflict-who").textContent = c.who;
  document.getElementById("conflict-mine").textContent = c.mine || "";
  const body = document.querySelector("#conflict-diff tbody"); body.textContent = "";
  for (const { f, a, b } of c.rows) {
    const tr = body.insertRow(); tr.dataset.field = f.name;
    const th = document.createElement("th"); th.scope = "row"; th.textContent = f.label; tr.appendChild(th);
    if (isList(f)) tr.append(listCell(a, b), listCell(b, a));
    else { tr.insertCell().textContent = showValue(f, a); tr.insertCell().textContent = showValue(f, b); }
  }
  document.getElementById("conflict-diff").hidden = c.rows.length === 0;
  const same = document.getElementById("conflict-same"); same.textContent = c.same || ""; same.hidden = !c.same || c.rows.length !== 0;
  const warning = document.getElementById("conflict-warning"); warning.textContent = c.warning || ""; warning.hidden = !c.warning;
  for (const id of Object.values(conflictChoices).flat()) document.getElementById("conflict-" + id).hidden = !conflictChoices[c.action].includes(id);
  status(c.status, false);
  const panel = document.getElementById("conflict"); panel.hidden = false; panel.focus();
}
async function showConflict(kind, key) {
  const k = kinds[kind], form = document.getElementById("editor"), mine = formData(k, form);
  const entry = await fetchSaved(kind, key, "nội dung bạn nhập vẫn còn, hãy thử lưu lại sau.");
  if (entry === undefined) return;
  const removed = entry === null, name = nameOf(kind, key);
  refreshRow(kind, key, entry);
  openConflict({ action: removed ? "recreate" : "save", kind, key, entry,
    title: removed ? name + " đã bị người khác xóa" : name + " đã được lưu bởi người khác",
    who: removed
      ? "Mục này đã bị người khác xóa sau khi bạn mở nó. Nội dung bạn nhập chưa được lưu và vẫn còn trong biểu mẫu."
      : "Mục này đã được lưu bởi người khác sau khi bạn mở nó. Nội dung bạn nhập chưa được lưu và vẫn còn trong biểu mẫu. Các mục khác nhau:",
    mine: "Nội dung của bạn (chưa lưu)", rows: removed ? [] : differences(k, mine, entry.data),
    same: removed ? "" : "Bản đã lưu có nội dung giống hệt nội dung bạn nhập.",
    status: removed
      ? "Chưa lưu: " + name + " đã bị người khác xóa. Hãy chọn tạo lại hoặc bỏ nội dung của bạn."
      : "Chưa lưu: " + name + " đã được người khác lưu trước bạn. Hãy xem các điểm khác nhau rồi chọn ghi đè hoặc dùng bản đã lưu." });
}
// The table shows the entry as now saved (the form keeps the administrator's input and its old token until they choose).
function refreshRow(kind, key, entry) {
  const k = kinds[kind], tokenKey = "catalogue." + kind + "/" + key;
  if (entry) catalogue.tokens[tokenKey] = entry.token; else delete catalogue.tokens[tokenKey];
  if (k.single) { catalogue.center = entry ? entry.data : null; }
  else {
    const rows = catalogue[k.list], at = rows.findIndex(x => k.key(x) === key);
    if (entry && at >= 0) rows[at] = entry.data; else if (entry) rows.push(entry.data); else if (at >= 0) rows.splice(at, 1);
  }
  renderList();
}
function hideConflict() { conflict = null; document.getElementById("conflict").hidden = true; }
function conflictKindStillOpen() { return conflict && conflict.kind === current; }
document.getElementById("conflict-overwrite").onclick = async () => {
  if (!conflictKindStillOpen()) return;
  // An explicit overwrite: the save is now based on the version just shown, so it replaces it (a newer one is refused again).
  document.getElementById("editor").dataset.token = conflict.token;
  await saveForm("Đã ghi đè bằng nội dung của bạn:");
};
document.getElementById("conflict-recreate").onclick = async () => {
  if (!conflictKindStillOpen()) return;
  document.getElementById("editor").dataset.token = "absent";
  await saveForm("Đã tạo lại");
};
document.getElementById("conflict-use-saved").onclick = async () => {
  if (!conflictKindStillOpen()) return;
  const { kind, key } = conflict, k = kinds[kind];
  await reload(kind, key);
  status("Đã nạp bản đã lưu của " + (k.single ? k.title : k.title + " " + key) + " vào biểu mẫu; nội dung bạn nhập đã được bỏ, chưa có gì được lưu.", true);
  const first = document.querySelector("#editor input:not([readonly]):not([type=checkbox]), #editor textarea, #editor select");
  if (first) first.focus();
};
document.getElementById("conflict-discard").onclick = async () => {
  if (!conflictKindStillOpen()) return;
  const { kind, key } = conflict, k = kinds[kind];
  editing = null; await load();
  status("Đã bỏ nội dung bạn nhập cho " + k.title + " " + key + "; mục này không còn trong danh mục.", true);
};
// The row of the list and its token: what the administrator saw, and the version a delete or a badge is based on.
function seenRow(kind, key) { const k = kinds[kind]; return k.single ? catalogue.center : rowsOf(kind).find(x => k.key(x) === key); }
// Someone else removed the entry before this administrator's delete or badge: nothing to choose, the list is brought up to date.
async function gone(kind, key, text, ok) { hideConflict(); editing = null; await load(); status(nameOf(kind, key) + text, ok); }
async function remove(d) {
  const kind = current, key = kinds[kind].key(d);
  if (!confirm("Xóa " + key + "?")) return;
  await deleteEntry(kind, key, seenRow(kind, key) || d, tokenOf(kind, key), "Đã xóa ");
}
async function deleteEntry(kind, key, seen, token, done) {
  const result = await send("DELETE", "/" + kind + "/" + encodeURIComponent(key), undefined, token,
    () => showDeleteConflict(kind, key, seen), () => gone(kind, key, " đã được người khác xóa trước bạn; danh sách đã được làm mới.", true));
  if (result) { hideConflict(); editing = null; await load(); status(done + kinds[kind].title.toLowerCase() + " " + key + ".", true); }
}
// A delete refused because the entry changed since the administrator saw it: what changed, then delete anyway or keep.
async function showDeleteConflict(kind, key, seen) {
  const k = kinds[kind], name = nameOf(kind, key);
  const entry = await fetchSaved(kind, key, "chưa có gì bị xóa.");
  if (entry === undefined) return;
  if (entry === null) { await gone(kind, key, " đã được người khác xóa trước bạn; danh sách đã được làm mới.", true); return; }
  refreshRow(kind, key, entry);
  openConflict({ action: "delete", kind, key, entry,
    title: name + " đã được người khác sửa trước khi bạn xóa",
    who: "Mục này đã được người khác lưu sau khi bạn xem nó; chưa có gì bị xóa. Các mục khác nhau giữa bản bạn đã xem và bản đã lưu hiện nay:",
    mine: "Bản bạn đã xem", rows: differences(k, seen, entry.data, true),
    same: kind === "officer" ? "Các thông tin hiển thị không đổi: người khác đã cấp thẻ mới hoặc đổi mã PIN của cán bộ này." : "Nội dung hiển thị không đổi.",
    status: "Chưa xóa: " + name + " đã được người khác sửa. Hãy xem các điểm khác nhau rồi chọn vẫn xóa hoặc không xóa." });
}
async function issueBadge(d) { await issueBadgeFor(d.id, seenRow("officer", d.id) || d, tokenOf("officer", d.id), "Đã cấp thẻ mới cho " + d.id + "; thẻ cũ hết hiệu lực."); }
async function issueBadgeFor(id, seen, token, done) {
  const result = await send("POST", "/officers/" + encodeURIComponent(id) + "/badge", undefined, token,
    () => showBadgeConflict(id, seen), () => gone("officer", id, " đã bị người khác xóa; không cấp thẻ.", false));
  if (result) {
    hideConflict();
    // The badge changed the officer: a form based on the version the badge replaced is now based on the new one
    // (no false "changed meanwhile" on its next save); a form based on an older version keeps its token, so its save still shows the conflict.
    catalogue.tokens["catalogue.officer/" + id] = result.token;
    const form = document.getElementById("editor"); if (form.dataset.token === token) form.dataset.token = result.token;
    const p = document.getElementById("badge"); p.hidden = false; p.textContent = "Mã thẻ mới (in ngay, chỉ hiện một lần): " + result.badge; status(done, true); }
}
// A badge refused because the officer changed since the administrator saw them: what changed, then issue anyway or not.
// The API shows only whether a badge exists: a badge re-issued meanwhile changes no visible field, so the panel says so.
async function showBadgeConflict(id, seen) {
  const k = kinds.officer, name = nameOf("officer", id);
  const entry = await fetchSaved("officer", id, "chưa cấp thẻ mới.");
  if (entry === undefined) return;
  if (entry === null) { await gone("officer", id, " đã bị người khác xóa; không cấp thẻ.", false); return; }
  refreshRow("officer", id, entry);
  const issuedMeanwhile = !seen.hasBadge && entry.data.hasBadge;
  openConflict({ action: "badge", kind: "officer", key: id, entry,
    title: name + " đã được người khác thay đổi trước khi bạn cấp thẻ",
    who: "Cán bộ này đã được người khác lưu sau khi bạn xem; chưa có thẻ mới nào được cấp. Các mục khác nhau giữa bản bạn đã xem và bản đã lưu hiện nay:",
    mine: "Bản bạn đã xem", rows: differences(k, seen, entry.data, true),
    same: "Các thông tin hiển thị không đổi: có thể người khác vừa cấp thẻ mới hoặc đổi mã PIN của cán bộ này.",
    warning: issuedMeanwhile
      ? "Người khác vừa cấp thẻ cho cán bộ này. Nếu vẫn cấp thẻ mới, thẻ đó sẽ hết hiệu lực ngay; chỉ thẻ bạn cấp dùng được."
      : "Nếu người khác vừa cấp thẻ cho cán bộ này, thẻ đó sẽ hết hiệu lực ngay khi bạn vẫn cấp thẻ mới; chỉ thẻ bạn cấp dùng được.",
    status: "Chưa cấp thẻ: " + name + " đã được người khác thay đổi. Hãy xem các điểm khác nhau rồi chọn vẫn cấp thẻ mới hoặc không cấp." });
}
document.getElementById("conflict-delete-anyway").onclick = async () => {
  if (!conflictKindStillOpen()) return;
  // Explicit: the delete is now based on the version just shown (a newer one is refused again and shown).
  const { kind, key, token, saved } = conflict;
  await deleteEntry(kind, key, saved, token, "Đã xóa bản đã lưu của ");
};
document.getElementById("conflict-keep").onclick = async () => {
  if (!conflictKindStillOpen()) return;
  const { kind, key } = conflict;
  await reload(kind, key);
  status("Không xóa: " + nameOf(kind, key) + " được giữ nguyên như bản đã lưu hiện nay.", true);
};
document.getElementById("conflict-badge-anyway").onclick = async () => {
  if (!conflictKindStillOpen()) return;
  const { key, token, saved } = conflict;
  await issueBadgeFor(key, saved, token, "Đã cấp thẻ mới cho " + key + "; thẻ cũ và thẻ người khác vừa cấp (nếu có) hết hiệu lực.");
};
document.getElementById("conflict-no-badge").onclick = () => {
  if (!conflictKindStillOpen()) return;
  const { kind, key } = conflict;
  hideConflict();
  status("Không cấp thẻ mới cho " + nameOf(kind, key) + "; không có gì thay đổi.", true);
  const again = document.getElementById("issue-badge"); if (again) again.focus();
};
async function reload(kind, key) {
  const message = document.getElementById("status").textContent, cls = document.getElementById("status").className;
  await load(); const k = kinds[kind];
  if (!k.single) { const d = rowsOf(kind).find(x => k.key(x) === key); if (d) edit(d); }
  const s = document.getElementById("status"); s.textContent = message; s.className = cls;
}
load();
</script>
</body>
</html>
""";
}
