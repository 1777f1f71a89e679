// Building the page from data. Every piece of text, above all article text, goes in as a text
// node: nothing from the API is ever parsed as HTML.

/** An element with properties and children; strings and numbers become text nodes. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key.startsWith("data-")) node.setAttribute(key, String(value));
    else node[key] = value;
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Only in-page routes and http(s) links; anything else (javascript:, data:) becomes inert. */
export function safeHref(href) {
  const text = String(href);
  if (text.startsWith("#") || text.startsWith("/")) return text;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
  } catch {
    return "#";
  }
}

/** Replaces the children of `node`. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  return body;
}

export const dealHref = (id) => `#/deal/${encodeURIComponent(id)}`;

export function money(value) {
  if (!value) return "";
  const approx = { approx: "~", at_least: "≥", up_to: "≤" }[value.qualifier] ?? "";
  const amount = value.amount >= 1e9 ? `${+(value.amount / 1e9).toFixed(2)} bn`
    : value.amount >= 1e6 ? `${+(value.amount / 1e6).toFixed(1)} m` : String(value.amount);
  return `${approx}${amount} ${value.currency}`;
}

export function quantity(value) {
  if (!value) return "";
  const approx = { approx: "~", at_least: "≥", up_to: "≤" }[value.qualifier] ?? "";
  return `${approx}${value.value}${value.unit ? " " + value.unit : ""}`;
}

export function years(range) {
  if (!range) return "";
  if (range.first && range.last) return range.first === range.last ? `${range.first}` : `${range.first}–${range.last}`;
  return range.first ? `${range.first}–` : `–${range.last}`;
}

/** One field value as text, whatever its type. */
export function fieldValue(name, value) {
  if (value === null || value === undefined) return "";
  if (name === "value") return money(value);
  if (name === "quantity") return quantity(value);
  if (name === "delivery_years") return years(value);
  return String(value);
}
