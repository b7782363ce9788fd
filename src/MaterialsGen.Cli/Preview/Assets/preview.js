// MaterialsGen preview. The server lays out and draws; this page shows its images, its messages and
// where a clicked word came from, and follows new versions over server-sent events without reloading.
"use strict";

// What tests and the latency benchmark read: the version shown and when its images finished loading.
window.preview = { version: 0, loadedVersion: 0, loadedAt: 0, errors: 0, source: null };

const $ = (id) => document.getElementById(id);

// The interface words in the language the preview was started in (the server fills them from its resources).
const pageText = JSON.parse($("page-text").textContent);
const t = (key, ...args) => pageText[key].replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value; else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

// A source line with the span [column, endColumn] marked, and a caret line under it.
function snippet(at, markClass) {
  if (!at || at.sourceLine === null || at.sourceLine === undefined) return null;
  const line = at.sourceLine;
  const start = Math.max(0, Math.min(line.length, at.column - 1));
  const end = at.endColumn > at.column ? Math.max(start + 1, Math.min(line.length, at.endColumn - 1)) : start + 1;
  const gutter = `${at.line} | `;
  const marked = [gutter, line.slice(0, start), el("span", { class: markClass }, line.slice(start, end) || " "), line.slice(end)];
  // A message gets a caret line under the spot, as compilers print it; a clicked word's line wraps instead.
  return markClass === "hit"
    ? el("pre", { class: "snippet wrap" }, ...marked)
    : el("pre", { class: "snippet" }, ...marked, "\n", el("span", { class: "caret" }, " ".repeat(gutter.length + start) + "^" + "~".repeat(Math.max(0, end - start - 1))));
}

function diagnosticNode(d) {
  const where = d.at ? el("a", { class: "where", href: d.at.link, title: t("OpenInEditor") }, d.at.location) : el("span", { class: "where" }, "materialsgen");
  return el("div", { class: "diagnostic" },
    where, ": ", el("span", { class: "severity-" + d.severity }, d.severity), " ", d.code, ": ", d.message,
    snippet(d.at, "mark"),
    d.notes.map((n) => el("div", { class: "note" }, n.at ? el("a", { class: "where", href: n.at.link }, n.at.location) : "", ": note: ", n.message, snippet(n.at, "mark"))));
}

function showDiagnostics(section, list, heading) {
  section.replaceChildren();
  if (list.length === 0) { section.hidden = true; return; }
  section.hidden = false;
  section.append(el("strong", {}, heading));
  list.forEach((d) => section.append(diagnosticNode(d)));
}

function connect(onEvent) {
  const status = $("status");
  const source = new EventSource("/events");
  source.onopen = () => { status.textContent = t("Live"); status.classList.remove("error"); };
  source.onerror = () => { status.textContent = t("Disconnected"); status.classList.add("error"); };
  source.onmessage = (message) => onEvent(JSON.parse(message.data));
}

// ---- the list of outputs -------------------------------------------------------------------------

async function index() {
  let pending = null;
  const refresh = async () => {
    const list = await getJson("/api/outputs");
    showDiagnostics($("problems"), list.problems, t("ManifestProblems"));
    const cards = list.outputs.map((o) => el("li", { "data-key": o.key },
      el("a", { href: o.url },
        el("div", { class: "thumb" }, o.pages > 0 ? el("img", { src: o.thumbnail, alt: o.name, loading: "lazy" }) : el("span", { class: "empty" }, t("NoRender"))),
        el("div", { class: "card" },
          el("h2", {}, o.name, " ", el("span", { class: "badge " + (o.errors > 0 ? "errors" : "ok") }, o.errors > 0 ? (o.errors === 1 ? t("OneError") : t("ManyErrors", o.errors)) : t("Ok"))),
          el("dl", {},
            el("dt", {}, t("Template")), el("dd", {}, `${o.template} (${o.kind})`),
            el("dt", {}, t("Formats")), el("dd", {}, o.formats.join(", ")),
            el("dt", {}, t("Sizes")), el("dd", {}, o.sizes.join(", ")),
            el("dt", {}, t("Pages")), el("dd", {}, String(o.pages)),
            o.records > 0 ? [el("dt", {}, t("Records")), el("dd", {}, String(o.records))] : null)))));
    $("outputs").replaceChildren(...cards);
    window.preview.version = Math.max(0, ...list.outputs.map((o) => o.version));
  };
  connect(() => { clearTimeout(pending); pending = setTimeout(refresh, 50); });
  await refresh();
}

// ---- one output ----------------------------------------------------------------------------------

async function output() {
  const name = decodeURIComponent(location.pathname.split("/")[2] || "");
  const params = new URLSearchParams(location.search);
  const view = { size: params.has("size") ? params.get("size") : undefined, record: params.has("record") ? Number(params.get("record")) : undefined };
  let state = null;
  let loading = 0;
  let words = new Map();

  const query = (extra) => {
    const q = new URLSearchParams();
    if (view.size !== undefined) q.set("size", view.size);
    if (view.record !== undefined) q.set("record", String(view.record));
    for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
    return q.toString();
  };
  const base = `/outputs/${encodeURIComponent(name)}`;

  const scaleOf = (page) => {
    const zoom = $("zoom").value;
    if (zoom !== "fit") return Number(zoom);
    const room = $("pages").clientWidth - 40;
    const tall = window.innerHeight - 160;
    return Math.min(1, room / page.width, state.pages.length === 1 ? Math.max(0.2, tall / page.height) : 1);
  };

  const layoutPages = () => {
    const container = $("pages");
    if (!state || state.pages.length === 0) {
      container.replaceChildren(el("p", { class: "empty" }, state && state.failed ? t("NotBuilt") : t("NoPages")));
      return;
    }
    while (container.children.length > state.pages.length) container.lastChild.remove();
    state.pages.forEach((page, i) => {
      let box = container.children[i];
      if (!box || !box.classList.contains("page")) {
        box = el("div", { class: "page", "data-page": String(page.number) }, el("span", { class: "label" }, t("Page", page.number)), el("img", { alt: t("Page", page.number) }), el("div", { class: "hover" }));
        box.addEventListener("mousemove", (e) => hover(box, e));
        box.addEventListener("mouseleave", () => { box.querySelector(".hover").style.display = "none"; });
        box.addEventListener("click", (e) => pick(box, e));
        container.append(box);
      }
      const scale = scaleOf(page);
      box.style.width = `${page.width * scale}px`;
      box.style.height = `${page.height * scale}px`;
      box.dataset.scale = String(scale);
    });
  };

  // New images are loaded off-screen and swapped in together: no flash, no reload, no scroll jump.
  const loadImages = () => {
    const token = ++loading;
    const version = state.version;
    const ratio = window.devicePixelRatio || 1;
    const boxes = [...$("pages").querySelectorAll(".page")];
    Promise.all(state.pages.map((page, i) => new Promise((resolve) => {
      const scale = Math.min(4, Number(boxes[i].dataset.scale) * ratio);
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => resolve(null);
      image.src = `${page.image}&scale=${scale.toFixed(2)}`;
    }))).then((images) => {
      if (token !== loading) return;
      images.forEach((image, i) => { if (image && boxes[i]) boxes[i].querySelector("img").src = image.src; });
      boxes.forEach((box) => box.classList.toggle("stale", state.failed));
      window.preview.loadedVersion = version;
      window.preview.loadedAt = Date.now();
    });
    words = new Map();
  };

  const render = () => {
    $("title").textContent = state.name;
    document.title = `${state.name} · ${t("Title")}`;
    $("meta").textContent = `${state.template} (${state.kind}) · ${state.format} · v${state.version} · ${state.elapsedMs} ms`;
    const size = $("size");
    size.replaceChildren(...state.sizeChoices.map((s) => el("option", { value: s, selected: s === (state.size ?? "") }, s === "" ? t("TemplateOwnSize") : s)));
    $("record-label").hidden = state.recordChoices.length === 0;
    $("record").replaceChildren(...state.recordChoices.map((r, i) => el("option", { value: String(i), selected: i === state.record }, r)));
    const all = state.problems.concat(state.diagnostics);
    const errors = all.filter((d) => d.severity === "error");
    showDiagnostics($("diagnostics"), all,
      errors.length === 0 ? t("Warnings") : state.showingLastGood ? t("LastGood") : t("DoesNotBuild"));
    window.preview.errors = errors.length;
    window.preview.version = state.version;
    layoutPages();
    loadImages();
  };

  const refresh = async () => {
    try {
      state = await getJson(`${base}/state?${query()}`);
      render();
    } catch (e) {
      $("status").textContent = String(e.message || e);
      $("status").classList.add("error");
    }
  };

  const wordsOf = async (number) => {
    if (!words.has(number)) words.set(number, getJson(state.pages[number - 1].words));
    return words.get(number);
  };

  const at = (box, e) => {
    const scale = Number(box.dataset.scale);
    const rect = box.getBoundingClientRect();
    return { x: (e.clientX - rect.left) / scale, y: (e.clientY - rect.top) / scale, scale };
  };

  const hover = async (box, e) => {
    const p = at(box, e);
    const list = (await wordsOf(Number(box.dataset.page))).boxes;
    const marker = box.querySelector(".hover");
    for (let i = 0; i < list.length; i += 4) {
      if (p.x >= list[i] && p.x <= list[i] + list[i + 2] && p.y >= list[i + 1] && p.y <= list[i + 1] + list[i + 3]) {
        Object.assign(marker.style, { display: "block", left: `${list[i] * p.scale}px`, top: `${list[i + 1] * p.scale}px`, width: `${list[i + 2] * p.scale}px`, height: `${list[i + 3] * p.scale}px` });
        return;
      }
    }
    marker.style.display = "none";
  };

  const location_ = (title, at, how) => at ? [
    el("h2", {}, title),
    el("div", {}, el("a", { class: "where", href: at.link, title: t("OpenInVsCode") }, at.location)),
    snippet(at, "hit"),
    how ? el("p", { class: "how" }, how) : null] : [];

  const pick = async (box, e) => {
    const p = at(box, e);
    const panel = $("source");
    const response = await fetch(`${base}/source?${query({ page: box.dataset.page, x: p.x.toFixed(1), y: p.y.toFixed(1) })}`, { cache: "no-store" });
    document.querySelectorAll(".picked").forEach((n) => n.remove());
    panel.hidden = false;
    if (!response.ok) {
      panel.replaceChildren(el("p", { class: "how" }, t("NoText")));
      window.preview.source = null;
      return;
    }
    const hit = await response.json();
    window.preview.source = hit;
    const [x, y, w, h] = hit.box;
    box.append(el("div", { class: "picked" }));
    Object.assign(box.lastChild.style, { left: `${x * p.scale}px`, top: `${y * p.scale}px`, width: `${w * p.scale}px`, height: `${h * p.scale}px` });
    panel.replaceChildren(...[
      el("p", {}, "“", el("strong", {}, hit.word), "”"),
      ...location_(t("Content"), hit.content, null),
      ...location_(t("PrintedBy"), hit.template, hit.content ? null : t("TemplateWrote")),
      hit.content || hit.template ? null : el("p", { class: "how" }, t("NoOrigin")),
    ].filter((node) => node));
  };

  $("zoom").addEventListener("change", () => { layoutPages(); loadImages(); });
  $("size").addEventListener("change", () => { view.size = $("size").value; history.replaceState(null, "", `${base}?${query()}`); refresh(); });
  $("record").addEventListener("change", () => { view.record = Number($("record").value); history.replaceState(null, "", `${base}?${query()}`); refresh(); });
  let resizing = null;
  window.addEventListener("resize", () => { clearTimeout(resizing); resizing = setTimeout(() => { if ($("zoom").value === "fit") { layoutPages(); loadImages(); } }, 150); });

  connect((e) => {
    if (!state) return;
    const mine = e.key === null || (e.key === state.key && (e.size ?? "") === (state.size ?? "") && e.record === state.record);
    if (mine && (e.key === null || e.version > state.version)) refresh();
  });
  await refresh();
}

if (document.body.dataset.page === "index") index(); else output();
