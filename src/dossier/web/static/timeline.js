// The timeline page: events from the page's JSON (never HTML) drawn with vis-timeline in PLOVER's four lanes.
// An event dated to a month or a year is a bar over that month or year; a dated day is a box.
"use strict";

(function () {
  const container = document.getElementById("timeline");
  const source = document.getElementById("timeline-data");
  if (!container || !source || typeof vis === "undefined") return;
  const data = JSON.parse(source.textContent);
  const DAY = 24 * 3600 * 1000;

  function span(date, precision) {
    const [y, m, d] = date.split("-").map(Number);
    if (precision === "year" || !m) return [new Date(y, 0, 1), new Date(y + 1, 0, 1)];
    if (precision === "month" || !d) return [new Date(y, m - 1, 1), new Date(y, m, 1)];
    return [new Date(y, m - 1, d), null];
  }

  function shorten(text, most) {
    return text.length > most ? `${text.slice(0, most - 1)}…` : text;
  }

  function content(item) {
    const box = document.createElement("span");
    box.className = "tl-item";
    if (item.conflict) {
      const flag = document.createElement("span");
      flag.className = "tl-flag";
      flag.textContent = "⚠";
      box.appendChild(flag);
    }
    const type = document.createElement("span");
    type.className = "tl-type";
    type.textContent = item.type;
    const summary = document.createElement("span");
    summary.textContent = shorten(item.summary, 46);
    box.append(type, summary);
    if (item.new) {
      const mark = document.createElement("span");
      mark.className = "new-mark";
      mark.textContent = "new";
      box.appendChild(mark);
    }
    return box;
  }

  function tip(item) {
    const parts = [`${item.type}${item.mode ? ` / ${item.mode}` : ""} · ${item.date} (${item.date_precision} precision)`,
      item.summary, `${item.articles} source${item.articles === 1 ? "" : "s"}`];
    if (item.modality !== "asserted") parts.push(`modality: ${item.modality}`);
    if (item.conflict) parts.push("⚠ the sources disagree: click to see each version");
    return parts.join("\n");
  }

  const byId = new Map(data.items.map((item) => [item.id, item]));
  const items = new vis.DataSet(data.items.map((item) => {
    const [start, end] = span(item.date, item.date_precision);
    const classes = [`t-${item.type}`, `modal-${item.modality}`];
    if (item.conflict) classes.push("conflict");
    return {
      id: item.id, group: item.lane, start, ...(end ? { end, type: "range" } : { type: "box" }),
      content: content(item), className: classes.join(" "),
    };
  }));
  const lanes = data.lanes.filter(([key]) => data.items.some((item) => item.lane === key));
  const groups = new vis.DataSet(lanes.map(([key, label], order) => {
    const name = document.createElement("span");
    name.textContent = label;
    return { id: key, content: name, order };
  }));

  // Open on the span of what is reported as done and dated at least to a month: a few events dated only to a
  // year, or planned far ahead, would squeeze everything else (zoom out or "Fit all" shows them).
  const precise = data.items.filter((item) => item.date_precision !== "year" && item.modality === "asserted")
    .map((item) => span(item.date, item.date_precision)[0]);
  const window_ = {};
  if (precise.length) {
    const first = Math.min(...precise), last = Math.max(...precise);
    const pad = Math.max((last - first) * 0.04, 10 * DAY);
    window_.start = new Date(first - pad);
    window_.end = new Date(last + Math.max((last - first) * 0.3, 60 * DAY));  // room for the last labels
  }
  // The window is set once the first draw is done: vis keeps a timeline created with start/end hidden
  // until the range changes, which may never happen.
  const timeline = new vis.Timeline(container, items, groups, {
    onInitialDrawComplete: () => {
      if (window_.start) timeline.setWindow(window_.start, window_.end, { animation: false });
      timeline.on("changed", markReady);
      requestAnimationFrame(() => requestAnimationFrame(markReady));
    },
    align: "left", stack: true, orientation: { axis: "both", item: "top" }, zoomMin: 3 * DAY,
    zoomMax: 40 * 365 * DAY, maxHeight: 1000, minHeight: 220, margin: { item: { horizontal: 4, vertical: 3 } }, showCurrentTime: false,
    groupOrder: "order", selectable: true, zoomKey: "", verticalScroll: true,
  });

  timeline.on("select", (props) => {
    if (props.items.length) window.location.href = `/events/${encodeURIComponent(props.items[0])}`;
  });
  timeline.on("itemover", (props) => {
    const item = byId.get(props.item);
    if (item && window.dossier) window.dossier.showTip(tip(item), props.event.clientX, props.event.clientY);
  });
  timeline.on("itemout", () => window.dossier && window.dossier.hideTip());
  // Ready (for people and tests) once the items are drawn in the chosen window.
  function markReady() {
    if (!data.items.length || container.querySelector(".vis-item.vis-box, .vis-item.vis-range")) {
      document.body.dataset.timelineReady = "1";
      timeline.off("changed", markReady);
    }
  }

  for (const button of document.querySelectorAll("[data-zoom]")) {
    button.addEventListener("click", () => {
      const how = button.getAttribute("data-zoom");
      if (how === "in") timeline.zoomIn(0.5);
      else if (how === "out") timeline.zoomOut(0.5);
      else timeline.fit();
    });
  }
  window.dossierTimeline = timeline;
})();
