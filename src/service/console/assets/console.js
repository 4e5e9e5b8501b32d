// The scamwatch console: the queue, live over server-sent events, the alert detail and the
// verdict buttons. Post text is attacker-controlled: it is only ever written with textContent,
// never parsed as HTML, and the page's Content-Security-Policy forbids inline script anyway.
"use strict";

(function () {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const role = document.querySelector('meta[name="console-role"]').content;
  const mayJudge = role === "moderator" || role === "admin";
  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };

  // Alerts by record id, and their ids newest first; `shown` is what the queue displays.
  const alerts = new Map();
  let order = [];
  let shown = [];
  // The queue shows at most this many rows (the rest are a filter away) and keeps at most
  // MAX_KEPT alerts in the page: a busy day stays responsive.
  const MAX_ROWS = 500;
  const MAX_KEPT = 20000;
  const SEVERITY = { low: 0, medium: 1, high: 2, critical: 3 };
  const ACTION = { review: 0, takedown: 1, lock: 2 };
  let selected = null;
  let openId = null;
  let nextBefore = null;

  function add(item, atTop) {
    const r = item.record;
    if (r.kind === "circuit_breaker") {
      banner("brake-" + r.budget, r.state === "tripped",
        "Mass-action brake tripped for " + r.budget + " (" + r.limit + " per " +
        r.window_minutes + " min): actions past the budget go to review.");
      return;
    }
    if (r.kind === "reload") {
      banner("reload", r.status === "failed",
        "Rule reload failed; the previous rules keep running: " + (r.errors || []).join("; "));
      return;
    }
    if (r.kind === "verdict") {
      // Another moderator's verdict (or this one's, echoed): shown on the post's alert.
      for (const it of alerts.values()) {
        if (it.record.tweet_id === r.post_id) {
          it.verdict = { verdict: r.verdict, by: r.by, at: r.at, note: r.note };
          if (openId !== null && alerts.get(openId) === it) showVerdict(it);
        }
      }
      return;
    }
    if (r.kind === "campaign") return; // fetched when an alert of it is opened
    if (r.kind !== "alert" || alerts.has(item.id)) return;
    item.facets = facets(r);
    for (const c of item.facets.categories) option("f-category", c);
    for (const rule of item.facets.rules) option("f-rule", rule);
    alerts.set(item.id, item);
    if (atTop) order.unshift(item.id); else order.push(item.id);
    while (order.length > MAX_KEPT) alerts.delete(order.pop());
  }

  // What the filters look at, computed once per alert.
  function facets(r) {
    const categories = new Set(), rules = new Set();
    let shadow = false;
    for (const reason of r.reasons) {
      if (reason.kind === "rule") {
        if (reason.mode === "shadow") shadow = true;
        else { rules.add(reason.rule); categories.add(reason.category); }
      } else if (reason.kind === "wallet") categories.add("wallet");
      else if (reason.kind === "model" && reason.mode === "shadow") shadow = true;
    }
    return { categories, rules, shadow };
  }

  const options = new Map();
  function option(select, value) {
    const key = select + "\u0000" + value;
    if (options.has(key)) return;
    options.set(key, true);
    const o = el("option", "", value);
    o.value = value;
    $(select).appendChild(o);
  }

  function banner(key, on, text) {
    const id = "banner-" + key;
    let b = $(id);
    if (!on) { if (b) b.remove(); return; }
    if (!b) { b = el("div", "banner"); b.id = id; $("banners").appendChild(b); }
    b.textContent = text;
  }

  function visible(item) {
    const a = $("f-action").value, s = $("f-severity").value, v = $("f-verdict").value;
    const r = item.record;
    if (a && r.action !== a) return false;
    if (s && r.severity !== s) return false;
    if (v === "none" && item.verdict) return false;
    if (v && v !== "none" && (!item.verdict || item.verdict.verdict !== v)) return false;
    const f = item.facets;
    const cat = $("f-category").value, rule = $("f-rule").value;
    const camp = $("f-campaign").value, mode = $("f-mode").value;
    if (cat && !f.categories.has(cat)) return false;
    if (rule && !f.rules.has(rule)) return false;
    if (camp === "yes" && !r.campaign_id) return false;
    if (camp === "no" && r.campaign_id) return false;
    if (mode === "live" && f.shadow) return false;
    if (mode === "shadow" && !f.shadow) return false;
    return true;
  }

  // Live alerts can arrive by the hundred per second: the queue is redrawn at most every
  // 200 ms, on an animation frame.
  let pending = false, lastDraw = 0;
  function schedule() {
    if (pending) return;
    pending = true;
    const wait = Math.max(0, 200 - (performance.now() - lastDraw));
    setTimeout(() => requestAnimationFrame(() => {
      pending = false;
      lastDraw = performance.now();
      render();
    }), wait);
  }

  function render() {
    const q = $("queue");
    q.replaceChildren();
    const counts = { review: 0, takedown: 0, lock: 0 };
    let matching = [];
    for (const id of order) {
      const item = alerts.get(id);
      counts[item.record.action] = (counts[item.record.action] || 0) + 1;
      if (visible(item)) matching.push(id);
    }
    if ($("f-sort").value === "severe") {
      const rank = (id) => {
        const r = alerts.get(id).record;
        return SEVERITY[r.severity] * 10 + ACTION[r.action];
      };
      // Stable: equally severe alerts stay newest first.
      matching = matching.map((id, i) => [rank(id), i, id])
        .sort((a, b) => b[0] - a[0] || a[1] - b[1]).map((x) => x[2]);
    }
    shown = matching.slice(0, MAX_ROWS);
    $("capped").hidden = matching.length <= MAX_ROWS;
    $("capped").textContent = "Showing " + MAX_ROWS + " of " + matching.length +
      " alerts: narrow the filters to see the others.";
    for (const id of shown) {
      const item = alerts.get(id);
      const r = item.record;
      const li = el("li", "row " + r.action);
      li.dataset.id = id;
      if (id === selected) li.classList.add("selected");
      li.appendChild(el("span", "badge " + r.action, r.action));
      li.appendChild(el("span", "sev " + r.severity, r.severity));
      li.appendChild(el("span", "user", "@" + (r.username || r.account_id)));
      li.appendChild(el("span", "text", r.text));
      li.appendChild(el("span", "verdict", item.verdict ? item.verdict.verdict : ""));
      li.addEventListener("click", () => { selected = id; open(id); });
      q.appendChild(li);
    }
    $("counts").textContent = "review " + counts.review + " · takedown " + counts.takedown +
      " · lock " + counts.lock;
    $("more").hidden = nextBefore === null;
  }

  // The newest record id loaded: the stream starts after it, so nothing falls in between.
  let newestId = 0;

  async function load(before) {
    const url = "/console/api/alerts?limit=500" + (before ? "&before=" + before : "");
    const res = await fetch(url, { credentials: "same-origin" });
    if (res.status === 401) { location.href = "/console/login"; return; }
    const page = await res.json();
    // The API pages newest first; older history goes after what is shown. Brake and reload
    // banners come from the newest page only, its records applied oldest first.
    if (!before) {
      for (const item of page.items.slice().reverse()) {
        newestId = Math.max(newestId, item.id);
        if (item.record.kind !== "alert") add(item, false);
      }
    }
    for (const item of page.items) if (item.record.kind === "alert") add(item, false);
    nextBefore = page.next_before;
    schedule();
  }

  // Older history, page by page in the background, up to BACKFILL alerts; the "Older alerts"
  // button fetches more on demand.
  const BACKFILL = 10000;
  async function backfill() {
    while (nextBefore !== null && alerts.size < BACKFILL) await load(nextBefore);
    $("queue-pane").dataset.history = "loaded";
  }

  function connect() {
    // A reconnecting EventSource sends Last-Event-ID itself, which the server prefers.
    // Campaign records are left out: a campaign is fetched when an alert of it is opened.
    const es = new EventSource("/console/api/stream?except=campaign&after=" + newestId);
    es.onopen = () => { $("live").textContent = "live"; $("live").className = "live on"; };
    es.onerror = () => { $("live").textContent = "reconnecting…"; $("live").className = "live"; };
    es.onmessage = (ev) => { add(JSON.parse(ev.data), true); schedule(); };
  }

  // The post's text with every matched span highlighted. Offsets are UTF-8 bytes into the
  // original text; segments are decoded back from the bytes so no character is split.
  function highlighted(r) {
    const spans = [];
    for (const reason of r.reasons) {
      if (reason.kind === "rule") {
        for (const s of reason.spans) {
          if (s.field === "text") spans.push([s.start, s.end, "hit rule", reason.rule]);
        }
      } else if (reason.kind === "wallet") {
        spans.push([reason.start, reason.end, "hit wallet", reason.chain + " address"]);
      } else if (reason.kind === "model") {
        for (const n of reason.ngrams) {
          spans.push([n.start, n.end, "hit model", "text model: " + n.ngram]);
        }
      }
    }
    // Spans overlap (a rule's phrase around an address, a model n-gram inside a phrase): cut
    // the text at every span boundary and mark each piece with every span covering it.
    const bytes = new TextEncoder().encode(r.text);
    const dec = new TextDecoder();
    const ok = spans.filter(([s, e]) => s < e && e <= bytes.length);
    const cuts = [...new Set([0, bytes.length, ...ok.flatMap(([s, e]) => [s, e])])]
      .sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      const piece = dec.decode(bytes.subarray(from, to));
      const over = ok.filter(([s, e]) => s <= from && to <= e);
      if (over.length === 0) { frag.appendChild(document.createTextNode(piece)); continue; }
      const classes = new Set(over.flatMap((o) => o[2].split(" ")));
      const m = el("mark", [...classes].join(" "), piece);
      m.title = [...new Set(over.map((o) => o[3]))].join("\n");
      frag.appendChild(m);
    }
    return frag;
  }

  function reasonRow(reason) {
    const tr = el("tr");
    let detail = "";
    switch (reason.kind) {
      case "rule": detail = reason.rule + " (" + reason.category + ", weight " + reason.weight + ")"; break;
      case "category": detail = reason.category; break;
      case "wallet": detail = reason.chain + " " + reason.address +
        (reason.known_scam ? " (known scam)" : ""); break;
      case "combo": detail = reason.all.join(" + "); break;
      case "campaign": detail = reason.campaign_id + " (" + reason.accounts + " accounts)"; break;
      case "amplifies": detail = "vouches for " + reason.target + ", taken down"; break;
      case "follow_up": detail = "follows up " + reason.target + ", taken down, with an " + reason.carries; break;
      case "feature": detail = reason.name + ": " + reason.detail; break;
      case "cap": detail = reason.name + ": " + reason.detail; break;
      case "hydration": detail = reason.status + ": " + reason.detail; break;
      case "model": detail = reason.model + " p=" + reason.probability + " (" + reason.mode + ")"; break;
      default: detail = "";
    }
    tr.appendChild(el("td", "", reason.kind));
    tr.appendChild(el("td", "", detail));
    tr.appendChild(el("td", "num", reason.contribution === undefined ? "" : reason.contribution.toFixed(2)));
    return tr;
  }

  async function open(id) {
    const item = alerts.get(id);
    if (!item) return;
    openId = id;
    const r = item.record;
    $("detail").hidden = false;
    $("d-title").textContent = r.action + " · " + r.severity + " · score " + r.score.toFixed(2) +
      " · post " + r.tweet_id;
    showCard(r, null);
    $("d-text").replaceChildren(highlighted(r));
    $("d-history").replaceChildren();
    $("d-timeline").replaceChildren();
    $("d-timeline-note").textContent = "";
    // The post's page: the alert's own post_url (the platform's permalink, https only), else
    // the link the server builds from the ids only (percent-encoded), never from post text.
    const links = item.links || {};
    const postUrl = (typeof r.post_url === "string" && r.post_url.startsWith("https://"))
      ? r.post_url
      : links.post;
    link($("d-link"), postUrl);
    link($("d-account-link"), links.account);
    showCampaign(id, r.campaign_id);
    const body = $("d-reasons").querySelector("tbody");
    body.replaceChildren(...r.reasons.map(reasonRow));
    showVerdict(item);
    render();
    const res = await fetch("/console/api/account?id=" + encodeURIComponent(r.account_id),
      { credentials: "same-origin" });
    if (!res.ok || openId !== id) return;
    const account = await res.json();
    showCard(r, account.timeline);
    showHistory(account.history);
    showTimeline(r, account.timeline, account.history);
    const others = account.items.filter((o) => o.id !== id);
    $("d-others").replaceChildren(...others.map((o) =>
      el("li", "", o.record.action + " · " + o.record.tweet_id + " · " + o.record.text)));
  }

  function link(a, href) {
    if (href && /^https?:\/\//.test(href)) { a.href = href; a.hidden = false; }
    else { a.removeAttribute("href"); a.hidden = true; }
  }

  const DAY = 86400000;
  const day = (t) => (t || "").slice(0, 10);
  const clock = (t) => (t || "").replace("T", " ").slice(0, 19);

  // The account card: the alert's own figures, then what the console's timeline store knows
  // (creation date, client) once it has answered.
  function showCard(r, t) {
    const p = (t && t.profile) || {};
    const parts = [
      el("strong", "", "@" + (r.username || p.username || "?")),
      el("span", "", p.display_name ? " (" + p.display_name + ")" : ""),
      el("span", "", " · account " + r.account_id),
    ];
    if (p.created_at) {
      const age = Math.floor((Date.parse(r.event_time) - Date.parse(p.created_at)) / DAY);
      parts.push(el("span", "age", " · created " + day(p.created_at) + " (" +
        (age >= 0 ? age + " days before this post" : "after this post?") + ")"));
    } else if (t) {
      parts.push(el("span", "age", " · created ?"));
    }
    parts.push(el("span", "", " · followers " + (r.followers ?? p.followers ?? "?")));
    const verified = r.verified ?? p.verified;
    parts.push(el("span", "", " · verified " + (verified === null || verified === undefined ? "?" : verified)));
    if (t && t.client) parts.push(el("span", "client", " · client " + t.client));
    parts.push(el("span", "", " · campaign " + (r.campaign_id || "none")));
    $("d-account").replaceChildren(...parts);
  }

  // The account's recent timeline: its posts (the console's store), security events and the
  // open lock (the detector's history), newest first; the alert's own post marked.
  function showTimeline(r, t, h) {
    const rows = [];
    for (const p of (t ? t.posts : [])) rows.push({ at: p.at, kind: "post", p });
    for (const s of (h ? h.security : [])) rows.push({ at: s.at, kind: "security", text: "security event: " + s.type });
    if (h && h.lock) rows.push({ at: h.lock.at, kind: "lock", text: "account locked by alert " + h.lock.alert_id });
    rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const notes = [];
    if (t) {
      notes.push(t.posts.length + " recent posts kept of " + t.posts_seen + " seen since " + clock(t.since) +
        (t.posts_dropped ? " (" + t.posts_dropped + " older dropped)" : ""));
      notes.push(t.first_crypto_post ? "first crypto post " + clock(t.first_crypto_post) : "no crypto post seen");
    } else {
      notes.push("no recent posts kept for this account (the console's store starts empty at each start)");
    }
    if (h) notes.push("the detector has counted " + h.crypto_posts + " crypto posts of " + h.posts);
    $("d-timeline-note").textContent = notes.join(" · ");
    $("d-timeline").replaceChildren(...rows.map((row) => {
      const li = el("li", "tl tl-" + row.kind);
      li.appendChild(el("span", "when", clock(row.at)));
      if (row.kind !== "post") { li.appendChild(el("span", "what", row.text)); return li; }
      const p = row.p;
      if (p.id === r.tweet_id) li.classList.add("this");
      const flags = [];
      if (p.retweet) flags.push("retweet");
      if (p.crypto) flags.push("crypto");
      if (p.wallet) flags.push("wallet");
      if (p.score > 0) flags.push("score " + p.score.toFixed(2));
      if (p.action) flags.push(p.action);
      li.appendChild(el("span", "flags", flags.join(" · ")));
      li.appendChild(el("span", "what", p.text));
      li.appendChild(el("span", "client", p.client || ""));
      if (p.link) { const a = el("a", "", "open"); link(a, p.link); a.target = "_blank"; a.rel = "noopener noreferrer"; li.appendChild(a); }
      return li;
    }));
  }

  // What the detector remembers of the account (event time).
  function showHistory(h) {
    const box = $("d-history");
    if (!h) { box.replaceChildren(el("span", "", "no history kept for this account")); return; }
    const top = (pairs) => pairs.slice().sort((a, b) => b[1] - a[1]).map((p) => p[0] + " " + p[1]).join(", ");
    const parts = [
      el("span", "", "seen " + h.posts + " posts since " + h.first_seen + " (latest " + h.last_seen + ")"),
      el("span", "", " · crypto posts " + h.crypto_posts + " · wallet posts " + h.wallet_posts +
        " · scam posts " + h.scam_posts),
      el("div", "", "clients: " + (top(h.clients) || "none") + " · languages: " + (top(h.langs) || "none")),
    ];
    for (const s of h.security) parts.push(el("div", "security", "security event " + s.type + " at " + s.at));
    if (h.lock) parts.push(el("div", "security", "locked at " + h.lock.at + " by " + h.lock.alert_id));
    box.replaceChildren(...parts);
  }

  async function showCampaign(id, campaignId) {
    $("d-campaign").textContent = campaignId ? campaignId : "none";
    for (const k of ["d-campaign-key", "d-campaign-key-type", "d-campaign-accounts"]) $(k).textContent = "";
    $("d-campaign-members").replaceChildren();
    if (!campaignId) return;
    const res = await fetch("/console/api/campaign?id=" + encodeURIComponent(campaignId),
      { credentials: "same-origin" });
    if (!res.ok || openId !== id) return;
    const body = await res.json();
    const c = body.record;
    $("d-campaign").textContent = c.campaign_id + ": " + c.size + " accounts share one " +
      c.key_type + ", first " + clock(c.first_event_time) + ", latest " + clock(c.event_time);
    $("d-campaign-key").textContent = c.key;
    $("d-campaign-key-type").textContent = "shared " + c.key_type + ": ";
    $("d-campaign-accounts").textContent = "members: " + c.accounts.join(", ");
    // Its posts, oldest first: who, when, what action; an alert of it opens on a click.
    $("d-campaign-members").replaceChildren(...(body.posts || []).map((p) => {
      const li = el("li", "tl" + (p.record_id !== null && alerts.has(p.record_id) ? " opens" : ""));
      li.appendChild(el("span", "when", p.at ? clock(p.at) : "?"));
      li.appendChild(el("span", "who", "@" + (p.username || p.account_id || "?")));
      li.appendChild(el("span", "flags", p.action || (p.at ? "no alert" : "not in memory")));
      li.appendChild(el("span", "what", p.text || "post " + p.tweet_id));
      if (p.tweet_id === alerts.get(id).record.tweet_id) li.classList.add("this");
      if (p.record_id !== null && alerts.has(p.record_id)) {
        li.addEventListener("click", () => { selected = p.record_id; open(p.record_id); });
      }
      return li;
    }));
  }

  function showVerdict(item) {
    const v = item.verdict;
    $("d-verdict").textContent = v ? v.verdict + " by " + v.by + (v.note ? ": " + v.note : "") : "";
    for (const b of document.querySelectorAll("[data-verdict]")) b.disabled = !mayJudge;
  }

  async function judge(kind) {
    if (openId === null || !mayJudge) return;
    const item = alerts.get(openId);
    const r = item.record;
    const res = await fetch("/console/api/verdict", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ alert_id: r.alert_id, post_id: r.tweet_id, account_id: r.account_id,
        verdict: kind, note: $("d-note").value || null }),
    });
    if (!res.ok) { $("d-verdict").textContent = "refused: " + (await res.text()); return; }
    const stored = await res.json();
    item.verdict = { verdict: stored.verdict, by: stored.by, at: stored.at,
      note: $("d-note").value || undefined };
    $("d-note").value = "";
    showVerdict(item);
    render();
  }

  function move(step) {
    const ids = shown;
    if (ids.length === 0) return;
    const i = ids.indexOf(selected);
    selected = ids[Math.max(0, Math.min(ids.length - 1, i < 0 ? 0 : i + step))];
    render();
    const row = document.querySelector('#queue li[data-id="' + selected + '"]');
    if (row) row.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", (ev) => {
    if (ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement) return;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    switch (ev.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "Enter": if (selected !== null) open(selected); break;
      case "c": judge("confirmed"); break;
      case "d": judge("dismissed"); break;
      case "e": judge("escalated"); break;
      case "?": $("help").showModal(); break;
      case "Escape": $("detail").hidden = true; openId = null; break;
      default: return;
    }
    ev.preventDefault();
  });
  for (const b of document.querySelectorAll("[data-verdict]")) {
    b.addEventListener("click", () => judge(b.dataset.verdict));
  }
  for (const f of ["f-action", "f-severity", "f-verdict", "f-category", "f-rule", "f-campaign",
    "f-mode", "f-sort"]) {
    $(f).addEventListener("change", render);
  }
  $("more").addEventListener("click", () => load(nextBefore));
  $("help-close").addEventListener("click", () => $("help").close());
  // Admins reload the rules and requeue webhooks' dead letters; a refused reload also shows
  // as the reload banner (its record).
  $("reload").hidden = role !== "admin";
  $("requeue").hidden = role !== "admin";
  $("requeue").addEventListener("click", async () => {
    const res = await fetch("/console/api/dead-letters/requeue", { method: "POST",
      credentials: "same-origin", headers: { "X-CSRF-Token": csrf } });
    const body = await res.text();
    let text = "Requeue refused (" + res.status + "): " + body;
    if (res.ok) {
      const n = JSON.parse(body).requeued;
      text = "Dead letters requeued: " + (Object.entries(n).map(([k, v]) => k + " " + v).join(", ") || "no webhooks") + ".";
    }
    banner("requeue-result", true, text);
    setTimeout(() => banner("requeue-result", false, ""), 5000);
  });
  $("reload").addEventListener("click", async () => {
    const res = await fetch("/console/api/reload", { method: "POST", credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf } });
    const body = await res.text();
    banner("reload-result", true, res.ok ? "Rules reloaded: " + JSON.parse(body).rules + " rules."
      : "Reload refused (" + res.status + "): " + body);
    setTimeout(() => banner("reload-result", false, ""), 5000);
  });
  $("logout").addEventListener("click", async () => {
    await fetch("/console/api/logout", { method: "POST", credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf } });
    location.href = "/console/login";
  });

  // History first, then live: the stream starts after the newest record loaded.
  load(null).then(() => { connect(); backfill(); });
})();
