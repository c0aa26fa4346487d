// Shared by every page: tooltips for [data-tip] elements and filter forms that apply on change.
// Text is always set with textContent: nothing from the store is ever parsed as HTML.
"use strict";

(function () {
  const tooltip = document.getElementById("tooltip");

  function showTip(text, x, y) {
    if (!tooltip || !text) return;
    tooltip.textContent = text;
    tooltip.hidden = false;
    const box = tooltip.getBoundingClientRect();
    const left = Math.min(x + 14, window.innerWidth - box.width - 8);
    const top = y + 18 + box.height > window.innerHeight ? y - box.height - 10 : y + 18;
    tooltip.style.left = `${Math.max(8, left)}px`;
    tooltip.style.top = `${Math.max(8, top)}px`;
  }

  function hideTip() {
    if (tooltip) tooltip.hidden = true;
  }

  document.addEventListener("mouseover", (event) => {
    const target = event.target instanceof Element ? event.target.closest("[data-tip]") : null;
    if (target) showTip(target.getAttribute("data-tip"), event.clientX, event.clientY);
  });
  document.addEventListener("mousemove", (event) => {
    if (tooltip && !tooltip.hidden) {
      const target = event.target instanceof Element ? event.target.closest("[data-tip]") : null;
      if (target) showTip(target.getAttribute("data-tip"), event.clientX, event.clientY);
    }
  });
  document.addEventListener("mouseout", (event) => {
    const target = event.target instanceof Element ? event.target.closest("[data-tip]") : null;
    if (target) hideTip();
  });

  // Filter forms: a changed select or checkbox applies at once; empty fields stay out of the URL.
  for (const form of document.querySelectorAll("form[data-autosubmit]")) {
    form.addEventListener("change", (event) => {
      const field = event.target;
      if (field instanceof HTMLSelectElement || (field instanceof HTMLInputElement && field.type === "checkbox")) {
        form.requestSubmit();
      }
    });
    form.addEventListener("submit", () => {
      for (const field of form.querySelectorAll("input, select")) {
        if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
          if (field.value === "" && field.name) field.removeAttribute("name");
        }
      }
    });
  }

  window.dossier = { showTip, hideTip };
})();
