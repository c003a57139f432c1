// The timeline page: fetch the items the filters select from /api/timeline and draw them
// with vis-timeline. Every text goes into the page through textContent, never as HTML.
"use strict";

(function () {
  const box = document.getElementById("timeline");
  const status = document.getElementById("timeline-status");
  const hovered = document.getElementById("hovered");
  if (!box || typeof vis === "undefined") {
    return;
  }
  const COLOURS = {
    event: "rgba(31, 78, 156, 0.85)",
    phase: "rgba(120, 96, 60, 0.55)",
    relations: "rgba(47, 125, 50, 0.55)",
    alliance: "rgba(181, 68, 46, 0.55)",
    membership: "rgba(123, 63, 158, 0.5)",
    leader: "rgba(90, 90, 90, 0.45)",
    aid: "rgba(138, 109, 0, 0.5)",
    base: "rgba(40, 110, 140, 0.5)",
    policy: "rgba(160, 90, 120, 0.5)",
  };

  function percent(x) {
    return (100 * x).toFixed(2) + "%";
  }

  // Solid where the date is certain, fading to nothing where it is not.
  function fuzzyStyle(item) {
    const colour = COLOURS[item.group] || COLOURS.event;
    const from = percent(item.fade_in);
    const to = percent(1 - item.fade_out);
    return (
      "background: linear-gradient(to right, transparent 0%, " + colour + " " + from + ", " +
      colour + " " + to + ", transparent 100%);"
    );
  }

  function toVis(item) {
    const shown = {
      id: item.kind + ":" + item.id,
      group: item.group,
      start: item.start,
      title: undefined,
      className: "kind-" + item.group + (item.salience === 1 ? " key" : ""),
      rift: item,
    };
    if (item.end === null) {
      shown.type = "point";
    } else {
      shown.type = "range";
      shown.end = item.end;
      if (item.fade_in > 0 || item.fade_out > 0) {
        shown.className += " fuzzy";
      }
      shown.style = fuzzyStyle(item);
    }
    return shown;
  }

  function label(item) {
    const span = document.createElement("span");
    span.textContent = item.rift ? item.rift.title : "";
    return span;
  }

  function groupLabel(group) {
    const span = document.createElement("span");
    span.textContent = group.title;
    return span;
  }

  function describe(item) {
    hovered.textContent = "";
    const when = document.createElement("span");
    when.className = "date";
    when.textContent = item.date + " ";
    const title = document.createElement("strong");
    title.textContent = item.title;
    const kind = document.createElement("span");
    kind.className = "badge";
    kind.textContent = item.kind === "event" ? (item.type || "event") : item.group;
    hovered.append(when, title, " ", kind);
    hovered.classList.remove("muted");
  }

  fetch(box.dataset.source, { headers: { Accept: "application/json" } })
    .then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          throw new Error(body.error || "the items could not be loaded");
        }
        return body;
      });
    })
    .then(function (data) {
      const items = new vis.DataSet(data.items.map(toVis));
      const groups = new vis.DataSet(
        data.groups.map(function (g) {
          return { id: g.id, title: g.title, content: g.title };
        })
      );
      // open on everything shown, a year either side (vis would otherwise open on today)
      const year = 1000 * 60 * 60 * 24 * 365;
      const starts = data.items.map(function (i) { return Date.parse(i.start); });
      const ends = data.items.map(function (i) { return Date.parse(i.end || i.start); });
      const first = new Date((starts.length ? Math.min.apply(null, starts) : Date.UTC(1941, 0)) - year);
      const last = new Date((ends.length ? Math.max.apply(null, ends) : Date.UTC(1992, 0)) + year);
      const timeline = new vis.Timeline(box, items, groups, {
        start: first,
        end: last,
        stack: true,
        maxHeight: 720,
        verticalScroll: true,
        zoomKey: "ctrlKey",
        zoomMin: 1000 * 60 * 60 * 24 * 20,
        zoomMax: 1000 * 60 * 60 * 24 * 365 * 80,
        orientation: "top",
        margin: { item: { horizontal: 2, vertical: 4 } },
        template: label,
        groupTemplate: groupLabel,
        xss: { disabled: false },
        tooltip: { followMouse: false },
        selectable: true,
      });
      timeline.on("select", function (props) {
        const chosen = props.items.length ? items.get(props.items[0]) : null;
        if (chosen) {
          window.location.assign(chosen.rift.url);
        }
      });
      timeline.on("itemover", function (props) {
        const item = items.get(props.item);
        if (item) {
          describe(item.rift);
        }
      });
      document.getElementById("zoom-in").addEventListener("click", function () {
        timeline.zoomIn(0.5);
      });
      document.getElementById("zoom-out").addEventListener("click", function () {
        timeline.zoomOut(0.5);
      });
      document.getElementById("fit").addEventListener("click", function () {
        timeline.setWindow(first, last);
      });
      const events = data.items.filter(function (i) { return i.kind === "event"; }).length;
      status.textContent = data.items.length
        ? events + " events, " + (data.items.length - events) + " periods"
        : "Nothing matches these filters.";
      box.dataset.ready = "true";
      window.riftTimeline = timeline;
    })
    .catch(function (error) {
      status.textContent = "Could not load the timeline: " + error.message;
      status.classList.add("problem");
    });
})();
