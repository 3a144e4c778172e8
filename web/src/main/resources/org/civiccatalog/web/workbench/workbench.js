/*
 * The SPARQL workbench: YASGUI (served by the catalog itself, /assets/yasgui/) on the catalog's own /sparql. Each
 * example of the library gets a button that opens it in the editor and runs it, and the results of the query in
 * the editor can be downloaded as CSV or JSON from the endpoint. Without this script, the page's plain form and
 * links do the same.
 */
(function () {
  "use strict";
  var root = document.getElementById("workbench");
  if (!root || typeof Yasgui === "undefined") return;
  var endpoint = root.getAttribute("data-endpoint");

  // The prefix, class and property completers ask prefix.cc and LOV on the internet: only local ones here.
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false
  });
  // YASGUI leaves two fields without a name for screen readers, and puts its "add tab" button inside the tab list
  // (where only tabs may be). The workbench keeps one tab (the examples open in it), so that button goes; its empty
  // holder stays, since YASGUI inserts tabs before it.
  function accessible() {
    Array.prototype.forEach.call(root.querySelectorAll("input.autocomplete"), function (i) {
      i.setAttribute("aria-label", "SPARQL endpoint");
    });
    Array.prototype.forEach.call(root.querySelectorAll(".CodeMirror textarea"), function (t) {
      t.setAttribute("aria-label", "SPARQL query");
    });
    Array.prototype.forEach.call(root.querySelectorAll(".tabsList button.addTab"), function (b) {
      b.parentNode.hidden = true;
      b.parentNode.removeChild(b);
    });
  }
  accessible();
  var plain = document.getElementById("plain-form");
  yasgui.getTab().setQuery(document.getElementById("query").value);
  if (plain) plain.hidden = true;

  var downloads = document.createElement("p");
  downloads.id = "downloads";
  root.appendChild(downloads);
  function link(query, format, label) {
    var a = document.createElement("a");
    a.href = endpoint + "?query=" + encodeURIComponent(query) + "&format=" + format;
    a.textContent = label;
    return a;
  }
  function showDownloads(tab) {
    var query = tab.getQuery();
    downloads.textContent = "Download the results of the query in the editor: ";
    downloads.appendChild(link(query, "csv", "CSV"));
    downloads.appendChild(document.createTextNode(" · "));
    downloads.appendChild(link(query, "json", "JSON"));
  }
  yasgui.on("query", function (instance, tab) { showDownloads(tab); });
  showDownloads(yasgui.getTab());

  Array.prototype.forEach.call(document.querySelectorAll("[data-example]"), function (item) {
    var text = item.querySelector("code.query").textContent;
    var title = item.querySelector("h3").textContent;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "open-example";
    button.textContent = "Open in the editor and run";
    button.setAttribute("aria-label", "Open \u201c" + title + "\u201d in the editor and run it");
    button.addEventListener("click", function () {
      var tab = yasgui.getTab();
      tab.setQuery(text);
      tab.query();
      root.scrollIntoView();
    });
    var run = item.querySelector("p.run");
    run.appendChild(document.createTextNode(" · "));
    run.appendChild(button);
  });
})();
