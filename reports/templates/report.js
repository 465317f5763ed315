/* reconcile discrepancy report: event filters. Inlined by report.html.j2; allowed by its hash in the page's CSP.
   Without JavaScript every event is shown and the filter form stays hidden; this script only hides cards.
   Cards carry data-grade, data-kinds and data-sources (space-separated tokens); the selects' values are tokens. */
(function () {
  "use strict";
  /* A printed report shows every conflict pair by pair: the closed lists of pairs are opened for print, then closed. */
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details.conflict-pairs"), function (details) {
      return !details.open;
    });
    opened.forEach(function (details) { details.open = true; });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });
  var form = document.getElementById("filters");
  if (!form) {
    return;
  }
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-event-card]"));
  var tocEntries = {};
  Array.prototype.forEach.call(document.querySelectorAll("[data-toc-for]"), function (entry) {
    tocEntries[entry.getAttribute("data-toc-for")] = entry;
  });
  var status = document.getElementById("filter-status");
  var empty = document.getElementById("filter-empty");

  function tokens(element, name) {
    var value = element.getAttribute(name) || "";
    return value ? value.split(" ") : [];
  }

  function value(name) {
    var control = form.elements.namedItem(name);
    return control ? control.value : "";
  }

  function matches(card, kind, source, grade) {
    var kinds = tokens(card, "data-kinds");
    if (kind === "none" && kinds.length > 0) {
      return false;
    }
    if (kind && kind !== "none" && kinds.indexOf(kind) < 0) {
      return false;
    }
    if (source && tokens(card, "data-sources").indexOf(source) < 0) {
      return false;
    }
    return !(grade && card.getAttribute("data-grade") !== grade);
  }

  /* "1 event", "3 events": the count with its noun in the singular or the plural. */
  function events(count) {
    return count + (count === 1 ? " event" : " events");
  }

  function update() {
    var kind = value("kind");
    var source = value("source");
    var grade = value("grade");
    var shown = 0;
    cards.forEach(function (card) {
      var show = matches(card, kind, source, grade);
      card.hidden = !show;
      var entry = tocEntries[card.id];
      if (entry) {
        entry.hidden = !show;
      }
      if (show) {
        shown += 1;
      }
    });
    if (status) {
      if (shown === cards.length) {
        status.textContent = cards.length === 1 ? "Showing 1 event." : "Showing all " + events(cards.length) + ".";
      } else {
        status.textContent = "Showing " + shown + " of " + events(cards.length) + ".";
      }
    }
    if (empty) {
      empty.hidden = shown > 0 || cards.length === 0;
    }
  }

  form.addEventListener("change", update);
  form.addEventListener("reset", function () {
    window.setTimeout(update, 0);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update();
  });
  form.hidden = false;
  update();
}());
