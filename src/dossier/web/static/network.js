// The network page: actors (nodes, sized by their events) linked by the events they share (edges), drawn with
// vis-network from the page's JSON. Labels are drawn on the canvas; the side panel is built with textContent.
"use strict";

(function () {
  const container = document.getElementById("network");
  const source = document.getElementById("network-data");
  if (!container || !source || typeof vis === "undefined") return;
  const graph = JSON.parse(source.textContent);
  const styles = getComputedStyle(document.documentElement);
  const colour = (type) => (styles.getPropertyValue(`--e-${type}`) || "#64748b").trim();
  const nodesById = new Map(graph.nodes.map((n) => [n.id, n]));

  const nodes = new vis.DataSet(graph.nodes.map((n) => ({
    id: n.id, label: n.name, value: n.events, shape: "dot",
    color: { background: colour(n.type), border: "#ffffff", highlight: { background: colour(n.type), border: "#111827" },
             hover: { background: colour(n.type), border: "#111827" } },
  })));
  const edges = new vis.DataSet(graph.edges.map((e, i) => ({
    id: i, from: e.source, to: e.target, value: e.events,
  })));
  const network = new vis.Network(container, { nodes, edges }, {
    nodes: { borderWidth: 2, scaling: { min: 7, max: 38, label: { enabled: true, min: 12, max: 20 } },
             font: { face: "DejaVu Sans, Arial, sans-serif", color: "#1c2430", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { color: { color: "#c3cad6", highlight: "#1d4ed8", hover: "#6b7a90" }, scaling: { min: 1, max: 9 },
             smooth: false, selectionWidth: 1.5 },
    physics: { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -60, springLength: 110,
               avoidOverlap: 0.4 }, stabilization: { iterations: 400, fit: true } },
    interaction: { hover: true, tooltipDelay: 80, navigationButtons: false, keyboard: false, multiselect: false },
  });

  function describe(id) {
    const node = nodesById.get(id);
    const links = graph.edges.filter((e) => e.source === id || e.target === id)
      .map((e) => [nodesById.get(e.source === id ? e.target : e.source), e.events])
      .filter(([other]) => other).sort((a, b) => b[1] - a[1]);
    return { node, links };
  }

  function tip(id) {
    const { node, links } = describe(id);
    return `${node.name} · ${node.type.toLowerCase()}\n${node.events} event${node.events === 1 ? "" : "s"},`
      + ` linked to ${links.length} actor${links.length === 1 ? "" : "s"}`;
  }

  function showSelection(id) {
    const panel = document.getElementById("network-selection");
    if (!panel) return;
    const { node, links } = describe(id);
    panel.replaceChildren();
    panel.classList.remove("muted");
    const title = document.createElement("h3");
    title.textContent = node.name;
    const open = document.createElement("a");
    open.href = `/actors/${encodeURIComponent(node.id)}`;
    open.className = "open-actor";
    open.textContent = `Open ${node.name} →`;
    const facts = document.createElement("p");
    facts.textContent = `${node.type.toLowerCase()} · ${node.events} events in this window`;
    const list = document.createElement("ul");
    list.className = "neighbours";
    for (const [other, n] of links.slice(0, 12)) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `/actors/${encodeURIComponent(other.id)}`;
      a.textContent = other.name;
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = String(n);
      li.append(a, count);
      list.appendChild(li);
    }
    panel.append(title, facts, open, list);
  }

  network.on("hoverNode", (params) => {
    const box = container.getBoundingClientRect();
    if (window.dossier) window.dossier.showTip(tip(params.node), box.left + params.pointer.DOM.x, box.top + params.pointer.DOM.y);
  });
  network.on("blurNode", () => window.dossier && window.dossier.hideTip());
  network.on("click", (params) => { if (params.nodes.length) showSelection(params.nodes[0]); });
  network.on("doubleClick", (params) => {
    if (params.nodes.length) window.location.href = `/actors/${encodeURIComponent(params.nodes[0])}`;
  });
  network.once("stabilizationIterationsDone", () => {
    network.setOptions({ physics: false });
    network.fit({ animation: false });
    document.body.dataset.networkReady = "1";
  });
  if (!graph.nodes.length) document.body.dataset.networkReady = "1";
  const fit = document.getElementById("network-fit");
  if (fit) fit.addEventListener("click", () => network.fit());
  window.dossierNetwork = network;
})();
