// IPTF Hub: small improvements for browsers with JavaScript. Every page works without it.
//
// While a form is being sent, its submit buttons are disabled, so a second click on a
// slow connection does not send it again (the hub also answers a repeat with the first
// answer: web::once). Buttons come back when the page is shown again from history.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.getAttribute("data-sending")) {
      event.preventDefault();
      return;
    }
    form.setAttribute("data-sending", "1");
    // After the browser has read the form, so the clicked button's value is still sent.
    window.setTimeout(function () {
      form.querySelectorAll("button, input[type=submit]").forEach(function (b) {
        b.disabled = true;
      });
      form.setAttribute("aria-busy", "true");
    }, 0);
  });
  // The site menu is folded on narrow screens and always open on wide ones (without
  // JavaScript it stays open, so every link is reachable).
  var menu = document.querySelector("details.site-menu");
  if (menu && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 48.01rem)");
    var fit = function () {
      menu.open = wide.matches;
    };
    fit();
    if (wide.addEventListener) wide.addEventListener("change", fit);
  }

  // Folded filters (the directory's) start open where the screen has room for them.
  if (window.matchMedia("(min-width: 40rem)").matches) {
    document.querySelectorAll("details.filters-fold").forEach(function (d) {
      d.open = true;
    });
  }

  // The company size and what it sells matter for companies only: shown when the kind
  // is "company" (the hub ignores them for other kinds anyway).
  var kind = document.getElementById("f-kind");
  var size = document.getElementById("f-size_class");
  var cpv = document.getElementById("f-cpv");
  if (kind && (size || cpv)) {
    var sync = function () {
      var company = kind.value === "company";
      if (size) {
        size.closest(".field").hidden = !company;
        if (!company) size.value = "";
      }
      if (cpv) cpv.closest(".field").hidden = !company;
      var eic = document.getElementById("f-eic_supported");
      if (eic) eic.closest(".field").hidden = !company;
    };
    kind.addEventListener("change", sync);
    sync();
  }

  // The region: a search box that narrows the list as you type, and a list that follows
  // the country chosen (without JavaScript the form is sent back with the list).
  var regionField = document.querySelector(".field[data-regions]");
  var country = document.getElementById("f-country");
  if (regionField) {
    var fold = function (s) {
      return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    };
    var search = null;
    var addSearch = function (select) {
      if (search) return;
      var wrap = document.createElement("div");
      wrap.className = "region-search";
      var label = document.createElement("label");
      label.htmlFor = "f-nuts-search";
      label.textContent = regionField.getAttribute("data-search");
      search = document.createElement("input");
      search.type = "search";
      search.id = "f-nuts-search";
      search.setAttribute("aria-controls", "f-nuts");
      search.autocomplete = "off";
      wrap.appendChild(label);
      wrap.appendChild(search);
      regionField.insertBefore(wrap, select);
      search.addEventListener("input", function () {
        var q = fold(search.value.trim());
        var list = document.getElementById("f-nuts");
        var first = null;
        Array.prototype.forEach.call(list.options, function (o, i) {
          var show = i === 0 || q === "" || fold(o.text).indexOf(q) >= 0;
          o.hidden = !show;
          if (show && i > 0 && !first) first = o;
        });
        if (q !== "" && first && list.selectedOptions[0] && list.selectedOptions[0].hidden) first.selected = true;
      });
    };
    var current = document.getElementById("f-nuts");
    if (current && current.tagName === "SELECT") addSearch(current);
    if (country && window.fetch) {
      country.addEventListener("change", function () {
        var code = country.value;
        var old = document.getElementById("f-nuts");
        if (!code || !old) return;
        fetch("/api/v1/regions?country=" + encodeURIComponent(code), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
          .then(function (regions) {
            var select = document.createElement("select");
            select.id = "f-nuts";
            select.name = "nuts";
            ["aria-describedby", "aria-invalid"].forEach(function (a) {
              if (old.getAttribute(a)) select.setAttribute(a, old.getAttribute(a));
            });
            select.appendChild(new Option(regionField.getAttribute("data-regions"), ""));
            regions.forEach(function (g) {
              var pad = new Array(g.level).join("\u00a0\u00a0");
              select.appendChild(new Option(pad + g.name + " (" + g.code + ")", g.code));
            });
            old.parentNode.replaceChild(select, old);
            if (search) search.value = "";
            addSearch(select);
          })
          .catch(function () {});
      });
    }
  }

  // A folded list of choices (what a company sells): a search box that shows the matching
  // choices and opens their divisions. Without JavaScript every division still opens.
  document.querySelectorAll(".tree[data-search]").forEach(function (tree) {
    var fold = function (s) {
      return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    };
    var wrap = document.createElement("div");
    wrap.className = "tree-search";
    var label = document.createElement("label");
    label.htmlFor = tree.id + "-search";
    label.textContent = tree.getAttribute("data-search");
    var box = document.createElement("input");
    box.type = "search";
    box.id = tree.id + "-search";
    box.autocomplete = "off";
    box.setAttribute("aria-controls", tree.id);
    wrap.appendChild(label);
    wrap.appendChild(box);
    tree.parentNode.insertBefore(wrap, tree);
    box.addEventListener("input", function () {
      var q = fold(box.value.trim());
      tree.querySelectorAll("details").forEach(function (d) {
        var any = false;
        d.querySelectorAll(".check").forEach(function (c) {
          var hit = q === "" || fold(c.textContent).indexOf(q) >= 0;
          c.hidden = !hit;
          any = any || hit;
        });
        d.hidden = !any;
        if (q !== "") d.open = any;
      });
    });
  });

  // The search box completes titles as one types: the browser's own suggestion list
  // (a datalist) filled from /api/v1/search/suggest. Without JavaScript the box is a
  // plain search field and the form works the same.
  var search = document.getElementById("search-q");
  if (search && window.fetch) {
    var list = document.createElement("datalist");
    list.id = "search-q-suggestions";
    search.parentNode.appendChild(list);
    search.setAttribute("list", list.id);
    search.setAttribute("autocomplete", "off");
    var timer = null;
    var asked = "";
    search.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var q = search.value;
        if (q.trim().length < 2 || q === asked) return;
        asked = q;
        window
          .fetch("/api/v1/search/suggest?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
          .then(function (r) {
            return r.ok ? r.json() : [];
          })
          .then(function (items) {
            if (search.value !== q) return;
            list.textContent = "";
            items.forEach(function (item) {
              var o = document.createElement("option");
              o.value = item.title;
              list.appendChild(o);
            });
          })
          .catch(function () {});
      }, 150);
    });
  }

  // An event's start also in the visitor's own time zone (the page gives it in the
  // event's zone and in UTC; only the browser knows where the visitor is).
  if (window.Intl && Intl.DateTimeFormat) {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.querySelectorAll("time[data-local-label]").forEach(function (t) {
      var d = new Date(t.getAttribute("datetime"));
      if (isNaN(d.getTime()) || !zone) return;
      var local = d.toLocaleString(document.documentElement.lang || undefined, {
        dateStyle: "medium",
        timeStyle: "short",
      });
      var span = document.createElement("span");
      span.className = "local-time";
      span.textContent = " · " + t.getAttribute("data-local-label") + " " + local + " (" + zone + ")";
      t.parentNode.insertBefore(span, t.nextSibling);
    });
  }

  // A certificate's print button (without JavaScript, the browser's own print command).
  document.querySelectorAll("[data-print]").forEach(function (b) {
    var p = b.closest("[hidden]");
    if (p) p.hidden = false;
    b.addEventListener("click", function () {
      window.print();
    });
  });

  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-sending]").forEach(function (form) {
      form.removeAttribute("data-sending");
      form.removeAttribute("aria-busy");
      form.querySelectorAll("button, input[type=submit]").forEach(function (b) {
        b.disabled = false;
      });
    });
  });
})();
