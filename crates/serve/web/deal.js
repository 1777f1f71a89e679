// One deal: each field with every reported value and its sources, conflicts side by side, the
// stage timeline, and the article with the evidence sentence highlighted.

import { api, el, fieldValue, fill, safeHref } from "./dom.js";

const FIELDS = [["status", "Stage"], ["quantity", "Number"], ["value", "Value"], ["order_year", "Order year"], ["delivery_years", "Deliveries"]];

function docLabel(deal, docId) {
  const doc = deal.documents[docId];
  return doc?.title ? `${doc.title}` : docId;
}

/** A button that opens a source's sentence in the article viewer. */
function sourceButton(deal, ref, open) {
  return el("button", { type: "button", class: "source", title: ref.evidence.text, onclick: () => open(ref.doc_id, ref.evidence) },
    docLabel(deal, ref.doc_id));
}

function fieldsTable(deal, open) {
  return el("table", { class: "fields" },
    el("thead", {}, el("tr", {}, el("th", {}, "Field"), el("th", {}, "Chosen"), el("th", {}, "Reported values and their sources"))),
    el("tbody", {}, FIELDS.map(([name, label]) => {
      const field = deal[name];
      return el("tr", { class: field.conflict ? "conflict" : "" },
        el("th", {}, label, field.conflict ? el("span", { class: "badge" }, "conflict") : ""),
        el("td", {}, fieldValue(name, field.chosen) || "—"),
        el("td", {}, field.values.map((v) => el("div", { class: "reported" },
          el("strong", {}, fieldValue(name, v.value)), " ", v.sources.map((s) => sourceButton(deal, s, open))))));
    })));
}

/** Each conflicting field as columns, one per value, each with its sentences. */
function conflicts(deal, open) {
  const conflicting = FIELDS.filter(([name]) => deal[name].conflict);
  if (!conflicting.length) return null;
  return el("section", { id: "conflicts" }, el("h3", {}, "Sources disagree"),
    conflicting.map(([name, label]) => el("div", { class: "conflict-field" }, el("h4", {}, label),
      el("div", { class: "side-by-side" }, deal[name].values.map((v) => el("div", { class: "side" },
        el("div", { class: "side-value" }, fieldValue(name, v.value)),
        v.sources.map((s) => el("blockquote", {}, s.evidence.text, el("footer", {}, sourceButton(deal, s, open))))))))));
}

function timeline(deal, open) {
  return el("section", {}, el("h3", {}, "Timeline"),
    el("ol", { class: "timeline", id: "timeline" }, deal.timeline.map((stage) => {
      const source = deal.sources.find((s) => s.doc_id === stage.doc_id && s.status === stage.status) ?? deal.sources.find((s) => s.doc_id === stage.doc_id);
      return el("li", { class: `stage stage-${stage.status}` },
        el("span", { class: "stage-name" }, stage.status), " ",
        el("span", { class: "date" }, stage.date ?? "undated"), " ",
        source ? sourceButton(deal, source, open) : stage.doc_id);
    })));
}

function sources(deal, open) {
  return el("section", {}, el("h3", {}, `Sources (${deal.sources.length})`),
    el("ul", { class: "sources" }, deal.sources.map((s) => {
      const doc = deal.documents[s.doc_id] ?? {};
      return el("li", {},
        sourceButton(deal, s, open), " ",
        el("span", { class: "muted" }, [s.published ?? "undated", s.status ?? "", s.hedged ? "hedged" : ""].filter(Boolean).join(" · ")), " ",
        doc.url ? el("a", { href: safeHref(doc.url), rel: "noopener noreferrer", target: "_blank" }, "original") : "",
        el("q", {}, s.evidence.text));
    })));
}

/**
 * The article's text with the evidence sentence in a <mark>, mentions and field values
 * underlined. Spans are UTF-8 byte offsets: the text is cut as bytes, then decoded.
 */
export function articleText(doc, evidence, fields) {
  const bytes = new TextEncoder().encode(doc.text);
  const decoder = new TextDecoder();
  const cuts = new Set([0, bytes.length, evidence.start, evidence.end]);
  const marks = [
    ...doc.mentions.map((m) => ({ ...m.span, class: `mention mention-${m.kind}`, title: `${m.kind}: ${m.name}` })),
    ...fields.map((f) => ({ ...f.span, class: "field-span", title: f.field })),
  ];
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= bytes.length).sort((a, b) => a - b);
  const piece = (start, end) => {
    const text = decoder.decode(bytes.subarray(start, end));
    const cover = marks.filter((m) => m.start <= start && end <= m.end);
    if (!cover.length) return text;
    return el("span", { class: cover.map((m) => m.class).join(" "), title: cover.map((m) => m.title).join("; ") }, text);
  };
  const before = [], inside = [], after = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    if (start === end) continue;
    (end <= evidence.start ? before : start >= evidence.end ? after : inside).push(piece(start, end));
  }
  return [before, el("mark", { class: "evidence", id: "evidence" }, inside), after];
}

export async function showDeal(main, id) {
  const deal = await api(`/api/v1/deals/${encodeURIComponent(id)}`);
  const viewer = el("section", { id: "article" });
  const cache = new Map();
  const open = async (docId, evidence) => {
    if (!cache.has(docId)) cache.set(docId, api(`/api/v1/documents/${encodeURIComponent(docId)}`));
    const doc = await cache.get(docId);
    const event = doc.events.find((e) => e.deal === deal.id && e.span.start === evidence.start);
    fill(viewer,
      el("h3", {}, "Article: ", doc.title ?? doc.id),
      el("p", { class: "muted" }, [doc.published ?? "undated", doc.source].join(" · ")),
      el("div", { class: "article-text" }, articleText(doc, evidence, event?.fields ?? [])));
    // Scroll the article box only, not the page, to bring the sentence into view.
    const mark = viewer.querySelector("mark.evidence");
    if (mark) viewer.scrollTop = Math.max(0, mark.offsetTop - viewer.clientHeight / 3);
  };
  const party = (p) => p ?? "?";
  fill(main,
    el("p", {}, el("a", { href: "#/" }, "← register")),
    el("h2", { id: "deal-title" }, `${deal.system}: ${party(deal.supplier)} → ${party(deal.recipient)}`),
    el("p", { class: "muted" }, [deal.id, deal.kind, deal.category].filter(Boolean).join(" · ")),
    el("div", { class: "deal-grid" },
      el("div", {}, fieldsTable(deal, open), conflicts(deal, open), timeline(deal, open), sources(deal, open)),
      viewer));
  if (deal.sources.length) await open(deal.sources[0].doc_id, deal.sources[0].evidence);
}
