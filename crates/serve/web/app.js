// The page's router: `#/` the register, `#/deal/ID` one deal, `#/charts` the charts; the
// filter form's values live in the hash query so every view can be linked to.

import { api, el, fill } from "./dom.js";
import { showRegister } from "./register.js";
import { showDeal } from "./deal.js";
import { showCharts } from "./charts.js";

const main = document.getElementById("main");
const form = document.getElementById("filters");
const FILTERS = ["supplier", "recipient", "system", "category", "status", "year_from", "year_to", "has_conflict", "q"];

/** The route and its query parameters from the hash. */
function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = hash.split("?");
  return { path, params: new URLSearchParams(query) };
}

/** Filter parameters of the form, empty ones left out. */
function formParams() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const input = form.elements[name];
    const value = input.type === "checkbox" ? (input.checked ? "true" : "") : input.value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function setForm(params) {
  for (const name of FILTERS) {
    const input = form.elements[name];
    if (input.type === "checkbox") input.checked = params.get(name) === "true";
    else input.value = params.get(name) ?? "";
  }
}

/** Goes to `path` with the filters (and sort) given. */
export function navigate(path, params) {
  const query = params.toString();
  location.hash = `#${path}${query ? "?" + query : ""}`;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const { path, params } = route();
  const next = formParams();
  if (params.get("sort")) next.set("sort", params.get("sort"));
  navigate(path === "/charts" ? "/charts" : "/", next);
});
document.getElementById("reset").addEventListener("click", () => {
  form.reset();
  navigate(route().path === "/charts" ? "/charts" : "/", new URLSearchParams());
});

async function fillCategories() {
  try {
    const stats = await api("/api/v1/stats");
    const select = form.elements.category;
    const current = select.value;
    for (const { key } of stats.by_category) select.append(el("option", { value: key }, key));
    select.value = current;
  } catch {
    // The filter still works by typing; the list is a convenience.
  }
}

async function render() {
  const { path, params } = route();
  document.body.dataset.ready = "";
  setForm(params);
  const deal = path.match(/^\/deal\/(.+)$/);
  document.body.dataset.view = deal ? "deal" : path === "/charts" ? "charts" : "register";
  form.hidden = Boolean(deal);
  try {
    if (deal) await showDeal(main, decodeURIComponent(deal[1]));
    else if (path === "/charts") await showCharts(main, params);
    else await showRegister(main, params);
  } catch (error) {
    fill(main, el("p", { class: "error" }, `Could not load: ${error.message}`));
  }
  document.body.dataset.ready = "1";
}

window.addEventListener("hashchange", render);
fillCategories().then(() => setForm(route().params));
render();
