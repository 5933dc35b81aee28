// eventwire page: vanilla JavaScript and SVG, no framework, nothing fetched from elsewhere.
// Every piece of text that comes from the store (article text, names, titles) is put in
// the page with textContent / text nodes, never parsed as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUADS = [1, 2, 3, 4];
const state = { view: "events", offset: 0, limit: 50, total: 0 };

// -- small DOM helpers ---------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
  }
  return node;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = String(text);
  return node;
}

async function api(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined && value !== false) {
      url.searchParams.set(key, value);
    }
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

// -- filters shared by every view ------------------------------------------------------------

function filters() {
  const form = document.getElementById("filters");
  const data = new FormData(form);
  const values = {};
  for (const key of ["actor", "country", "type", "since", "until"]) {
    values[key] = (data.get(key) || "").trim();
  }
  values.include_negated = data.get("include_negated") ? "true" : "";
  return values;
}

// "1 mention", "3 mentions": a count with its noun in the right number.
function counted(count, singular, plural = singular + "s") {
  return `${count} ${count === 1 ? singular : plural}`;
}

function actorLabel(event, role) {
  const name = event[`${role}_name`];
  if (!name) return "—";
  const code = event[`${role}_code`];
  return code ? `${name} (${code})` : name;
}

// -- events list ----------------------------------------------------------------------------

async function showEvents() {
  const page = await api("/api/events", { ...filters(), limit: state.limit,
                                          offset: state.offset, order: "-date" });
  state.total = page.total;
  const body = document.querySelector("#events-table tbody");
  body.replaceChildren(...page.items.map(eventRow));
  const last = Math.min(state.offset + page.items.length, page.total);
  document.getElementById("events-summary").textContent =
    `${counted(page.total, "event")} · showing ${page.items.length ? state.offset + 1 : 0}–${last}`;
  document.getElementById("prev").disabled = state.offset === 0;
  document.getElementById("next").disabled = last >= page.total;
}

function eventRow(event) {
  const row = el("tr", { "data-event": event.id, class: `quad-${event.quad_class}` },
    el("td", {}, event.date ?? "?", el("div", { class: "code" }, event.date_precision)),
    el("td", { class: `q${event.quad_class}` }, event.cameo_name,
       el("div", { class: "code" }, `${event.cameo} · ${event.plover ?? "-"}`)),
    el("td", {}, actorLabel(event, "source")),
    el("td", {}, actorLabel(event, "target")),
    el("td", {}, event.place_name ?? ""),
    el("td", {}, `${event.num_mentions} / ${event.num_sources} / ${event.num_articles}`));
  row.addEventListener("click", () => showEvent(event.id));
  return row;
}

// -- event detail: every mention, its article, the evidence highlighted ---------------------

async function showEvent(id) {
  const event = await api(`/api/events/${encodeURIComponent(id)}`);
  const aside = document.getElementById("detail");
  aside.hidden = false;
  aside.dataset.event = String(id);
  document.getElementById("detail-title").textContent =
    `${event.cameo_name} — ${actorLabel(event, "source")} → ${actorLabel(event, "target")}`;
  const fields = [["date", `${event.date} (${event.date_precision})`],
    ["CAMEO", `${event.cameo} · root ${event.cameo_root}`], ["PLOVER", event.plover ?? "—"],
    ["quad class", event.quad_class], ["Goldstein", event.goldstein],
    ["place", event.place_name ?? "—"],
    ["reports", [counted(event.num_mentions, "mention"), counted(event.num_sources, "source"),
                 counted(event.num_articles, "article"), counted(event.num_stories, "story", "stories")
                ].join(" · ")]];
  document.getElementById("detail-fields").replaceChildren(
    ...fields.flatMap(([key, value]) => [el("dt", {}, key), el("dd", {}, value)]));
  const mentions = await Promise.all(event.mentions.map(mentionBlock));
  document.getElementById("detail-mentions").replaceChildren(...mentions);
}

async function mentionBlock(mention) {
  const article = await api(`/api/articles/${encodeURIComponent(mention.article_id)}`);
  const parts = [mention.published, mention.outlet ?? "unknown outlet", mention.title,
    `sentence ${mention.sentence}`, mention.rule, `linked: ${mention.link_rule}`,
    mention.duplicate_of ? `copy of ${mention.duplicate_of}` : null];
  const meta = el("div", { class: "meta" }, parts.filter(Boolean).join(" · "));
  return el("div", { class: "mention", "data-article": mention.article_id },
            meta, highlightedText(article.text, mention));
}

// Offsets count Unicode code points (Python's str indices); JavaScript strings count UTF-16
// units, so the text is split into code points before slicing.
function highlightedText(text, mention) {
  const chars = Array.from(text);
  const slice = (start, end) => chars.slice(start, end).join("");
  const mark = el("mark", { class: "evidence" },
    slice(mention.start_char, mention.trigger_start_char),
    el("strong", { class: "trigger" },
       slice(mention.trigger_start_char, mention.trigger_end_char)),
    slice(mention.trigger_end_char, mention.end_char));
  const box = el("div", { class: "article-text" },
                 slice(0, mention.start_char), mark, slice(mention.end_char));
  requestAnimationFrame(() => { box.scrollTop = Math.max(mark.offsetTop - box.offsetTop - 40, 0); });
  return box;
}

// -- charts: events per period by quad class -------------------------------------------------

function stackedBars(target, series, withGoldstein) {
  const chart = document.getElementById(target);
  const [width, height, left, bottom] = [900, 260, 40, 24];
  const periods = [...new Set(series.map((row) => row.period))].sort();
  const totals = new Map(periods.map((period) => [period, 0]));
  for (const row of series) totals.set(row.period, totals.get(row.period) + row.events);
  const highest = Math.max(1, ...totals.values());
  const step = Math.min((width - left - 10) / Math.max(periods.length, 1), 60);
  const y = (value) => (height - bottom) * (1 - value / highest);
  const nodes = [svg("text", { x: 2, y: 12 }, highest), svg("text", { x: 2, y: height - bottom }, 0)];
  periods.forEach((period, index) => {
    let base = 0;
    for (const quad of QUADS) {
      const row = series.find((item) => item.period === period && item.quad_class === quad);
      if (!row) continue;
      const rect = svg("rect", { x: left + index * step + 1, y: y(base + row.events),
        width: Math.max(step - 2, 1), height: y(base) - y(base + row.events), class: `q${quad}` });
      rect.append(svg("title", {}, `${period} · quad ${quad}: ${counted(row.events, "event")}, ` +
                                    `mean Goldstein ${row.goldstein}`));
      nodes.push(rect);
      base += row.events;
    }
  });
  if (periods.length) {
    nodes.push(svg("text", { x: left, y: height - 6 }, periods[0]));
    const lastX = Math.min(left + (periods.length - 1) * step, width - 80);
    nodes.push(svg("text", { x: lastX, y: height - 6 }, periods[periods.length - 1]));
  }
  if (withGoldstein && periods.length) nodes.push(goldsteinLine(series, periods, step, left));
  chart.replaceChildren(...nodes);
}

function goldsteinLine(series, periods, step, left) {
  // Mean Goldstein (−10…+10) of each period, weighted by events, on the chart's own scale.
  const points = periods.map((period, index) => {
    const rows = series.filter((row) => row.period === period);
    const count = rows.reduce((sum, row) => sum + row.events, 0);
    const mean = rows.reduce((sum, row) => sum + row.goldstein * row.events, 0) / count;
    return `${left + index * step + step / 2},${118 - mean * 11}`;
  });
  return svg("path", { d: `M${points.join("L")}`, class: "goldstein" });
}

async function showTimeline() {
  const interval = document.getElementById("timeline-interval").value;
  const data = await api("/api/timeline", { ...filters(), interval });
  stackedBars("timeline-chart", data.series, false);
}

async function showDyad() {
  const form = new FormData(document.getElementById("dyad-form"));
  const a = (form.get("a") || "").trim();
  const b = (form.get("b") || "").trim();
  if (!a || !b) return;
  const { actor, country, ...rest } = filters();
  const data = await api("/api/dyad", { ...rest, a, b, by: form.get("by"),
                                        interval: form.get("interval") });
  stackedBars("dyad-chart", data.series, true);
}

// -- network: a small deterministic force layout ----------------------------------------------

async function showNetwork() {
  const data = await api("/api/network", { ...filters(), edges: 150 });
  const [width, height] = [900, 560];
  const nodes = data.nodes.map((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(data.nodes.length, 1);
    return { ...node, x: width / 2 + 220 * Math.cos(angle), y: height / 2 + 220 * Math.sin(angle) };
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const links = data.edges.map((edge) => ({ ...edge, s: byId.get(edge.source),
                                            t: byId.get(edge.target) }));
  for (let round = 0; round < 200; round += 1) layoutStep(nodes, links, width, height);
  const heaviest = Math.max(1, ...links.map((link) => link.weight));
  const drawn = links.map((link) => {
    const line = svg("line", { x1: link.s.x, y1: link.s.y, x2: link.t.x, y2: link.t.y,
      class: "edge", "stroke-width": 1 + 5 * (link.weight / heaviest) });
    line.append(svg("title", {}, `${link.source} → ${link.target}: ${counted(link.weight, "event")}`));
    return line;
  });
  for (const node of nodes) {
    const radius = 4 + Math.sqrt(node.events) * 2;
    const circle = svg("circle", { cx: node.x, cy: node.y, r: radius, class: "node" });
    circle.append(svg("title", {}, `${node.id}: ${counted(node.events, "event")}`));
    drawn.push(circle, svg("text", { x: node.x + radius + 2, y: node.y + 4 }, node.id));
  }
  document.getElementById("network-chart").replaceChildren(...drawn);
}

function layoutStep(nodes, links, width, height) {
  for (const a of nodes) {
    for (const b of nodes) {
      if (a === b) continue;
      const dx = a.x - b.x || 0.01;
      const dy = a.y - b.y || 0.01;
      const push = 900 / (dx * dx + dy * dy);
      a.x += dx * push;
      a.y += dy * push;
    }
  }
  for (const link of links) {
    const dx = link.t.x - link.s.x;
    const dy = link.t.y - link.s.y;
    link.s.x += dx * 0.02; link.s.y += dy * 0.02;
    link.t.x -= dx * 0.02; link.t.y -= dy * 0.02;
  }
  for (const node of nodes) {
    node.x = Math.min(width - 80, Math.max(20, node.x + (width / 2 - node.x) * 0.01));
    node.y = Math.min(height - 20, Math.max(20, node.y + (height / 2 - node.y) * 0.01));
  }
}

// -- map: Natural Earth land (vendored TopoJSON) and events by place -------------------------

let landPaths = null;

function decodeTopology(topology) {
  // TopoJSON arcs are quantised and delta-encoded: undo both, then join arcs into rings.
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const arcs = topology.arcs.map((arc) => {
    let x = 0; let y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = (indices) => indices.flatMap((index) => (index < 0
    ? arcs[~index].slice().reverse() : arcs[index]));
  const polygons = [];
  for (const geometry of Object.values(topology.objects)[0].geometries) {
    const parts = geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs;
    for (const polygon of parts) polygons.push(polygon.map(ring));
  }
  return polygons;
}

// A ring that crosses the antimeridian is cut there instead of drawn across the map.
function ringPath(points) {
  let previous = null;
  const steps = points.map((point) => {
    const jump = previous !== null && Math.abs(point[0] - previous[0]) > 180;
    previous = point;
    const [x, y] = project(point);
    return `${jump ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`;
  });
  return `M${steps.join("").slice(1)}`;
}

const project = ([lon, lat]) => [(lon + 180) * (960 / 360), (90 - lat) * (480 / 180)];

async function showMap() {
  if (landPaths === null) {
    const topology = await api("/static/vendor/world-atlas/land-110m.json");
    landPaths = decodeTopology(topology).map((rings) => rings.map(ringPath).join(""));
  }
  const places = await api("/api/places", filters());
  const nodes = landPaths.map((d) => svg("path", { d, class: "land" }));
  for (const place of places) {
    const [x, y] = project([place.lon, place.lat]);
    const quad = place.goldstein >= 0 ? 1 : 4;
    const circle = svg("circle", { cx: x, cy: y, r: 3 + Math.sqrt(place.events) * 2,
                                   class: `place q${quad}`, "data-place": place.name });
    circle.append(svg("title", {}, `${place.name}: ${counted(place.events, "event")}`));
    circle.addEventListener("click", () => showEvent(place.event_ids[0]));
    nodes.push(circle);
  }
  document.getElementById("map-chart").replaceChildren(...nodes);
}

// -- search ---------------------------------------------------------------------------------

async function showSearch() {
  const q = (new FormData(document.getElementById("search-form")).get("q") || "").trim();
  const list = document.getElementById("search-results");
  if (!q) { list.replaceChildren(); return; }
  const data = await api("/api/search", { q });
  list.replaceChildren(...data.items.map((hit) => el("li", {},
    el("strong", {}, hit.title || hit.id), ` · ${hit.date} · ${hit.source ?? ""}`,
    el("div", { class: "muted" }, hit.snippet))));
}

// -- wiring ---------------------------------------------------------------------------------

const VIEWS = { events: showEvents, timeline: showTimeline, dyad: showDyad,
                network: showNetwork, map: showMap, search: showSearch };

function refresh() {
  VIEWS[state.view]().catch((error) => {
    document.getElementById("overview").textContent = `error: ${error.message}`;
  });
}

function selectView(view) {
  state.view = view;
  for (const button of document.querySelectorAll("#tabs button")) {
    button.classList.toggle("active", button.dataset.view === view);
  }
  for (const section of document.querySelectorAll(".view")) {
    section.classList.toggle("active", section.id === `view-${view}`);
  }
  refresh();
}

async function start() {
  const overview = await api("/api/overview");
  document.getElementById("overview").textContent =
    `${counted(overview.events, "event")} from ${counted(overview.mentions, "mention")} in ` +
    `${counted(overview.articles, "article")} (${counted(overview.copies, "copy", "copies")}) · ` +
    `${overview.first_published ?? "—"} to ` +
    `${overview.last_published ?? "—"}`;
  document.getElementById("filters").addEventListener("submit", (submit) => {
    submit.preventDefault();
    state.offset = 0;
    refresh();
  });
  document.getElementById("clear-filters").addEventListener("click", () => {
    document.getElementById("filters").reset();
    state.offset = 0;
    refresh();
  });
  for (const button of document.querySelectorAll("#tabs button")) {
    button.addEventListener("click", () => selectView(button.dataset.view));
  }
  document.getElementById("prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - state.limit); refresh();
  });
  document.getElementById("next").addEventListener("click", () => {
    state.offset += state.limit; refresh();
  });
  document.getElementById("timeline-interval").addEventListener("change", refresh);
  for (const id of ["dyad-form", "search-form"]) {
    document.getElementById(id).addEventListener("submit", (submit) => {
      submit.preventDefault(); refresh();
    });
  }
  document.getElementById("close-detail").addEventListener("click", () => {
    document.getElementById("detail").hidden = true;
  });
  refresh();
}

start();
