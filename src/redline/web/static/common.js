/* Helpers shared by the pages. Data from the store is only ever inserted with textContent or
   setAttribute, never parsed as HTML. */
"use strict";

const redline = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const QUAD = {
    1: { name: "Verbal cooperation", color: "#2e9e5b" },
    2: { name: "Material cooperation", color: "#2f6fd0" },
    3: { name: "Verbal conflict", color: "#ee8a12" },
    4: { name: "Material conflict", color: "#d63a3a" },
  };

  function setAll(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "class") node.setAttribute("class", value);
      else node.setAttribute(key, String(value));
    }
    return node;
  }

  /** An HTML element with attributes and, optionally, text (set as textContent). */
  function el(tag, attrs, text) {
    const node = setAll(document.createElement(tag), attrs);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /** An SVG element with attributes and, optionally, text. */
  function svg(tag, attrs, text) {
    const node = setAll(document.createElementNS(SVG_NS, tag), attrs);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /** GET a JSON API path with query parameters; throws an Error carrying the API's message. */
  async function getJSON(path, params) {
    const url = new URL(path, window.location.origin);
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== "" && value !== null && value !== undefined) url.searchParams.set(key, value);
    }
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || `${response.status} ${response.statusText}`);
    return body;
  }

  /** The page's query parameters named in ``keys``, and the filter form filled with them. */
  function paramsFromURL(form, keys) {
    const search = new URLSearchParams(window.location.search);
    const params = {};
    for (const key of keys) {
      const value = search.get(key);
      if (value === null || value === "") continue;
      params[key] = value;
      if (form && form.elements[key]) form.elements[key].value = value;
    }
    return params;
  }

  /** Red (−10) through grey (0) to green (+10), for a mean Goldstein score. */
  function goldsteinColor(score) {
    if (score === null || score === undefined || Number.isNaN(score)) return "#9aa0a6";
    const t = Math.max(-1, Math.min(1, score / 10));
    const grey = [150, 155, 160];
    const end = t < 0 ? [214, 58, 58] : [46, 158, 91];
    const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
    return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
  }

  function signed(value) {
    if (value === null || value === undefined) return "—";
    return (value > 0 ? "+" : "") + Number(value).toFixed(1);
  }

  /** One event as a list row: day, code and name, dyad, Goldstein, link to its document. */
  function eventRow(ev) {
    const li = el("li", { class: `event-row q${ev.quad_class || 0}` });
    li.append(el("span", { class: "day" }, ev.day || "undated"));
    const what = el("span", { class: "what" });
    what.append(el("span", { class: "code" }, ev.code), " ", el("span", {}, ev.name));
    li.append(what);
    li.append(el("span", { class: "dyad" }, `${ev.source || "?"} → ${ev.target || "?"}`));
    li.append(el("span", { class: "gold" }, signed(ev.goldstein)));
    const sentence = el("div", { class: "sentence" }, ev.text);
    li.append(sentence);
    const link = el("a", { href: `/documents/${encodeURIComponent(ev.doc_id)}` },
      ev.doc_title || ev.doc_id);
    const from = el("div", { class: "from" }, "in ");
    from.append(link);
    li.append(from);
    return li;
  }

  /** Fill a section with event rows fetched from /api/events. */
  async function showEvents(section, title, params) {
    const list = section.querySelector(".event-rows");
    section.querySelector("h2").textContent = title;
    list.replaceChildren(el("li", { class: "status" }, "Loading…"));
    section.hidden = false;
    try {
      const data = await getJSON("/api/events", { ...params, limit: 200 });
      list.replaceChildren(...data.items.map(eventRow));
      if (data.total > data.items.length) {
        list.append(el("li", { class: "status" }, `… and ${data.total - data.items.length} more`));
      }
      if (!data.items.length) list.append(el("li", { class: "status" }, "No events."));
    } catch (error) {
      list.replaceChildren(el("li", { class: "error" }, error.message));
    }
  }

  return { QUAD, el, svg, getJSON, paramsFromURL, goldsteinColor, signed, eventRow, showEvents };
})();
