"""The first page (issue 15, start in seconds): a plain chat served at "/" while the Gradio page
is still being built (``web.startup.LateSwitch``). One HTML document with its CSS and script
inline — nothing from outside, no Gradio — that asks through ``POST /api/v1/ask`` (the same
answers, in one conversation) and fits a 390 px phone. It polls ``/healthz``: once the full page
is mounted (``"ui": "ready"``) it reloads into it if nothing was asked yet, else offers a link.
"""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="nianbao-page" content="first">
<link rel="icon" href="data:,">
<title>年报问答 Nianbao</title>
<style>
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;
 color:#1f2937;background:#f8fafc}
main{max-width:52rem;margin:0 auto;padding:12px;display:flex;flex-direction:column;min-height:100vh}
h1{font-size:1.3rem;margin:4px 0 6px}
#note{background:#fef9c3;border:1px solid #fde68a;border-radius:8px;padding:6px 10px;font-size:.9rem}
#note.ready{background:#dcfce7;border-color:#86efac}
#note.failed{background:#fee2e2;border-color:#fca5a5}
#log{flex:1;margin:10px 0;display:flex;flex-direction:column;gap:8px}
.msg{border-radius:10px;padding:8px 12px;white-space:pre-wrap;overflow-wrap:anywhere;max-width:100%}
.q{align-self:flex-end;background:#dbeafe}
.a{align-self:flex-start;background:#fff;border:1px solid #e5e7eb}
.err{background:#fee2e2}
.badge{display:inline-block;font-size:.8rem;background:#fde68a;border-radius:6px;padding:0 6px;margin-bottom:4px}
.examples{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0}
button{font:inherit;border-radius:8px;border:1px solid #94a3b8;background:#fff;padding:6px 10px;cursor:pointer}
button.primary{background:#2563eb;border-color:#2563eb;color:#fff}
form{position:sticky;bottom:0;background:#f8fafc;padding:8px 0;display:flex;gap:8px}
textarea{flex:1;min-width:0;font:inherit;padding:8px;border-radius:8px;border:1px solid #94a3b8;resize:vertical}
textarea::placeholder{color:#6b7280}
</style>
</head>
<body>
<main>
<h1>年报问答 Nianbao</h1>
<div id="note" role="status">完整界面正在加载，现在已可提问。The full interface is loading; you can already ask.</div>
<div class="examples">
<button type="button" class="ex">涧西区2020年收到多少政府信息公开申请？</button>
<button type="button" class="ex">How many applications were received in 2020?</button>
</div>
<div id="log" aria-live="polite"></div>
<form id="ask">
<textarea id="question" name="question" rows="2" maxlength="2000" required
 placeholder="输入问题，例如：涧西区2020年有多少申请不予公开？ Ask a question"></textarea>
<button type="submit" class="primary">提问 Ask</button>
</form>
<noscript>此页需要 JavaScript；完整界面几秒后可用，请刷新。This page needs JavaScript; reload in a few seconds.</noscript>
</main>
<script>
(function () {
  var conversation = null, asked = false;
  var log = document.getElementById("log"), box = document.getElementById("question");
  var note = document.getElementById("note");
  function add(cls, text, badge) {
    var div = document.createElement("div");
    div.className = "msg " + cls;
    if (badge) { var b = document.createElement("div"); b.className = "badge"; b.textContent = badge; div.appendChild(b); }
    div.appendChild(document.createTextNode(text));
    log.appendChild(div);
    div.scrollIntoView({block: "end"});
    return div;
  }
  function ask(question) {
    asked = true;
    add("q", question);
    var wait = add("a", "…");
    var body = {question: question};
    if (conversation) body.conversation_id = conversation;
    fetch("/api/v1/ask", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)})
      .then(function (r) { return r.json().then(function (j) { return [r.ok, j]; }); })
      .then(function (res) {
        wait.remove();
        var j = res[1];
        if (!res[0]) { add("a err", j.message || "出错了，请重试。Something went wrong; try again."); return; }
        conversation = j.conversation_id || conversation;
        var sample = (j.reports || []).some(function (r) { return r.sample; });
        add("a", j.answer, sample ? "示例（虚构）sample, fictional" : null);
      })
      .catch(function () { wait.remove(); add("a err", "连接失败，请重试。Connection failed; try again."); });
  }
  document.getElementById("ask").addEventListener("submit", function (e) {
    e.preventDefault();
    var q = box.value.trim();
    if (q) { box.value = ""; ask(q); }
  });
  box.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); document.getElementById("ask").requestSubmit(); }
  });
  Array.prototype.forEach.call(document.querySelectorAll("button.ex"), function (b) {
    b.addEventListener("click", function () { ask(b.textContent); });
  });
  function poll() {
    fetch("/healthz", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (h) {
      if (h.ui === "ready") {
        if (!asked && !box.value) { location.reload(); return; }
        note.className = "ready";
        note.textContent = "";
        var a = document.createElement("a");
        a.href = "/"; a.textContent = "完整界面已就绪，点此打开（当前对话不会带过去）。The full interface is ready: open it (this conversation stays here).";
        note.appendChild(a);
      } else if (h.ui === "failed") {
        note.className = "failed";
        note.textContent = "完整界面未能加载，此简易问答仍可使用。The full interface failed to load; this simple chat works.";
      } else { setTimeout(poll, 1000); }
    }).catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 1000);
})();
</script>
</body>
</html>
"""


def add_first_page(app: FastAPI) -> None:
    """``GET /``: the plain chat (never cached: the same address becomes the full page)."""

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def first_page() -> HTMLResponse:  # async: no worker thread while the page is being built
        return HTMLResponse(PAGE, headers={"Cache-Control": "no-store"})
