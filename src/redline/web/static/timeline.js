/* The timeline: stacked bars of events per period by QuadClass, a line for mean Goldstein, and
   the events behind a bar on click. Drawn as plain SVG from /api/timeline. */
"use strict";

(() => {
  const { QUAD, el, svg, getJSON, paramsFromURL, signed } = redline;
  const form = document.getElementById("timeline-filters");
  const status = document.getElementById("timeline-status");
  const chart = document.getElementById("timeline-chart");
  const eventsSection = document.getElementById("timeline-events");
  const filters = paramsFromURL(form, ["actor", "source", "target", "date_from", "date_to",
    "interval"]);
  const interval = filters.interval || "day";

  function periodRange(period) {
    if (interval === "year") return [`${period}-01-01`, `${period}-12-31`];
    if (interval === "month") {
      const [y, m] = period.split("-").map(Number);
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return [`${period}-01`, `${period}-${String(last).padStart(2, "0")}`];
    }
    return [period, period];
  }

  function niceMax(value) {
    if (value <= 5) return Math.max(1, value);
    const step = 10 ** Math.floor(Math.log10(value));
    return Math.ceil(value / step) * step;
  }

  const DAY = 86400000;

  /** When a period starts and when the next one does, as UTC milliseconds. */
  function periodSpan(period) {
    const [y, m = 1, d = 1] = period.split("-").map(Number);
    const start = Date.UTC(y, m - 1, d);
    if (interval === "year") return [start, Date.UTC(y + 1, 0, 1)];
    if (interval === "month") return [start, Date.UTC(y, m, 1)];
    return [start, start + DAY];
  }

  /** Tick marks for a time axis from t0 to t1: whole years, months or days, at most ~8. */
  function timeTicks(t0, t1) {
    const days = (t1 - t0) / DAY;
    const ticks = [];
    const first = new Date(t0);
    if (days > 3 * 365) {
      const years = days / 365;
      const step = [1, 2, 5, 10, 20, 50].find((s) => years / s <= 8) || 100;
      let y = Math.ceil(first.getUTCFullYear() / step) * step;
      for (; Date.UTC(y, 0, 1) <= t1; y += step) {
        if (Date.UTC(y, 0, 1) >= t0) ticks.push([Date.UTC(y, 0, 1), String(y)]);
      }
    } else if (days > 90) {
      const months = days / 30.4;
      const step = [1, 2, 3, 6, 12].find((s) => months / s <= 8) || 12;
      let y = first.getUTCFullYear();
      let m = first.getUTCMonth();
      m = Math.ceil(m / step) * step;
      for (let t = Date.UTC(y, m, 1); t <= t1; m += step, t = Date.UTC(y, m, 1)) {
        const at = new Date(t);
        const label = `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, "0")}`;
        if (t >= t0) ticks.push([t, label]);
      }
    } else {
      const step = [1, 2, 7, 14, 28].find((s) => days / s <= 8) || 28;
      for (let t = Math.ceil(t0 / DAY) * DAY; t <= t1; t += step * DAY) {
        ticks.push([t, new Date(t).toISOString().slice(0, 10)]);
      }
    }
    return ticks;
  }

  function describe() {
    const who = [];
    if (filters.actor) who.push(`involving ${filters.actor}`);
    if (filters.source) who.push(`by ${filters.source}`);
    if (filters.target) who.push(`on ${filters.target}`);
    return who.join(" ");
  }

  function draw(data) {
    const periods = data.totals.map((t) => t.date);
    const counts = {};
    for (const row of data.items) counts[`${row.date}|${row.quad_class}`] = row;
    const width = Math.max(640, chart.clientWidth || 960);
    const height = 380;
    const m = { left: 48, right: 56, top: 20, bottom: 56 };
    const plotW = width - m.left - m.right;
    const plotH = height - m.top - m.bottom;
    const maxCount = niceMax(Math.max(...data.totals.map((t) => t.events)));
    // A real time axis: each period sits where its dates are, so 2003 and 2019 are far apart
    // and a quiet month shows as a gap. Half a period of room at either end.
    const spans = new Map(periods.map((p) => [p, periodSpan(p)]));
    const starts = periods.map((p) => spans.get(p)[0]);
    const ends = periods.map((p) => spans.get(p)[1]);
    const pad = (Math.max(...ends) - Math.min(...starts)) * 0.02 || DAY;
    const t0 = Math.min(...starts) - pad;
    const t1 = Math.max(...ends) + pad;
    const xt = (t) => m.left + ((t - t0) / (t1 - t0)) * plotW;
    const x = (i) => xt((spans.get(periods[i])[0] + spans.get(periods[i])[1]) / 2);
    const periodW = (p) => xt(spans.get(p)[1]) - xt(spans.get(p)[0]);
    const barW = Math.max(3, Math.min(48, Math.min(...periods.map(periodW)) * 0.8));
    const y = (n) => m.top + plotH - (n / maxCount) * plotH;
    const yg = (g) => m.top + plotH / 2 - (g / 10) * (plotH / 2);

    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
      "aria-label": `Events per ${interval} by QuadClass` });
    const ticks = Math.min(maxCount, 5);
    for (let k = 0; k <= ticks; k += 1) {
      const n = Math.round((maxCount / ticks) * k);
      root.append(svg("line", { x1: m.left, x2: width - m.right, y1: y(n), y2: y(n),
        class: "grid" }));
      root.append(svg("text", { x: m.left - 8, y: y(n) + 4, class: "axis-label",
        "text-anchor": "end" }, n));
    }
    for (const g of [-10, -5, 0, 5, 10]) {
      root.append(svg("text", { x: width - m.right + 8, y: yg(g) + 4, class: "axis-label gold-axis" },
        signed(g).replace(".0", "")));
    }
    root.append(svg("line", { x1: m.left, x2: width - m.right, y1: yg(0), y2: yg(0),
      class: "zero-line" }));
    root.append(svg("text", { x: 12, y: m.top + plotH / 2, class: "axis-title",
      transform: `rotate(-90 12 ${m.top + plotH / 2})`, "text-anchor": "middle" }, "events"));
    root.append(svg("text", { x: width - 10, y: m.top + plotH / 2, class: "axis-title",
      transform: `rotate(90 ${width - 10} ${m.top + plotH / 2})`, "text-anchor": "middle" },
      "mean Goldstein"));

    for (const [t, label] of timeTicks(t0, t1)) {
      root.append(svg("line", { x1: xt(t), x2: xt(t), y1: m.top + plotH, y2: m.top + plotH + 5,
        class: "axis tick" }));
      root.append(svg("text", { x: xt(t), y: height - m.bottom + 20, class: "axis-label",
        "text-anchor": "middle" }, label));
    }
    periods.forEach((period, i) => {
      let base = 0;
      for (const quad of [1, 2, 3, 4]) {
        const row = counts[`${period}|${quad}`];
        if (!row) continue;
        const rect = svg("rect", { x: x(i) - barW / 2, y: y(base + row.events), width: barW,
          height: y(base) - y(base + row.events), fill: QUAD[quad].color, class: "bar",
          "data-period": period, "data-quad": quad, "data-x": x(i).toFixed(2), tabindex: 0 });
        rect.append(svg("title", {}, `${period} · ${QUAD[quad].name}: ${row.events} event` +
          `${row.events === 1 ? "" : "s"}, mean Goldstein ${signed(row.goldstein)}`));
        rect.addEventListener("click", () => listEvents(period, quad));
        root.append(rect);
        base += row.events;
      }
    });

    const points = data.totals.filter((t) => t.goldstein !== null)
      .map((t) => [x(periods.indexOf(t.date)), yg(t.goldstein), t]);
    if (points.length > 1) {
      root.append(svg("polyline", { points: points.map((p) => `${p[0]},${p[1]}`).join(" "),
        class: "gold-line" }));
    }
    for (const [px, py, t] of points) {
      const dot = svg("circle", { cx: px, cy: py, r: 4, class: "gold-dot" });
      dot.append(svg("title", {}, `${t.date}: mean Goldstein ${signed(t.goldstein)} over ` +
        `${t.events} events`));
      dot.addEventListener("click", () => listEvents(t.date, null));
      root.append(dot);
    }
    root.append(svg("line", { x1: m.left, x2: width - m.right, y1: y(0), y2: y(0),
      class: "axis" }));
    chart.replaceChildren(root);
  }

  function listEvents(period, quad) {
    const [from, to] = periodRange(period);
    const params = { ...filters, negated: "false", date_from: from, date_to: to };
    delete params.interval;
    if (quad) params.quad_class = quad;
    const title = `${period}${quad ? ` · ${QUAD[quad].name}` : ""} ${describe()}`;
    redline.showEvents(eventsSection, title.trim(), params);
  }

  async function load() {
    try {
      const data = await getJSON("/api/timeline", filters);
      const total = data.totals.reduce((sum, t) => sum + t.events, 0);
      if (!total) {
        status.textContent = "No dated events match." + (Object.keys(filters).length ? "" :
          " Events appear here once the store holds coded news.");
        chart.replaceChildren();
        return;
      }
      status.textContent = `${total} event${total === 1 ? "" : "s"} over ${data.totals.length} ` +
        `${interval}${data.totals.length === 1 ? "" : "s"}${describe() ? ` ${describe()}` : ""}. ` +
        "Click a bar to list its events.";
      draw(data);
    } catch (error) {
      status.textContent = error.message;
      status.className = "status error";
      chart.replaceChildren(el("div"));
    }
  }

  load();
})();
