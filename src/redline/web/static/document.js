/* The document view: click or hover an event (in the text or the list) to highlight its
   sentence, source, target and trigger and show its details; click a quote to highlight it. */
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

  activate(".event-item", "event", selectEvent);
  activate(".quote-item", "quote", selectQuote);
  detail.querySelector(".close").addEventListener("click", () => {
    clear();
    detail.hidden = true;
  });
})();
