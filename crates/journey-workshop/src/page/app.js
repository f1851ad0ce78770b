// The participant page. Plain DOM (text goes in with textContent, never as markup), one
// WebSocket to the laptop, and an outbox kept in localStorage so nothing typed is lost when
// the Wi-Fi drops: unacknowledged requests are sent again on reconnect (the server ignores
// repeats). The board is a snapshot the laptop sends on connecting, kept current by the deltas
// that follow it (model.js).
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const storeKey = "journey-workshop:" + location.host;
  let saved = JSON.parse(localStorage.getItem(storeKey) || "{}");
  const save = () => localStorage.setItem(storeKey, JSON.stringify(saved));
  saved.outbox = saved.outbox || [];
  let socket = null;
  let model = null;
  // A delta did not follow what the page holds: a fresh snapshot is asked for, and deltas are
  // set aside until it comes.
  let resyncing = false;
  let current = saved.stage || null;
  let retry = 500;
  // What the participant is typing, per stage and lane: every change anyone makes redraws the
  // board, and a draft must survive that (and keep its focus and caret).
  const drafts = new Map();

  const el = (tag, props = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (v !== false && v !== undefined && v !== null) e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) if (c) e.append(c);
    return e;
  };
  // The participant's language: the first of the browser's that the studio speaks (its catalog
  // comes from the laptop, /locale/<code>); English until it has come, and if it cannot.
  const LANGUAGES = ["en", "fa", "ru", "te", "tl"];
  const lang = (navigator.languages || [navigator.language || "en"]).map((l) => l.toLowerCase().split("-")[0]).find((l) => LANGUAGES.includes(l)) || "en";
  let bundle = null;
  /** Message `id` with `args`, formatted by Fluent (plurals by the language's rules). */
  const t = (id, args) => {
    const m = bundle && bundle.getMessage(id);
    return m && m.value ? bundle.formatPattern(m.value, args, []) : id;
  };
  async function loadLanguage() {
    try {
      const text = await (await fetch("/locale/" + lang)).text();
      // Isolation marks keep a Latin name inside a Persian sentence in its place (and only there).
      bundle = new FluentBundle.FluentBundle(lang, { useIsolating: lang === "fa" });
      bundle.addResource(new FluentBundle.FluentResource(text));
    } catch {
      bundle = null;
    }
    if (!bundle) return;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "fa" ? "rtl" : "ltr";
    for (const e of document.querySelectorAll("[data-l10n]")) e.textContent = t(e.dataset.l10n);
    for (const e of document.querySelectorAll("[data-l10n-label]")) e.setAttribute("aria-label", t(e.dataset.l10nLabel));
  }

  const newId = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");

  function showJoin(message) {
    $("board").hidden = true;
    $("join").hidden = false;
    $("code").value = $("code").value || params.get("code") || "";
    $("name").value = $("name").value || saved.name || "";
    $("join-error").textContent = message || "";
  }

  $("join").addEventListener("submit", async (e) => {
    e.preventDefault();
    const body = JSON.stringify({ name: $("name").value, code: $("code").value });
    let r;
    try {
      r = await fetch("/api/join", { method: "POST", headers: { "content-type": "application/json" }, body });
    } catch {
      return showJoin(t("join-unreachable"));
    }
    try {
      // The laptop answered: a refusal that is not its JSON (a body it could not read) is a
      // failed join, not an unreachable laptop.
      const answer = await r.json().catch(() => ({}));
      // A refusal the catalog names (join-error-<code>, with its arguments) is said in the
      // participant's language; the server's sentence, worded in the browser's language too, is
      // for a code this page does not know.
      const known = answer.code && bundle && bundle.hasMessage("join-error-" + answer.code);
      if (!r.ok || !answer.token) return showJoin(known ? t("join-error-" + answer.code, answer.args || {}) : answer.error || t("join-failed"));
      saved = { token: answer.token, name: answer.name, outbox: [] };
      save();
      connect();
    } catch {
      // The answer came but could not be kept (storage refused): not an unreachable laptop.
      showJoin(t("join-failed"));
    }
  });

  function send(request) {
    request.id = newId();
    saved.outbox.push(request);
    save();
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(request));
    render();
  }

  function connect() {
    if (!saved.token) return showJoin();
    $("join").hidden = true;
    $("board").hidden = false;
    const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/api/ws?token=" + encodeURIComponent(saved.token));
    socket = ws;
    let opened = false;
    ws.addEventListener("open", () => {
      opened = true;
      retry = 500;
      // The first message on every connection is a snapshot.
      resyncing = true;
      for (const r of saved.outbox) ws.send(JSON.stringify(r));
    });
    ws.addEventListener("message", (event) => {
      const m = JSON.parse(event.data);
      if (m.type === "state") {
        model = WorkshopBoard.fromSnapshot(m);
        resyncing = false;
        render();
      } else if (m.type === "delta") {
        if (!model || resyncing) return;
        const result = WorkshopBoard.applyDelta(model, m);
        if (result === "gap") {
          resyncing = true;
          ws.send(JSON.stringify({ type: "resync" }));
        } else if (result === "applied") render();
      } else if (m.type === "session") {
        if (!model) return;
        WorkshopBoard.applySession(model, m);
        render();
      } else if (m.type === "ack" || m.type === "error") {
        saved.outbox = saved.outbox.filter((r) => r.id !== m.id);
        save();
        // A refusal the catalog names (refusal-<code>) is said in the participant's language.
        if (m.type === "error") flash(m.code && bundle && bundle.hasMessage("refusal-" + m.code) ? t("refusal-" + m.code, m.args || {}) : m.message);
        render();
      }
    });
    ws.addEventListener("close", () => {
      socket = null;
      if (!opened && retry > 4000) {
        // Refused more than once: the session ended, or this person was removed.
        saved.token = null;
        save();
        return showJoin(t("join-ended"));
      }
      status(t("reconnecting"));
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 8000);
    });
  }

  let flashTimer = 0;
  function flash(text) {
    status(text);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(render, 4000);
  }
  function status(text) {
    $("status").textContent = text;
  }

  function render() {
    if (!model) return;
    const { journey, cards, settings, vote, you } = WorkshopBoard.view(model);
    $("title").textContent = journey.name;
    document.title = journey.name + " · " + t("workshop-page-title");
    const follow = $("follow").checked;
    if (follow && settings.follow) current = settings.follow;
    if (!journey.stages.some((s) => s.id === current)) current = journey.stages[0]?.id ?? null;
    saved.stage = current;

    const st = $("status");
    st.className = "status" + (settings.locked ? " locked" : "");
    st.replaceChildren();
    if (settings.locked) st.append(t("board-locked"));
    else {
      st.append(t("you-are", { name: you.name }));
      if (settings.privateMode) st.append(" ", t("private-note"));
      if (vote) {
        const left = vote.dots - vote.mine.length;
        st.append(" ", el("b", { text: t("vote-left", { left, dots: vote.dots }) }));
      }
    }
    if (saved.outbox.length) st.append(" ", el("span", { class: "pending", text: t("waiting", { count: saved.outbox.length }) }));

    $("stages").replaceChildren(...journey.stages.map((s) =>
      el("button", { type: "button", "aria-current": String(s.id === current), text: s.name, dir: "auto", onclick: () => {
        current = s.id;
        if (settings.follow && s.id !== settings.follow) $("follow").checked = false;
        render();
      } })));

    const typing = document.activeElement?.dataset?.draft;
    const caret = typing ? [document.activeElement.selectionStart, document.activeElement.selectionEnd] : null;
    const lanes = journey.lanes.filter((l) => l.open || cards.some((c) => c.lane === l.id && c.stage === current));
    $("lanes").replaceChildren(...lanes.map((lane) => {
      const here = cards.filter((c) => c.lane === lane.id && c.stage === current);
      const box = el("section", { class: "lane" }, el("h3", { text: lane.name, dir: "auto" }));
      for (const c of here) {
        const myDots = vote ? vote.mine.filter((id) => id === c.id).length : 0;
        const canVote = vote && !settings.locked && !c.private && (!vote.lane || vote.lane === c.lane);
        const card = el("div", { class: "card" + (c.mine ? " mine" : "") + (c.private ? " private" : ""), "data-card": c.id },
          el("p", { text: c.text, dir: "auto" }),
          c.private ? el("span", { class: "tag", text: t("card-private-tag") }) : null,
          c.votes > 0 && !vote ? el("span", { class: "votes", text: `${c.votes} ●` }) : null);
        if (canVote) {
          const dots = el("span", { class: "dots" });
          for (let i = 0; i < myDots; i++) dots.append(el("span", { class: "dot", "aria-hidden": "true" }));
          if (myDots > 0) dots.append(el("button", { type: "button", class: "quiet", "aria-label": t("take-dot"), text: "−", onclick: () => send({ type: "unvote", card: c.id }) }));
          dots.append(el("button", { type: "button", "aria-label": t("put-dot"), text: "+ ●", disabled: vote.mine.length >= vote.dots, onclick: () => send({ type: "vote", card: c.id }) }));
          card.append(dots);
        }
        box.append(card);
      }
      if (lane.open && !settings.locked && current) {
        const key = current + ":" + lane.id;
        const text = el("textarea", { "aria-label": t("new-card-in", { lane: lane.name }), maxlength: "500", dir: "auto", placeholder: t("write-card"), "data-draft": key,
          oninput: () => drafts.set(key, text.value) });
        text.value = drafts.get(key) || "";
        const add = el("button", { type: "button", text: t("add-card"), onclick: () => {
          if (!text.value.trim()) return;
          send({ type: "add", stage: current, lane: lane.id, text: text.value });
          drafts.delete(key);
          text.value = "";
        } });
        box.append(el("div", { class: "add" }, text, add));
      }
      return box;
    }));
    const again = typing && $("lanes").querySelector(`textarea[data-draft="${CSS.escape(typing)}"]`);
    if (again) {
      again.focus();
      again.setSelectionRange(caret[0], caret[1]);
    }
    tick();
  }

  // The timer counts down from the end time the laptop set, so every screen agrees; at zero
  // a short, soft tone (made here, no sound file).
  let rang = null;
  function tick() {
    const t = model?.timer;
    const box = $("timer");
    if (!t || (!t.endsAt && !t.remainingMs)) { box.hidden = true; return; }
    const left = t.endsAt ? Math.max(0, t.endsAt - Date.now()) : t.remainingMs;
    box.hidden = false;
    const s = Math.ceil(left / 1000);
    box.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
    box.classList.toggle("done", left === 0);
    if (left === 0 && t.endsAt && rang !== t.endsAt) {
      rang = t.endsAt;
      try {
        const audio = new AudioContext();
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = 660;
        gain.gain.setValueAtTime(0.0001, audio.currentTime);
        gain.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + 0.05);
        gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 1.2);
        tone.connect(gain).connect(audio.destination);
        tone.start();
        tone.stop(audio.currentTime + 1.3);
      } catch { /* no sound available */ }
    }
  }
  setInterval(tick, 250);

  // The words first, so nothing is drawn in one language and then redrawn in another.
  loadLanguage().then(connect);
})();
