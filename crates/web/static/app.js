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
    };
    kind.addEventListener("change", sync);
    sync();
  }

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
