// civic's search box for /search/: an enhancement of the A to Z index below it, which works
// without this script. Nothing is fetched until the reader first uses the box; then the
// site's search/index.json, once. Results are built with textContent, never as HTML.
(function () {
  "use strict";
  var root = document.getElementById("site-search");
  if (!root || !window.fetch) return;
  var d = root.dataset, entries = null, loading = null, timer = 0, last = "";
  var fold = function (s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
  var el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  var form = el("form"), label = el("label", null, d.label), input = el("input"), status = el("p", "search-status"), list = el("ol", "search-results");
  form.setAttribute("role", "search");
  label.htmlFor = input.id = "search-query";
  input.type = "search";
  input.autocomplete = "off";
  input.spellcheck = false;
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  form.append(label, input, status, list);
  root.append(form);
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  input.addEventListener("focus", load);
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });

  function load() {
    if (!loading) {
      loading = fetch(d.index).then(function (r) { if (!r.ok) throw r.status; return r.json(); }).then(function (json) {
        entries = json.entries.map(function (e) {
          return { e: e, title: fold(e[0]), rest: fold([e[3] || "", e[7] || ""].join(" ")) };
        });
      }).catch(function () { status.textContent = d.failed; });
    }
    return loading;
  }

  function run() {
    var query = input.value.trim();
    load().then(function () {
      if (!entries || query === last) return;
      last = query;
      show(query, search(fold(query).split(/\s+/).filter(Boolean)));
    });
  }

  // Every word must be found; a title that holds them all comes first, then by where the
  // first word is found (title or text), then in A to Z order.
  function search(words) {
    if (!words.length) return [];
    var found = [];
    entries.forEach(function (x, order) {
      var inTitle = 0;
      for (var i = 0; i < words.length; i++) {
        var t = x.title.indexOf(words[i]) >= 0;
        if (!t && x.rest.indexOf(words[i]) < 0) return;
        if (t) inTitle++;
      }
      found.push({ x: x, score: (inTitle === words.length ? 0 : 2) - (x.title.indexOf(words[0]) === 0 ? 1 : 0), order: order });
    });
    found.sort(function (a, b) { return a.score - b.score || a.order - b.order; });
    return found.map(function (f) { return f.x; });
  }

  // The part of the text around the first word found, with that word marked.
  function excerpt(text, word) {
    var p = el("p", "excerpt"), folded = "", map = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text[i]);
      for (var j = 0; j < f.length; j++) { folded += f[j]; map.push(i); }
    }
    var at = folded.indexOf(word);
    if (at < 0) { p.textContent = text.slice(0, 160) + (text.length > 160 ? "…" : ""); return p; }
    var start = map[at], end = map[at + word.length - 1] + 1, from = Math.max(0, start - 70), to = Math.min(text.length, end + 90);
    p.append((from > 0 ? "…" : "") + text.slice(from, start), el("mark", null, text.slice(start, end)), text.slice(end, to) + (to < text.length ? "…" : ""));
    return p;
  }

  function show(query, results) {
    list.textContent = "";
    var words = fold(query).split(/\s+/).filter(Boolean);
    results.slice(0, 30).forEach(function (x) {
      var e = x.e, li = el("li"), a = el("a", null, e[0]);
      a.href = e[1];
      if (e[8]) a.lang = e[8];
      li.append(a, " ", el("span", "az-kind", e[2]));
      if (e[3]) li.append(" ", el("span", "az-detail", e[3]));
      if (e[4]) { var s = el("a", "status " + e[5], e[4]); s.href = e[6]; li.append(" ", s); }
      if (e[7]) {
        var text = excerpt(e[7], words[0]);
        if (e[8]) text.lang = e[8];
        li.append(text);
      }
      list.append(li);
    });
    var n = results.length;
    var said = n === 0 ? d.none : n === 1 ? d.one : (n > 30 ? d.more : d.many).replace("{n}", n);
    // A function, so that "$&" typed in the box is shown as typed, not as a pattern.
    status.textContent = query ? said.replace("{q}", function () { return query; }) : "";
  }
})();
