// The register: one row per deal, filtered and sorted by the server, one page at a time.

import { api, dealHref, el, fill, money, quantity, years } from "./dom.js";
import { navigate } from "./app.js";

const COLUMNS = [
  ["id", "Deal"], ["supplier", "Supplier"], ["recipient", "Recipient"], ["system", "System"],
  ["category", "Category"], ["status", "Status"], ["quantity", "Number"], ["value", "Value"],
  ["year", "Year"], [null, "Deliveries"], ["sources", "Sources"],
];

function header(params) {
  const sort = params.get("sort") ?? "id";
  return el("tr", {}, COLUMNS.map(([key, label]) => {
    if (!key) return el("th", {}, label);
    const active = sort === key || sort === `-${key}`;
    const next = sort === key ? `-${key}` : key;
    const arrow = active ? (sort.startsWith("-") ? " ▼" : " ▲") : "";
    return el("th", { class: active ? "sorted" : "" },
      el("button", {
        type: "button", class: "sort", "data-sort": key,
        onclick: () => { const p = new URLSearchParams(params); p.set("sort", next); p.delete("offset"); navigate("/", p); },
      }, label + arrow));
  }));
}

function row(deal) {
  return el("tr", { class: deal.conflict ? "conflict" : "" },
    el("td", {}, el("a", { href: dealHref(deal.id), class: "deal-link" }, deal.id)),
    el("td", {}, deal.supplier ?? "?"),
    el("td", { class: "recipient" }, deal.recipient ?? "?"),
    el("td", {}, deal.system),
    el("td", {}, deal.category ?? ""),
    el("td", {}, deal.status ?? ""),
    el("td", { class: "num" }, quantity(deal.quantity)),
    el("td", { class: "num" }, money(deal.value)),
    el("td", { class: "num" }, deal.year ?? ""),
    el("td", {}, years(deal.delivery_years)),
    el("td", { class: "num" }, deal.sources, deal.conflict ? el("span", { class: "badge", title: "sources disagree" }, "≠") : ""));
}

function pager(page, params) {
  const go = (offset) => { const p = new URLSearchParams(params); p.set("offset", String(offset)); navigate("/", p); };
  const last = Math.min(page.offset + page.items.length, page.total);
  return el("div", { class: "pager" },
    el("button", { type: "button", disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit)) }, "← previous"),
    el("span", { id: "count" }, `${page.total ? page.offset + 1 : 0}–${last} of ${page.total} deals`),
    el("button", { type: "button", disabled: last >= page.total, onclick: () => go(page.offset + page.limit) }, "next →"));
}

export async function showRegister(main, params) {
  const query = new URLSearchParams(params);
  query.set("limit", "50");
  const page = await api(`/api/v1/deals?${query}`);
  fill(main,
    pager(page, params),
    el("table", { id: "register" }, el("thead", {}, header(params)), el("tbody", {}, page.items.map(row))),
    page.total === 0 ? el("p", { class: "muted" }, "No deal matches these filters.") : null);
}
