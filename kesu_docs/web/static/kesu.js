// kesu serve: drop files or folders, upload with progress, follow a batch's progress.
(function () {
  "use strict";
  var FORM_SUFFIXES = [".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".pdf", ".json"];
  function csrf() { var m = document.querySelector('meta[name="csrf-token"]'); return m ? m.content : ""; }
  function isForm(name) {
    var lower = name.toLowerCase(), base = lower.split("/").pop();
    if (base.indexOf("~$") === 0 || base.indexOf(".~lock") === 0 || base.charAt(0) === ".") return false;
    return FORM_SUFFIXES.some(function (s) { return lower.slice(-s.length) === s; });
  }

  function walk(entry, path, out) {
    return new Promise(function (resolve) {
      if (entry.isFile) {
        entry.file(function (f) { out.push({ file: f, name: path + f.name }); resolve(); }, function () { resolve(); });
      } else if (entry.isDirectory) {
        var reader = entry.createReader(), all = [];
        (function more() {
          reader.readEntries(function (batch) {
            if (!batch.length) {
              Promise.all(all.map(function (e) { return walk(e, path + entry.name + "/", out); })).then(resolve);
            } else { all = all.concat(Array.prototype.slice.call(batch)); more(); }
          }, function () { resolve(); });
        })();
      } else { resolve(); }
    });
  }

  function setupUpload() {
    var form = document.getElementById("upload-form");
    if (!form) return;
    var zone = document.getElementById("dropzone"), dropped = [];
    var chosen = document.getElementById("chosen");
    function show() {
      var n = dropped.length;
      ["files", "folder"].forEach(function (id) {
        var input = document.getElementById(id);
        Array.prototype.forEach.call(input.files, function (f) { if (id === "files" || isForm(f.webkitRelativePath || f.name)) n++; });
      });
      chosen.textContent = n ? n + " ✓" : "";
    }
    ["files", "folder"].forEach(function (id) { document.getElementById(id).addEventListener("change", show); });
    zone.addEventListener("dragover", function (e) { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
    zone.addEventListener("drop", function (e) {
      e.preventDefault(); zone.classList.remove("over");
      var items = e.dataTransfer.items, waits = [], found = [];
      for (var i = 0; items && i < items.length; i++) {
        var entry = items[i].webkitGetAsEntry && items[i].webkitGetAsEntry();
        if (entry) waits.push(walk(entry, "", found));
      }
      if (!waits.length) {
        Array.prototype.forEach.call(e.dataTransfer.files, function (f) { found.push({ file: f, name: f.name }); });
      }
      Promise.all(waits).then(function () {
        found.forEach(function (x) { if (isForm(x.name)) dropped.push(x); });
        show();
      });
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var data = new FormData(), count = 0;
      data.append("csrf_token", csrf());
      dropped.forEach(function (x) { data.append("files", x.file, x.name); count++; });
      Array.prototype.forEach.call(document.getElementById("files").files, function (f) { data.append("files", f, f.name); count++; });
      Array.prototype.forEach.call(document.getElementById("folder").files, function (f) {
        var name = f.webkitRelativePath || f.name;
        if (isForm(name)) { data.append("files", f, name); count++; }
      });
      var error = document.getElementById("upload-error"), bytes = 0;
      data.getAll("files").forEach(function (f) { bytes += f.size; });
      // too much to send: said before a byte goes (the server would take the whole body first)
      if (count > Number(form.dataset.maxFiles) || bytes > Number(form.dataset.maxMb) * 1048576) {
        error.hidden = false; error.textContent = form.dataset.tooLarge; return;
      }
      if (!count) { error.hidden = false; error.textContent = document.documentElement.lang === "en" ? "Choose the files to check" : "请选择要检查的文件"; return; }
      var bar = document.getElementById("upload-progress");
      bar.hidden = false;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.setRequestHeader("X-CSRFToken", csrf());
      xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
      xhr.upload.onprogress = function (ev) { if (ev.lengthComputable) bar.value = 100 * ev.loaded / ev.total; };
      var en = document.documentElement.lang === "en";
      // an answer that is not the page's own (a proxy's, a server gone): its status said, in the page's words
      function failed(status) {
        return en ? "Upload failed: the server answered " + status + ". Upload the files again; if it goes on, tell whoever runs the page."
                  : "上传失败：服务器回答 " + status + "。请重新上传；若一再出现，请告诉管理此网页的人。";
      }
      xhr.onload = function () {
        var reply = {};
        try { reply = JSON.parse(xhr.responseText); } catch (err) { reply = { error: failed(xhr.status + " " + xhr.statusText) }; }
        if (xhr.status === 200 && reply.url) { window.location = reply.url; return; }
        bar.hidden = true;
        error.hidden = false; error.textContent = reply.error || failed(xhr.status + " " + xhr.statusText);
      };
      xhr.onerror = function () {
        bar.hidden = true;
        error.hidden = false;
        error.textContent = en
          ? "Upload failed: the connection to the server was lost (the server stopped, or the network). Nothing of this upload is checked: once the page opens again, upload all the files again."
          : "上传失败：与服务器的连接中断（服务器已停止或网络断开），本次上传的文件都未检查。等网页能再打开后，请重新上传全部文件。";
      };
      xhr.send(data);
    });
  }

  function setupBatch() {
    var box = document.getElementById("batch");
    if (!box) return;
    var running = ["queued", "reading", "checking", "filing"];
    if (running.indexOf(box.dataset.stage) < 0) return;
    var bar = document.getElementById("progress"), text = document.getElementById("progress-text");
    // a poll whose answer never comes (a dropped connection, a suspended tab) must not leave the
    // clerk looking at a bar that no longer moves: each request gives up after 8 s and is sent
    // again, and a page that has heard nothing for 20 s reloads itself
    var heard = Date.now();
    function poll() {
      var ctl = window.AbortController ? new AbortController() : null;
      var timer = ctl ? setTimeout(function () { ctl.abort(); }, 8000) : null;
      fetch(box.dataset.status, { headers: { "Accept": "application/json" }, credentials: "same-origin",
                                  cache: "no-store", signal: ctl ? ctl.signal : undefined })
        .then(function (r) { return r.json(); })
        .then(function (s) {
          if (timer) clearTimeout(timer);
          heard = Date.now();
          bar.max = s.total || 1; bar.value = s.done; text.textContent = s.done + " / " + s.total;
          var step = document.getElementById("step");
          if (step && s.step) { try { step.textContent = JSON.parse(step.dataset.words)[s.step] || s.step; } catch (e) { step.textContent = s.step; } }
          if (running.indexOf(s.stage) < 0) { window.location.reload(); } else { setTimeout(poll, 400); }
        })
        .catch(function () { if (timer) clearTimeout(timer); setTimeout(poll, 1500); });
    }
    setInterval(function () { if (Date.now() - heard > 20000) { window.location.reload(); } }, 2000);
    setTimeout(poll, 300);
  }

  function setupFindings() {
    document.querySelectorAll("tr.finding").forEach(function (row) {
      var mark = row.dataset.mark;
      function toggle(on) {
        row.classList.toggle("active", on);
        document.querySelectorAll('td.marked').forEach(function (cell) {
          if ((" " + cell.dataset.marks).indexOf(" " + mark + " ") >= 0) {
            cell.classList.toggle("active", on);
            if (on) cell.scrollIntoView({ block: "nearest", inline: "nearest" });
          }
        });
      }
      row.addEventListener("mouseenter", function () { toggle(true); });
      row.addEventListener("mouseleave", function () { toggle(false); });
      row.addEventListener("click", function () { toggle(true); });
    });
  }

  // an action that cannot be taken back (a void, reminders numbered in the register) asks first
  function setupConfirm() {
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (e) { if (!window.confirm(form.dataset.confirm)) e.preventDefault(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { setupUpload(); setupBatch(); setupFindings(); setupConfirm(); });
})();
