/* The document view: click or hover an event (in the text or the list) to highlight its
   sentence, source, target and trigger and show its details; click a quote to highlight it;
   hover a mention of the entity graph to see its entity and rule, click it (or an entity in
   "Who is who") to highlight every mention of that entity. */
"use strict";

(() => {
  const text = document.getElementById("doc-text");
  if (!text) return;
  const detail = document.getElementById("detail");
  const detailBody = detail.querySelector(".detail-body");
  let marked = [];

  for (const toggle of document.querySelectorAll("input[data-toggle]")) {
    const apply = () => text.classList.toggle(`hide-${toggle.dataset.toggle}`, !toggle.checked);
    toggle.addEventListener("change", apply);
    apply();
  }

  function clear() {
    for (const [node, cls] of marked) node.classList.remove(cls);
    marked = [];
  }

  function mark(nodes, cls) {
    for (const node of nodes) {
      node.classList.add(cls);
      marked.push([node, cls]);
    }
  }

  function segments(attr, i) {
    return text.querySelectorAll(`[data-${attr}~="${Number(i)}"]`);
  }

  function selectEvent(i, { scroll = "text" } = {}) {
    const item = document.querySelector(`.event-item[data-event="${Number(i)}"]`);
    if (!item) return;
    clear();
    mark(segments("events", i), "sel");
    mark(segments("triggers", i), "sel-trigger");
    mark(segments("sources", i), "sel-source");
    mark(segments("targets", i), "sel-target");
    mark([item], "selected");
    detailBody.replaceChildren(item.querySelector("template.event-facts").content.cloneNode(true));
    detail.className = `detail ${[...item.classList].find((c) => /^q[1-4]$/.test(c)) || ""}`;
    detail.hidden = false;
    const first = segments("events", i)[0];
    if (scroll === "text" && first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    if (scroll === "list") item.scrollIntoView({ block: "nearest" });
  }

  function selectQuote(i, { scroll = "text" } = {}) {
    const item = document.querySelector(`.quote-item[data-quote="${Number(i)}"]`);
    clear();
    mark(segments("quotes", i), "sel-quote");
    mark(segments("speakers", i), "sel-speaker");
    if (item) mark([item], "selected");
    detail.hidden = true;
    const first = segments("quotes", i)[0];
    if (scroll === "text" && first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    if (scroll === "list" && item) item.scrollIntoView({ block: "nearest" });
  }

  function firstIndex(node, attr) {
    return Number((node.dataset[attr] || "").split(" ")[0]);
  }

  text.addEventListener("click", (event) => {
    const trigger = event.target.closest("[data-triggers]");
    if (trigger) return selectEvent(firstIndex(trigger, "triggers"), { scroll: "list" });
    const quote = event.target.closest("[data-quotes]");
    if (quote) return selectQuote(firstIndex(quote, "quotes"), { scroll: "list" });
    const sentence = event.target.closest("[data-events]");
    if (sentence) return selectEvent(firstIndex(sentence, "events"), { scroll: "list" });
    return undefined;
  });

  text.addEventListener("mouseover", (event) => {
    const trigger = event.target.closest("[data-triggers]");
    if (trigger && !trigger.classList.contains("sel-trigger")) {
      selectEvent(firstIndex(trigger, "triggers"), { scroll: "none" });
    }
  });

  function activate(selector, attr, select) {
    for (const item of document.querySelectorAll(selector)) {
      const go = () => select(Number(item.dataset[attr]));
      item.addEventListener("click", go);
      item.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          go();
        }
      });
    }
  }

  // -- the entity graph: mentions come in a <template>, offsets into the article text --------
  const mentions = [...(document.getElementById("doc-mentions")?.content.children || [])].map(
    (el) => ({
      start: Number(el.dataset.start),
      end: Number(el.dataset.end),
      entity: Number(el.dataset.entity),
      kind: el.dataset.kind,
      canonical: el.dataset.canonical,
      type: el.dataset.type,
      actor: el.dataset.actor,
      rule: el.dataset.rule,
    }),
  );

  function textNodes() {
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    const found = [];
    let pos = 0;
    while (walker.nextNode()) {
      found.push([walker.currentNode, pos]);
      pos += walker.currentNode.data.length;
    }
    return found;
  }

  function wrapMentions() {
    if (!mentions.length) return;
    const cuts = [...new Set(mentions.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
    let c = 0;
    for (const [node, start] of textNodes()) {
      const end = start + node.data.length;
      while (c < cuts.length && cuts[c] <= start) c += 1;
      const inside = [];
      for (let k = c; k < cuts.length && cuts[k] < end; k += 1) inside.push(cuts[k] - start);
      for (const offset of inside.reverse()) node.splitText(offset);
    }
    const order = mentions.map((m, i) => i).sort((a, b) => mentions[a].start - mentions[b].start);
    let first = 0;
    for (const [node, start] of textNodes()) {
      const end = start + node.data.length;
      while (first < order.length && mentions[order[first]].end <= start) first += 1;
      const covering = [];
      for (let k = first; k < order.length && mentions[order[k]].start < end; k += 1) {
        const m = mentions[order[k]];
        if (m.start <= start && end <= m.end) covering.push(order[k]);
      }
      if (!covering.length || !node.data.length) continue;
      const m = mentions[covering[0]];
      const span = document.createElement("span");
      span.className = "mention";
      span.dataset.mention = String(covering[0]);
      span.dataset.entity = String(m.entity);
      span.title = `${m.canonical || node.data}${m.type ? ` (${m.type})` : ""}${
        m.actor ? ` ${m.actor}` : ""} · ${m.kind} · rule ${m.rule}`;
      node.replaceWith(span);
      span.appendChild(node);
    }
  }

  function fact(dl, term, value) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value || "—";
    dl.append(dt, dd);
  }

  function selectEntity(entity, mentionIndex = null) {
    clear();
    mark(text.querySelectorAll(`.mention[data-entity="${Number(entity)}"]`), "sel-entity");
    if (mentionIndex !== null) {
      mark(text.querySelectorAll(`.mention[data-mention="${Number(mentionIndex)}"]`), "sel-mention");
    }
    const item = document.querySelector(`.graph-entity[data-entity="${Number(entity)}"]`);
    if (item) mark([item], "selected");
    const all = mentions.filter((m) => m.entity === Number(entity));
    const chosen = mentionIndex !== null ? mentions[mentionIndex] : all[0];
    if (!chosen) return;
    const h3 = document.createElement("h3");
    h3.textContent = chosen.canonical || "(unnamed entity)";
    const dl = document.createElement("dl");
    fact(dl, "Type", chosen.type);
    fact(dl, "Actor", chosen.actor);
    if (mentionIndex !== null) {
      fact(dl, "This mention", `${text.textContent.slice(chosen.start, chosen.end)} (${chosen.kind})`);
      fact(dl, "Rule", chosen.rule);
    }
    fact(dl, "Mentions", [...new Set(all.map((m) => text.textContent.slice(m.start, m.end)))].join(" · "));
    detailBody.replaceChildren(h3, dl);
    detail.className = "detail";
    detail.hidden = false;
  }

  wrapMentions();
  text.addEventListener(
    "click",
    (event) => {
      if (text.classList.contains("hide-mentions")) return;
      if (event.target.closest("[data-triggers]")) return;
      const m = event.target.closest(".mention");
      if (!m) return;
      event.stopImmediatePropagation();
      selectEntity(Number(m.dataset.entity), Number(m.dataset.mention));
    },
    true,
  );
  activate(".graph-entity", "entity", (i) => selectEntity(i));

  activate(".event-item", "event", selectEvent);
  activate(".quote-item", "quote", selectQuote);
  detail.querySelector(".close").addEventListener("click", () => {
    clear();
    detail.hidden = true;
  });
})();
