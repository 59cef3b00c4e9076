import { p as problemFlag, r as readShownConfig } from './json-rules.mjs';
import { d as describePurpose, t as textsFor } from './index.mjs';
import { a as shownOnce } from './shown-digest.mjs';
import { jsxs, jsx } from 'preact/jsx-runtime';
import { Component, render } from 'preact';
import './cookie-cleanup.mjs';
import './own.mjs';
import './parse-consent-cookie.mjs';

function startCheck(load, deps) {
  const { settings, warn } = deps;
  const { raw } = settings.json;
  if (raw === void 0) return;
  load(deps, (check, why) => check ? check(raw, warn, settings.purposes) : warn(`${why}; the JSON config's problems could not be told`));
}

var css = ":host(consent-gate){all:initial!important;display:contents!important}:host(consent-gate-placeholder){display:inline-flex!important;vertical-align:top!important;max-width:100%!important}:host(consent-gate),:host(consent-gate-placeholder){letter-spacing:inherit!important;word-spacing:inherit!important;--_bg:#fff!important;--_fg:#1b1b1f!important;--_accent:#1d4ed8!important;--_accent-fg:#fff!important;--_b:1px!important;color:var(--_fg)!important;--cg-bg:var(--_bg);--cg-accent:var(--_accent);--cg-border:#767b85;--cg-focus:#b45309;--cg-radius:8px;--cg-font:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif}:host([data-theme=dark]){--_bg:#1b1d22!important;--_fg:#f2f3f5!important;--_accent:#9bbcff!important;--_accent-fg:#0b1220!important;--cg-border:#8d939e;--cg-focus:#fbbf24}@media(prefers-color-scheme:dark){:host([data-theme=auto]){--_bg:#1b1d22!important;--_fg:#f2f3f5!important;--_accent:#9bbcff!important;--_accent-fg:#0b1220!important;--cg-border:#8d939e;--cg-focus:#fbbf24}}*{box-sizing:border-box}.cg{font-family:var(--cg-font);font-size:max(.9375rem,.9375em);line-height:1.5;color:lab(from var(--cg-bg) calc((49.4 - l) * 1000) 0 0 / 1);background-color:var(--_bg);background-image:linear-gradient(rgb(from var(--cg-bg) r g b / 1) 0 0);border:var(--_b) solid var(--cg-border);box-shadow:0 4px 24px #0004;padding:16px 20px;text-align:left;overflow-wrap:anywhere}[popover]{width:auto;height:auto;overflow:visible}.notice,.backdrop{position:fixed;z-index:2147483647}.notice{inset:auto 0 0;max-height:min(100%,max(50vh,100vh - 240px));overflow:auto;border-width:var(--_b) 0 0}.top{inset:0 0 auto;border-width:0 0 var(--_b)}.backdrop{inset:0;background:#0008;display:flex;align-items:center;justify-content:center;padding:8px;border:0}.backdrop .cg{position:relative;width:100%;max-width:640px;max-height:100%;overflow:auto;border-width:var(--_b)}.backdrop .cg,.ph{border-radius:clamp(0px,var(--cg-radius),16px)}.wrap{max-width:1100px;margin:auto;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center}.text{flex:1 1 20em}.wrap .actions{flex:1 1 auto}h2{font-size:1.15em;line-height:1.3;margin:0 0 4px}p{margin:0 0 8px}a{color:inherit}.actions{display:grid;grid-auto-flow:column;grid-auto-columns:1fr;gap:8px;color:var(--_accent-fg)}@media(max-width:480px){.actions{grid-auto-flow:row}}@media(max-height:480px){.notice:not(.center),.notice:not(.center) .wrap{display:flex;flex-direction:column;flex-wrap:nowrap;align-items:stretch}.notice:not(.center){overflow:hidden;padding:8px 12px}.notice:not(.center) .wrap,.notice:not(.center) .text{flex:1 1 auto;min-height:0}.notice:not(.center) .wrap{width:100%}.notice:not(.center) .text{overflow:auto}.notice:not(.center) .actions{flex:none;grid-auto-flow:column}.notice:not(.center) .btn{padding:6px 4px}}.btn,.close{font:600 1em/1.2 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;letter-spacing:inherit;word-spacing:inherit}.btn,.close,label,summary,[role=switch]{cursor:pointer}.btn,[role=switch]:checked{background-color:var(--_accent);background-image:linear-gradient(rgb(from var(--cg-accent) r g b / 1) 0 0);color:lab(from var(--cg-accent) calc((49.4 - l) * 1000) 0 0 / 1);border-color:transparent}.btn{min-height:44px;padding:8px 12px;border-radius:clamp(0px,var(--cg-radius),22px);border:2px solid transparent;overflow-wrap:break-word}.btn:hover{filter:brightness(1.1)}:focus-visible{outline:3px solid rgb(from var(--cg-focus) r g b / 1);outline-offset:2px}[tabindex=\"-1\"]{outline:none}.close{position:absolute;top:8px;right:8px;width:44px;height:44px;font-size:1.6em;color:inherit;background:none;border:0;border-radius:4px}.dialog h2{padding-right:40px}ul{list-style:none;margin:12px 0;padding:0}li{border-top:1px solid var(--cg-border);padding:10px 0}.row{display:flex;align-items:center;justify-content:space-between;gap:12px}label,dt{font-weight:600}.desc,details,dl{margin:4px 0 0}.desc,details{font-size:.9333em}[role=switch]{appearance:none;margin:0;flex:none;position:relative;width:48px;height:28px;border-radius:14px;border:2px solid;background:none;color:inherit}[role=switch]::before{content:\"\";position:absolute;top:3px;left:3px;width:18px;height:18px;border-radius:50%;background:currentColor}[role=switch]:checked::before{left:23px}summary{padding:2px 0;min-height:24px}dd{margin:0 0 4px 12px}.note{border-left:4px solid var(--cg-accent);padding-left:8px}.ph{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:8px;flex:1;min-width:0;min-height:150px;text-align:center;box-shadow:none}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}@media(prefers-reduced-motion:no-preference){.notice,.backdrop .cg{animation:cg-in .2s ease-out}@keyframes cg-in{from{opacity:0;transform:translateY(8px)}}}@media(forced-colors:active){:host(consent-gate),:host(consent-gate-placeholder){--_b:2px!important}.btn{border-color:ButtonText}[role=switch]{forced-color-adjust:none;background:Canvas;border-color:ButtonText}[role=switch]::before{background:ButtonText}[role=switch]:checked{background:Highlight;border-color:Highlight}[role=switch]:checked::before{background:HighlightText}}";

function Switch({ purpose, draft, texts, onToggle }) {
  const id = "cg-p-" + purpose.id;
  return /* @__PURE__ */ jsxs("li", { children: [
    /* @__PURE__ */ jsxs("div", { class: "row", children: [
      /* @__PURE__ */ jsx("label", { for: id, children: purpose.label }),
      /* @__PURE__ */ jsx(
        "input",
        {
          id,
          type: "checkbox",
          role: "switch",
          checked: !!draft[purpose.id],
          "aria-describedby": purpose.description ? id + "-d" : void 0,
          onChange: (e) => onToggle(purpose.id, e.currentTarget.checked)
        }
      )
    ] }),
    purpose.description && /* @__PURE__ */ jsx("p", { class: "desc", id: id + "-d", children: purpose.description }),
    purpose.cookies.length > 0 && /* @__PURE__ */ jsxs("details", { children: [
      /* @__PURE__ */ jsxs("summary", { children: [
        texts.cookies,
        " (",
        purpose.cookies.length,
        ")"
      ] }),
      /* @__PURE__ */ jsx("dl", { children: purpose.cookies.map((c, i) => [
        /* @__PURE__ */ jsx("dt", { children: c.name }, "n" + i),
        /* @__PURE__ */ jsx("dd", { children: [c.provider, c.duration, c.description].filter(Boolean).join(" \xB7 ") }, "d" + i)
      ]) })
    ] })
  ] });
}

function Dialog({ model, draft, onToggle, onSave, onAll, onClose }) {
  const { texts } = model;
  return /* @__PURE__ */ jsxs("div", { class: "cg dialog", role: "dialog", "aria-modal": "true", "aria-labelledby": "cg-dtitle", tabIndex: -1, lang: model.lang, children: [
    /* @__PURE__ */ jsx("button", { type: "button", class: "close", "aria-label": texts.close, onClick: onClose, children: "\xD7" }),
    /* @__PURE__ */ jsx("h2", { id: "cg-dtitle", children: texts.dialogTitle }),
    /* @__PURE__ */ jsxs("p", { children: [
      texts.dialogBody,
      " ",
      model.policyUrl && /* @__PURE__ */ jsx("a", { href: model.policyUrl, children: texts.policy })
    ] }),
    model.signalRefused.length > 0 && /* @__PURE__ */ jsx("p", { class: "note", children: texts.gpc }),
    /* @__PURE__ */ jsx("ul", { children: model.purposes.map((p) => /* @__PURE__ */ jsx(Switch, { purpose: p, texts, draft, onToggle }, p.id)) }),
    /* @__PURE__ */ jsxs("div", { class: "actions", children: [
      /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: onSave, children: texts.save }),
      /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: () => onAll(true), children: texts.acceptAll }),
      /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: () => onAll(false), children: texts.rejectAll })
    ] })
  ] });
}

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';
function deepActiveElement(page) {
  let active = page.activeElement();
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
function trapTab(event, container) {
  if (event.key !== "Tab") return;
  const items = container.querySelectorAll(FOCUSABLE);
  if (!items.length) return;
  const first = items[0];
  const last = items[items.length - 1];
  const active = container.getRootNode().activeElement;
  if (event.shiftKey && (active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
function usable(target, page) {
  if (!target?.isConnected || target === page.body() || target === page.documentElement()) return false;
  if (typeof target.focus !== "function" || target.closest("[inert]")) return false;
  return true;
}
function restoreFocus(target, page) {
  if (usable(target, page)) {
    target.focus({ preventScroll: true });
    return;
  }
  const main = page.querySelectorAll("main, [role=main]")[0] ?? null;
  if (!main || !usable(main, page)) return;
  if (!main.hasAttribute("tabindex")) {
    main.setAttribute("tabindex", "-1");
    main.addEventListener("blur", () => main.removeAttribute("tabindex"), { once: true });
  }
  main.focus({ preventScroll: true });
}
function whenBody(doc, { domOf, listen }, start) {
  const run = () => {
    const body = domOf(doc).body();
    if (body) start(body);
  };
  if (!domOf(doc).body()) return listen(doc, "DOMContentLoaded", run);
  run();
  return () => {
  };
}
function inertOthers(doc, dom, keep) {
  const page = dom.domOf(doc);
  const Observer = page.defaultView()?.MutationObserver;
  const made = /* @__PURE__ */ new Set();
  let observer = null;
  const apply = (el) => {
    if (el === keep || el.hasAttribute("inert") || el.localName === "script" || el.localName === "style") return;
    el.setAttribute("inert", "");
    made.add(el);
  };
  const start = (body) => {
    for (const el of [...body.children]) apply(el);
    observer = Observer ? new Observer((records) => records.forEach((r) => r.addedNodes.forEach((n) => n.nodeType === 1 && apply(n)))) : null;
    observer?.observe(body, { childList: true });
  };
  const unwait = whenBody(doc, dom, start);
  return () => {
    unwait();
    observer?.disconnect();
    made.forEach((el) => el.removeAttribute("inert"));
  };
}
function keepClear(doc, dom, bar, edge) {
  const page = dom.domOf(doc);
  const style = page.documentElement().style;
  const prop = "scroll-padding-" + edge;
  const before = style.getPropertyValue(prop);
  const beforePriority = style.getPropertyPriority(prop);
  const room = page.createElement("consent-gate-reserve");
  room.setAttribute("aria-hidden", "true");
  const place = (body) => {
    const host = bar.getRootNode().host;
    if (edge === "bottom") body.appendChild(room);
    else body.insertBefore(room, host?.parentNode === body ? host.nextSibling : body.firstChild);
  };
  const unwait = whenBody(doc, dom, place);
  room.style.cssText = "display:block!important;margin:0!important;padding:0!important;border:0!important;visibility:hidden!important";
  const clear = () => {
    const height = bar.offsetHeight + "px";
    style.setProperty(prop, height);
    room.style.setProperty("height", height, "important");
  };
  const Observer = page.defaultView()?.ResizeObserver;
  const observer = Observer ? new Observer(clear) : null;
  if (observer) observer.observe(bar);
  else clear();
  return () => {
    observer?.disconnect();
    unwait();
    room.remove();
    style.setProperty(prop, before, beforePriority);
  };
}

function Notice({ model, onAll, onCustomize }) {
  const { texts } = model;
  const modal = model.position === "center";
  return /* @__PURE__ */ jsx(
    "div",
    {
      class: "cg notice " + model.position,
      popover: modal ? void 0 : "manual",
      role: "dialog",
      "aria-modal": modal,
      "aria-labelledby": "cg-title",
      "aria-describedby": "cg-body",
      tabIndex: -1,
      lang: model.lang,
      children: /* @__PURE__ */ jsxs("div", { class: "wrap", children: [
        /* @__PURE__ */ jsxs("div", { class: "text", children: [
          /* @__PURE__ */ jsx("h2", { id: "cg-title", children: texts.title }),
          /* @__PURE__ */ jsxs("p", { id: "cg-body", children: [
            model.mode === "opt-out" ? texts.optOutBody : texts.body,
            " ",
            model.policyUrl && /* @__PURE__ */ jsx("a", { href: model.policyUrl, children: texts.policy })
          ] })
        ] }),
        /* @__PURE__ */ jsxs("div", { class: "actions", children: [
          /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: () => onAll(true), children: texts.acceptAll }),
          /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: () => onAll(false), children: texts.rejectAll }),
          /* @__PURE__ */ jsx("button", { type: "button", class: "btn customize", onClick: onCustomize, children: texts.customize })
        ] })
      ] })
    }
  );
}

function raise(root) {
  try {
    for (const el of root.querySelectorAll("[popover]:not(:popover-open)")) el.showPopover();
  } catch {
  }
}
class App extends Component {
  constructor(props) {
    super(props);
    const { model, store, doc, dom, onView, root } = props;
    const page = dom.domOf(doc);
    const panel = () => root.querySelector("[role=dialog]");
    let returnTo = null;
    let stops = [];
    let unclear;
    let unmodal;
    const settled = () => store.get().decided ? "none" : "notice";
    const each = (value) => Object.fromEntries(model.purposes.map((p) => [p.id, value(p.id)]));
    const draft = () => {
      const choices = store.choices();
      return each((id) => choices[id] === true);
    };
    const open = (view, saved = false) => {
      if (view !== this.state.view || saved !== this.state.saved) this.setState({ view, draft: draft(), saved });
    };
    const close = () => open(settled());
    const decide = (choices) => {
      store.decide(choices, this.state.view === "dialog" ? "dialog" : "notice");
      const view = settled();
      open(view, view === "none");
    };
    const all = (value) => decide(each(() => value));
    const modal = () => {
      const { view } = this.state;
      return view === "dialog" || view === "notice" && model.position === "center";
    };
    const focusPanel = (previous, move = true) => {
      const { view } = this.state;
      const box = panel();
      if (previous === "none" && view !== "none") returnTo = deepActiveElement(page);
      unmodal?.();
      unmodal = modal() ? inertOthers(doc, dom, root.host) : void 0;
      if (view === "none") restoreFocus(returnTo, page);
      else if (box && move) {
        const customize = previous === "dialog" ? box.querySelector(".customize") : null;
        (customize ?? box).focus({ preventScroll: true });
      }
      if (previous !== view) onView(view);
      unclear?.();
      const { position } = model;
      unclear = view === "notice" && box && position !== "center" ? keepClear(doc, dom, box, position) : void 0;
    };
    const onFocusIn = (event) => {
      const target = event.target;
      if (this.state.view !== "none" && target && target !== root.host) returnTo = target;
    };
    const onDocKeyDown = (event) => {
      if (event.key !== "Escape" || this.state.view !== "dialog") return;
      event.preventDefault();
      close();
    };
    const onKeyDown = (event) => {
      const box = panel();
      if (modal() && box) trapTab(event, box);
    };
    const onMouseDown = (event) => {
      if (event.target?.classList?.contains("backdrop")) event.preventDefault();
    };
    this.state = { view: props.initial ?? settled(), draft: draft(), saved: false };
    props.expose(open);
    this.componentDidMount = () => {
      raise(root);
      stops = [
        dom.listen(doc, "focusin", onFocusIn, true),
        dom.listen(doc, "keydown", onDocKeyDown, true),
        // A decision made elsewhere (another tab, the API) hides the notice; a withdrawal shows it. An open dialog stays.
        store.subscribe(() => {
          const view = settled();
          if (this.state.view !== "dialog" && this.state.view !== view) open(view);
        })
      ];
      if (this.state.view === "dialog") return focusPanel("none");
      focusPanel("none", false);
      const win = page.defaultView();
      const focusFirst = () => {
        const box = panel();
        const active = deepActiveElement(page);
        const idle = !active || active === page.body() || active === page.documentElement();
        if (this.state.view === "notice" && box && (idle || model.position === "center")) box.focus({ preventScroll: true });
      };
      if (win && typeof win.requestAnimationFrame === "function") win.requestAnimationFrame(focusFirst);
      else focusFirst();
    };
    this.componentWillUnmount = () => {
      for (const stop of stops) stop();
      unclear?.();
      unmodal?.();
    };
    this.componentDidUpdate = (_, previous) => {
      raise(root);
      if (previous.view !== this.state.view) focusPanel(previous.view);
    };
    this.draw = () => {
      const { view, draft: draft2, saved } = this.state;
      const status = /* @__PURE__ */ jsx("div", { class: "sr-only", role: "status", lang: model.lang, children: saved ? model.texts.saved : "" });
      if (view === "none") return /* @__PURE__ */ jsx("div", { children: status });
      const body = view === "dialog" ? /* @__PURE__ */ jsx(
        Dialog,
        {
          model,
          draft: draft2,
          onToggle: (p, c) => this.setState({ draft: { ...draft2, [p]: c } }),
          onSave: () => decide(draft2),
          onAll: all,
          onClose: close
        }
      ) : /* @__PURE__ */ jsx(Notice, { model, onAll: all, onCustomize: () => open("dialog") });
      return (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape and backdrop clicks are caught for the dialog inside, not a control of its own
        /* @__PURE__ */ jsxs("div", { onKeyDown, onMouseDown, children: [
          modal() ? /* @__PURE__ */ jsx("div", { class: "backdrop", popover: "manual", children: body }) : body,
          status
        ] })
      );
    };
  }
  render() {
    return this.draw();
  }
}

function createUiModel(settings, texts, lang, signalRefused, declared = /* @__PURE__ */ Object.create(null)) {
  const purposes = settings.purposes.map((id) => {
    const info = declared[id];
    return { id, ...describePurpose(id, info, texts, lang), cookies: info?.cookies ?? [] };
  });
  return { ...settings, texts, lang, purposes, signalRefused };
}
function fill(text, labels) {
  return text.replace("{purposes}", () => labels.join(", "));
}

function Placeholder({ model, name, purposes, onAllow }) {
  const labels = purposes.map((id) => model.purposes.find((p) => p.id === id)?.label ?? id);
  return /* @__PURE__ */ jsxs("div", { class: "cg ph", lang: model.lang, children: [
    name && /* @__PURE__ */ jsx("strong", { children: name }),
    /* @__PURE__ */ jsx("p", { children: fill(model.texts.placeholder, labels) }),
    /* @__PURE__ */ jsx("div", { class: "actions", children: /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: onAllow, children: fill(model.texts.allow, labels) }) })
  ] });
}

const DOT_COM = ["YouTube", "Vimeo", "Spotify", "SoundCloud", "Instagram", "Facebook", "TikTok", "Calendly"];
const PROVIDERS = [
  ["google.com", "Google Maps", /^\/maps\b/],
  ["maps.google.com", "Google Maps"],
  ["youtube-nocookie.com", "YouTube"],
  ["youtu.be", "YouTube"],
  ["twitter.com", "X (Twitter)"],
  ["x.com", "X (Twitter)"],
  ["openstreetmap.org", "OpenStreetMap"],
  ...DOT_COM.map((name) => [name.toLowerCase() + ".com", name])
];
function providerName(src, base) {
  let url;
  try {
    url = new URL(src, base);
  } catch {
    return "";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:" || !url.hostname) return "";
  const host = url.hostname.replace(/\.$/, "");
  for (const [domain, name, path] of PROVIDERS) {
    if ((host === domain || host.endsWith("." + domain)) && (!path || path.test(url.pathname))) return name;
  }
  return host.replace(/^www\./, "");
}

function styleRoot(root, page, sheet) {
  const win = page.defaultView();
  if (win && "adoptedStyleSheets" in root && typeof win.CSSStyleSheet === "function") {
    try {
      if (!sheet.current) {
        sheet.current = new win.CSSStyleSheet();
        sheet.current.replaceSync(css);
      }
      root.adoptedStyleSheets = [sheet.current];
      return;
    } catch {
    }
  }
  const style = page.createElement("style");
  style.textContent = css;
  root.appendChild(style);
}
function createHost(page, tag, theme, sheet) {
  const host = page.createElement(tag);
  host.setAttribute("data-theme", theme);
  const root = host.attachShadow({ mode: "open" });
  styleRoot(root, page, sheet);
  return { host, root };
}
function placeholderName(el, doc, warn) {
  const title = el.title.trim();
  if (title) return title;
  const src = el.getAttribute("data-src") ?? el.getAttribute("src") ?? "";
  const name = providerName(src, doc.baseURI);
  const what = `<iframe data-consent="${(el.getAttribute("data-consent") ?? "").slice(0, 60)}" ${el.hasAttribute("data-src") ? "data-src" : "src"}="${src.slice(0, 120)}">`;
  warn?.(`${what} has no title: its placeholder says ${JSON.stringify(name)} (WCAG 4.1.2)`);
  return name;
}
function mountUi({ doc, dom, store, model, onView, warn }) {
  const page = dom.domOf(doc);
  const sheet = {};
  let open;
  let stopWaiting = () => {
  };
  let app;
  const mount = (initial) => {
    stopWaiting();
    const { host, root } = createHost(page, "consent-gate", model.theme, sheet);
    const body = page.body();
    const parent = body ?? page.documentElement();
    parent.insertBefore(host, parent === body ? parent.firstChild : null);
    app = host;
    render(
      /* @__PURE__ */ jsx(App, { model, store, doc, dom, onView, root, initial, expose: (fn) => open = fn }),
      root
    );
  };
  if (!store.get().decided) mount();
  else stopWaiting = store.subscribe(() => open || store.get().decided || mount());
  const placeholders = /* @__PURE__ */ new Map();
  const unplace = (el) => {
    const entry = placeholders.get(el);
    if (!entry) return;
    placeholders.delete(el);
    render(null, entry.host.shadowRoot);
    entry.host.remove();
    el.style.setProperty("display", entry.display);
  };
  return {
    show: () => open ? open("dialog") : mount("dialog"),
    hide: () => open?.("none"),
    /** Puts a placeholder in the box of a blocked iframe until it is activated. */
    placeholder(el, requirement) {
      if (el.localName !== "iframe" || placeholders.has(el) || !el.parentNode) return;
      const target = el;
      const ph = createHost(page, "consent-gate-placeholder", model.theme, sheet);
      for (const dim of ["width", "height"]) {
        const value = target.getAttribute(dim);
        if (value) ph.host.style.setProperty(dim === "height" ? "min-height" : dim, /^\d+$/.test(value) ? value + "px" : value);
      }
      placeholders.set(el, { host: ph.host, display: target.style.getPropertyValue("display") });
      target.style.setProperty("display", "none", "important");
      target.parentNode.insertBefore(ph.host, target);
      const allow = () => {
        const choices = {};
        for (const p of requirement.granted) choices[p] = true;
        store.decide(choices, "placeholder");
      };
      render(
        /* @__PURE__ */ jsx(Placeholder, { model, name: placeholderName(target, doc, warn), purposes: requirement.granted, onAllow: allow }),
        ph.root
      );
    },
    /** Removes an activated element's placeholder and shows the element again. */
    unplace,
    /**
     * Unmounts everything this UI added (host, placeholders, the App's store
     * subscription and listeners) and shows blocked iframes' boxes again,
     * still blocked: `createConsentGate(...).destroy()` leaves nothing behind.
     */
    destroy() {
      stopWaiting();
      for (const el of [...placeholders.keys()]) unplace(el);
      if (app) {
        render(null, app.shadowRoot);
        app.remove();
      }
      app = open = void 0;
    }
  };
}

function uiFactory(texts, loadCheck) {
  return (deps) => {
    const { settings, lang } = deps;
    const problems = problemFlag(settings.purposes);
    const json = readShownConfig(settings.json.raw, problems);
    const model = createUiModel(settings, textsFor(lang, { en: texts }, json.texts), lang, deps.signalRefused, json.purposes);
    const ui = mountUi({ ...deps, model });
    if (problems.found) startCheck(loadCheck, deps);
    return { ...ui, shown: shownOnce(model) };
  };
}

export { uiFactory };
