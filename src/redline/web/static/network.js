/* The network: actors as nodes, directed dyads as curved arrows weighted by event count and
   coloured by mean Goldstein, laid out by a small deterministic force simulation. */
"use strict";

(() => {
  const { svg, getJSON, paramsFromURL, goldsteinColor, signed } = redline;
  const form = document.getElementById("network-filters");
  const status = document.getElementById("network-status");
  const chart = document.getElementById("network-chart");
  const eventsSection = document.getElementById("network-events");
  const filters = paramsFromURL(form, ["actor", "date_from", "date_to", "quad_class",
    "min_events", "mentions"]);
  // Coded actors only unless asked: a side without an actor code is only its mention text
  // ("the attack", "yesterday's march"), which is not an actor.
  const mentions = Boolean(filters.mentions);
  delete filters.mentions;
  form.elements.mentions.checked = mentions;
  const MAX_NODES = 60;
  let selected = null;

  function layout(nodes, edges, width, height) {
    const n = nodes.length;
    nodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / n;
      node.x = width / 2 + (width / 3) * Math.cos(angle);
      node.y = height / 2 + (height / 3) * Math.sin(angle);
    });
    const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.6;
    let temperature = width / 8;
    for (let step = 0; step < 300; step += 1) {
      for (const a of nodes) { a.dx = 0; a.dy = 0; }
      for (let i = 0; i < n; i += 1) {
        for (let j = i + 1; j < n; j += 1) {
          const a = nodes[i];
          const b = nodes[j];
          const dx = a.x - b.x || 0.01;
          const dy = a.y - b.y || 0.01;
          const d2 = dx * dx + dy * dy;
          const f = (k * k) / d2;
          a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
        }
      }
      for (const e of edges) {
        const dx = e.a.x - e.b.x;
        const dy = e.a.y - e.b.y;
        const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        const f = d / k;
        e.a.dx -= dx * f; e.a.dy -= dy * f; e.b.dx += dx * f; e.b.dy += dy * f;
      }
      for (const a of nodes) {
        a.dx += (width / 2 - a.x) * 0.4;
        a.dy += (height / 2 - a.y) * 0.4;
        const d = Math.sqrt(a.dx * a.dx + a.dy * a.dy) || 1;
        a.x += (a.dx / d) * Math.min(d, temperature);
        a.y += (a.dy / d) * Math.min(d, temperature);
      }
      temperature *= 0.98;
    }
    const pad = 70;
    const xs = nodes.map((a) => a.x);
    const ys = nodes.map((a) => a.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (const a of nodes) {
      a.x = x1 > x0 ? pad + ((a.x - x0) / (x1 - x0)) * (width - 2 * pad) : width / 2;
      a.y = y1 > y0 ? pad + ((a.y - y0) / (y1 - y0)) * (height - 2 * pad) : height / 2;
    }
  }

  function curve(a, b, offset) {
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.sqrt(dx * dx + dy * dy) || 1;
    const cx = mx - (dy / len) * offset;
    const cy = my + (dx / len) * offset;
    return { d: `M${a.x},${a.y} Q${cx},${cy} ${b.x},${b.y}`, cx, cy };
  }

  function arrowHead(a, b, c, color, size) {
    const t = 0.6;
    const px = (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.cx + t * t * b.x;
    const py = (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.cy + t * t * b.y;
    const tx = 2 * (1 - t) * (c.cx - a.x) + 2 * t * (b.x - c.cx);
    const ty = 2 * (1 - t) * (c.cy - a.y) + 2 * t * (b.y - c.cy);
    const angle = (Math.atan2(ty, tx) * 180) / Math.PI;
    return svg("path", { d: "M7,0 L-5,-6 L-5,6 Z", fill: color, class: "arrow",
      transform: `translate(${px},${py}) rotate(${angle}) scale(${size})` });
  }

  function draw(dyads) {
    const weight = new Map();
    for (const d of dyads) {
      weight.set(d.source, (weight.get(d.source) || 0) + d.events);
      weight.set(d.target, (weight.get(d.target) || 0) + d.events);
    }
    const names = [...weight.keys()].sort((a, b) => weight.get(b) - weight.get(a) ||
      a.localeCompare(b)).slice(0, MAX_NODES);
    const byName = new Map(names.map((name) => [name, { name, weight: weight.get(name) }]));
    const nodes = [...byName.values()];
    const edges = dyads.filter((d) => byName.has(d.source) && byName.has(d.target))
      .map((d) => ({ ...d, a: byName.get(d.source), b: byName.get(d.target) }));
    const width = Math.max(640, chart.clientWidth || 900);
    const height = Math.max(420, Math.min(720, 260 + nodes.length * 18));
    layout(nodes, edges.filter((e) => e.a !== e.b), width, height);

    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
      "aria-label": "Actors and the events between them" });
    const maxEvents = Math.max(...edges.map((e) => e.events));
    for (const e of edges) {
      const color = goldsteinColor(e.goldstein);
      const group = svg("g", { class: "edge", tabindex: 0, "data-source": e.source,
        "data-target": e.target });
      const label = `${e.source} → ${e.target}: ${e.events} event${e.events === 1 ? "" : "s"}, ` +
        `mean Goldstein ${signed(e.goldstein)}`;
      group.append(svg("title", {}, label));
      if (e.a === e.b) {
        const r = 18 + 3 * Math.sqrt(e.a.weight);
        const d = `M${e.a.x},${e.a.y - 6} a${r / 2},${r / 2} 0 1,1 8,8`;
        group.append(svg("path", { d, class: "edge-hit" }));
        group.append(svg("path", { d, stroke: color, class: "edge-line",
          "stroke-width": 1.5 + 4 * Math.sqrt(e.events / maxEvents) }));
      } else {
        const c = curve(e.a, e.b, Math.min(60, 0.15 * Math.hypot(e.b.x - e.a.x, e.b.y - e.a.y)));
        group.append(svg("path", { d: c.d, class: "edge-hit" }));
        const stroke = 1.5 + 6 * Math.sqrt(e.events / maxEvents);
        group.append(svg("path", { d: c.d, stroke: color, class: "edge-line",
          "stroke-width": stroke }));
        group.append(arrowHead(e.a, e.b, c, color, 0.8 + stroke / 5));
      }
      const open = () => {
        if (selected) selected.classList.remove("selected");
        selected = group;
        group.classList.add("selected");
        const params = { ...filters, negated: "false", source: e.source, target: e.target };
        delete params.actor;
        delete params.min_events;
        redline.showEvents(eventsSection, `${e.source} → ${e.target}`, params);
      };
      group.addEventListener("click", open);
      group.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
      root.append(group);
    }
    for (const node of nodes) {
      const r = 6 + 3 * Math.sqrt(node.weight);
      const group = svg("g", { class: "node", tabindex: 0, "data-actor": node.name });
      group.append(svg("title", {}, `${node.name}: ${node.weight} events`));
      group.append(svg("circle", { cx: node.x, cy: node.y, r }));
      group.append(svg("text", { x: node.x, y: node.y - r - 6, "text-anchor": "middle" },
        node.name));
      const open = () => {
        const params = { ...filters, negated: "false", actor: node.name };
        delete params.min_events;
        redline.showEvents(eventsSection, `Events involving ${node.name}`, params);
      };
      group.addEventListener("click", open);
      group.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
      root.append(group);
    }
    chart.replaceChildren(root);
    return nodes.length;
  }

  async function load() {
    try {
      const coded = mentions ? "false" : "true";
      const data = await getJSON("/api/dyads", { ...filters, coded, limit: 500 });
      if (!data.items.length) {
        status.textContent = "No dyads match: events need both a source and a target" +
          (mentions ? "." : " with actor codes (tick “mention text too” for the rest).");
        return;
      }
      const shown = draw(data.items);
      const more = data.total > data.items.length ? ` (the ${data.items.length} largest shown)` : "";
      const kind = mentions ? "actors and mentions" : "coded actors";
      status.textContent = `${shown} ${kind}, ${data.total} dyads${more}. ` +
        "Click an arrow for its events, an actor for all of its events.";
    } catch (error) {
      status.textContent = error.message;
      status.className = "status error";
    }
  }

  load();
})();
