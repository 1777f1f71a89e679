// Charts over the filtered register: orders and deliveries per year by category, the
// supplier → recipient flows (Sankey), and one small chart per recipient.

import { api, el, fill } from "./dom.js";

const charts = [];

function chart(node, option) {
  const instance = window.echarts.init(node, null, { renderer: "canvas" });
  instance.setOption({ animation: false, ...option });
  charts.push(instance);
  return instance;
}

/** Stacked bars per year, one series per category, of `measure` (orders or deliveries). */
/** Every year from the first to the last with data, so gaps show as gaps. */
function yearSpan(stats) {
  const all = stats.by_year.map((r) => r.year);
  if (!all.length) return [];
  const [first, last] = [Math.min(...all), Math.max(...all)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function perYear(stats, measure) {
  const years = yearSpan(stats);
  const categories = [...new Set(stats.by_year.map((r) => r.category))].sort();
  const index = new Map(stats.by_year.map((r) => [`${r.year}|${r.category}`, r[measure]]));
  return {
    tooltip: { trigger: "axis" },
    legend: { type: "scroll", top: 0 },
    grid: { top: 40, left: 40, right: 10, bottom: 30 },
    xAxis: { type: "category", data: years.map(String) },
    yAxis: { type: "value", name: "deals" },
    series: categories.map((category) => ({
      name: category, type: "bar", stack: measure,
      data: years.map((y) => index.get(`${y}|${category}`) ?? 0),
    })),
  };
}

/** Suppliers on the left, recipients on the right: distinct node names keep the graph acyclic. */
function flows(stats) {
  const top = stats.flows.slice(0, 40);
  const left = (code) => `${code} ▸`;
  const right = (code) => `▸ ${code}`;
  const names = new Set(top.flatMap((f) => [left(f.supplier), right(f.recipient)]));
  return {
    tooltip: { trigger: "item" },
    series: [{
      type: "sankey", left: 10, right: 60, top: 10, bottom: 10, emphasis: { focus: "adjacency" },
      data: [...names].map((name) => ({ name })),
      links: top.map((f) => ({ source: left(f.supplier), target: right(f.recipient), value: f.deals })),
      lineStyle: { color: "gradient", curveness: 0.5 },
    }],
  };
}

function smallMultiple(series, years) {
  const byYear = new Map(series.years.map((y) => [y.year, y]));
  return {
    title: { text: series.recipient, left: "center", textStyle: { fontSize: 12 } },
    grid: { top: 24, left: 28, right: 6, bottom: 20 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: years.map(String), axisLabel: { fontSize: 9 } },
    yAxis: { type: "value", axisLabel: { fontSize: 9 }, minInterval: 1 },
    series: [
      { name: "orders", type: "bar", data: years.map((y) => byYear.get(y)?.orders ?? 0) },
      { name: "deliveries", type: "line", symbol: "none", data: years.map((y) => byYear.get(y)?.deliveries ?? 0) },
    ],
  };
}

export async function showCharts(main, params) {
  while (charts.length) charts.pop().dispose();
  const stats = await api(`/api/v1/stats?${params}`);
  const box = (id, cls = "chart") => el("div", { id, class: cls });
  const orders = box("chart-orders"), deliveries = box("chart-deliveries"), sankey = box("chart-flows", "chart tall");
  const multiples = el("div", { class: "multiples", id: "multiples" });
  fill(main,
    el("p", { class: "muted" }, `${stats.deals} deals`),
    el("div", { class: "chart-row" },
      el("section", {}, el("h3", {}, "Orders per year by category"), orders),
      el("section", {}, el("h3", {}, "Deliveries per year by category"), deliveries)),
    el("section", {}, el("h3", {}, "Supplier → recipient (largest 40 flows, by deals)"), sankey),
    el("section", {}, el("h3", {}, "Per recipient: orders (bars) and deliveries (line) per year"), multiples));
  if (!window.echarts) throw new Error("the chart library did not load");
  chart(orders, perYear(stats, "orders"));
  chart(deliveries, perYear(stats, "deliveries"));
  chart(sankey, flows(stats));
  const years = yearSpan(stats);
  for (const series of stats.recipient_years) {
    const node = box(`multiple-${series.recipient}`, "chart small");
    multiples.append(node);
    chart(node, smallMultiple(series, years));
  }
}

window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
