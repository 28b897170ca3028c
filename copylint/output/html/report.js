// copylint's HTML report: filters, the tooltip over highlights, and links between the two.
// The page works without this script (every finding is listed beside its article); the script
// never parses text as HTML: it only toggles classes and clones nodes the page already has.
(() => {
  "use strict";
  const RANK = { info: 1, warning: 2, error: 3 };
  const NAMES = ["", "info", "warning", "error"];
  const boxes = [...document.querySelectorAll("input[data-filter]")];
  const items = new Map();
  for (const li of document.querySelectorAll("li.finding")) items.set(li.dataset.d, li);
  const ids = (mark) => mark.dataset.d.split(" ");
  const shownIds = (mark) => ids(mark).filter((id) => items.has(id) && !items.get(id).hidden);

  function apply() {
    const off = new Set(boxes.filter((b) => !b.checked).map((b) => `${b.dataset.filter}:${b.value}`));
    const visible = (el) =>
      !off.has(`family:${el.dataset.family}`) && !off.has(`severity:${el.dataset.severity}`);
    for (const li of items.values()) li.hidden = !visible(li);
    for (const tr of document.querySelectorAll("tr[data-family]")) tr.hidden = !visible(tr);
    for (const mark of document.querySelectorAll("mark[data-d]")) {
      const worst = Math.max(0, ...shownIds(mark).map((id) => RANK[items.get(id).dataset.severity]));
      mark.classList.remove("sev-error", "sev-warning", "sev-info", "off");
      mark.classList.add(worst ? `sev-${NAMES[worst]}` : "off");
    }
    for (const section of document.querySelectorAll("section.article")) {
      const count = section.querySelectorAll("li.finding:not([hidden])").length;
      section.querySelector(".visible-count").textContent = String(count);
      section.hidden = count === 0; // an article with nothing left to show is left out
    }
  }
  for (const box of boxes) box.addEventListener("change", apply);

  const tip = document.getElementById("tip");
  function showTip(mark) {
    const bodies = shownIds(mark).map((id) => items.get(id).querySelector(".body").cloneNode(true));
    if (!bodies.length) return hideTip();
    tip.replaceChildren(...bodies);
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const left = Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = `${Math.max(8, left) + window.scrollX}px`;
    tip.style.top = `${r.bottom + window.scrollY + 6}px`;
  }
  function hideTip() {
    tip.hidden = true;
  }

  function marksOf(id) {
    return [...document.querySelectorAll("mark[data-d]")].filter((m) => ids(m).includes(id));
  }
  function setActive(id, on) {
    for (const mark of marksOf(id)) mark.classList.toggle("active", on);
    items.get(id)?.classList.toggle("active", on);
  }

  document.addEventListener("mouseover", (event) => {
    const mark = event.target.closest?.("mark[data-d]");
    if (mark) showTip(mark);
    else hideTip();
    const li = event.target.closest?.("li.finding");
    for (const active of document.querySelectorAll(".active")) active.classList.remove("active");
    if (li) setActive(li.dataset.d, true);
    else if (mark) for (const id of shownIds(mark)) setActive(id, true);
  });
  document.addEventListener("click", (event) => {
    const link = event.target.closest?.("li.finding a.where");
    if (!link) return;
    const first = marksOf(link.closest("li.finding").dataset.d)[0];
    if (!first) return;
    event.preventDefault();
    first.scrollIntoView({ block: "center", behavior: "smooth" });
    first.classList.remove("flash");
    void first.offsetWidth; // restart the animation
    first.classList.add("flash");
  });
  apply();
})();
