/* Code your text: send the pasted article to POST /api/code and open it in the document view. */
"use strict";

(() => {
  const form = document.getElementById("code-form");
  const status = document.getElementById("code-status");
  if (!form) return;

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = { text: data.get("text") || "" };
    if (data.get("title")) body.title = data.get("title");
    if (data.get("published")) body.published = data.get("published");
    const url = data.get("store") ? "/api/code?store=true" : "/api/code";
    const button = form.querySelector("button[type=submit]");
    status.className = "status";
    status.textContent = "Coding… (the first text loads the language model)";
    button.disabled = true;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
      });
      const record = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(record.detail || `${response.status} ${response.statusText}`);
      status.textContent = `Coded: ${record.events.length} events, ${record.quotes.length} quotes.`;
      window.location.assign(`/documents/${encodeURIComponent(record.id)}`);
    } catch (error) {
      status.className = "status error";
      status.textContent = error.message;
    } finally {
      button.disabled = false;
    }
  });
})();
