"""README.md for the blind5 corpus (rendered by make_blind5.py from the generated data)."""
from collections import Counter


def render(g, langs):
    posts = [p for p in g.sorted_items if p["type"] == "post"]
    events = [p for p in g.sorted_items if p["type"] == "event"]
    byl = Counter((p["lang"], p["label"]) for p in posts)
    seen = {p["acct"]["id"] for p in g.sorted_items}
    acc = Counter(a["label"] for a in g.accounts.values() if a["id"] in seen)
    kinds = Counter(p["kind"].split(":")[-1] if p["label"] == "scam" else p["kind"].split(":")[0] +
                    (":" + p["kind"].split(":")[1] if p["kind"].startswith("hn:") else "") for p in posts)
    hj = g.hijacks
    with_ev = sum(1 for h in hj if h["events"])
    first, last = posts[0]["t"], posts[-1]["t"]
    import datetime
    d = lambda t: datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%d")
    L = []
    w = L.append
    w("# blind5: a blind evaluation corpus for scamwatch")
    w("")
    w("**This is a blind set: it is reported on, never tuned on.** No rule, threshold, word list or")
    w("model of the detector may be changed because of what this set contains; its figures measure")
    w("how the detector generalizes to scam posts written by someone who never saw its rules.")
    w("")
    w("## How it was written")
    w("")
    w("- The author read only `docs/input.md` (the Twitter API v2 stream message and account-event")
    w("  formats) and the *labels format* section of `docs/backtest.md` (`kind,id,label`; the file's")
    w("  headings were listed only to locate that section). Nothing")
    w("  under `rules/`, `src/`, `models/`, `tests/`, `fuzz/`, `benches/` or the shared data was")
    w("  opened, listed or searched, and the detector was never run on this set.")
    w("- The scam wording comes from general knowledge of publicly reported schemes (doubling")
    w("  giveaways, fake live events, airdrop/mint drainers, wallet-validation phishing, fund-recovery")
    w("  and fake-support replies, advance-fee prizes, fake testimonials, mentor pitches). No code")
    w("  repository was searched for this project, and no other helper's corpus was looked at.")
    w("- Every language's sentences (`t_<lang>.py`) were written directly in that language, with its")
    w("  own grammar, word order and number formats (`0,5 BTC`, `1.000`, `%50`, `٠٫٥`, `5万円`). The")
    w("  languages share one outline of schemes (so each covers every scheme), but about a third of")
    w("  each file's scam sentences are shapes particular to that language (local impersonations,")
    w("  tax-refund and victim-compensation fees, cloud mining, signal groups, exchange exits...).")
    w("- `make_blind5.py` is deterministic (seed %d, standard library only) and writes" % __import__("make_blind5").SEED)
    w("  `posts.jsonl`, `labels.csv` and this README; `check_blind5.py` validates everything and")
    w("  checks that regeneration gives identical bytes.")
    w("- Every address is minted by `addrs.py` from seeded random bytes: Bitcoin base58check (P2PKH")
    w("  `1…`, P2SH `3…`), bech32 `bc1q…`, bech32m `bc1p…`, Ethereum with EIP-55 checksum (pure-Python")
    w("  Keccak-256, self-tested against the empty-string and \"abc\" vectors), Solana (base58 of 32")
    w("  bytes) and Tron (base58check, prefix 0x41). None is taken from anywhere else.")
    w("- All people, clubs, media, exchanges and charities are fictional; scam text impersonates")
    w("  well-known names as real scams do. Scam domains are invented look-alikes; phone numbers use")
    w("  reserved ranges (555-01xx, 07700 900xxx).")
    w("")
    w("## Design")
    w("")
    w("- **Hijacked accounts** (%d): created 2009–2016, tens of thousands to millions of followers," % len(hj))
    w("  some verified, a usual client; 2–8 ordinary posts spread over weeks, then a burst of 1–4 scam")
    w("  posts (%d of them from a different client), with account security events shortly before for" % sum(h["client_changed"] for h in hj))
    bursts = {}
    for p in posts:
        if p["label"] == "scam" and p["acct"]["label"] == "hijacked":
            bursts.setdefault(p["acct"]["id"], []).append(p)
    no_addr = [b for b in bursts.values() if not any(p["ctx"]["addrs"] for p in b)]
    link_only = [b for b in no_addr if any(p["ctx"].get("has_link") for p in b)]
    w("  %d accounts and none for %d; %d post a \"we were hacked\" notice afterwards. %d bursts carry" % (with_ev, len(hj) - with_ev, sum(h["notice"] for h in hj), len(no_addr)))
    if len(link_only) == len(no_addr):
        w("  no address at all: they are link-only (a look-alike domain and nothing else). Three")
        w("  coordinated groups (3, 3 and 2 accounts) post the same link or the same address within")
        w("  minutes, each in its own language.")
    else:
        w("  no address at all (%d of them link-only: a look-alike domain and nothing else; the others ask" % len(link_only))
        w("  followers to drop their own address). Three coordinated groups (3, 3 and 2 accounts) post the")
        w("  same link or the same address within minutes, each in its own language.")
    w("- **Scammer accounts** (%d): days old, few followers; impersonators, drainer promoters," % acc["scammer"])
    w("  recovery/support repliers (replying to victims' posts with a handle, Telegram link, WhatsApp")
    w("  number or free-mail address) and \"mentors\".")
    w("- **Normal accounts** (%d): news outlets, researchers, exchanges, charities and brands with" % acc["normal"])
    w("  fictional names, crypto people and everyday people; some have a password reset followed by an")
    w("  ordinary post. Normal accounts also retweet or quote scam posts: those are labelled benign.")
    obf = Counter(k for p in posts if p["label"] == "scam" for k in p["ctx"].get("obf", []))
    n_obf = sum(1 for p in posts if p["label"] == "scam" and p["ctx"].get("obf"))
    w("- **Obfuscations** on %d scam posts (some with two): %s. Addresses, URLs, handles and" % (n_obf, ", ".join("%s %d" % kv for kv in sorted(obf.items()))))
    w("  e-mail addresses are never obfuscated, so every address keeps its checksum. (emoji = a symbol")
    w("  between every word; spaced = letter-spaced words; zw = zero-width characters inside words;")
    w("  homoglyph = Cyrillic/Greek look-alikes, or Latin ones inside Russian.)")
    w("- **Benign hard negatives**: news and research quoting scam addresses and promised returns,")
    w("  warnings, victims asking \"is this real?\", hacked notices, donation drives with addresses,")
    w("  exchange promotions, like-and-retweet giveaways, price talk, tip jars, friends' transfers, NFT")
    w("  announcements; plus ordinary posts for account histories.")
    w("- Links: t.co short URLs with `entities.urls[].expanded_url`, raw URLs and bare domains. Replies")
    w("  carry `in_reply_to_user_id` and `referenced_tweets`. Posts over 280 characters carry")
    w("  `note_tweet.text`. Ids increase with time; timestamps strictly increase from %s to %s." % (d(first), d(last)))
    w("")
    w("## Label conventions")
    w("")
    w("- `scam`: a post in the author's own voice promoting a scheme: every post of a scammer account,")
    w("  every post of a hijack burst.")
    w("- `benign`: everything else, including a normal account's retweet or quote of a scam post (not")
    w("  its own speech), a hijacked account's ordinary history and its hacked notice, victims' posts,")
    w("  news, research and warnings that quote scam addresses, domains and promised returns.")
    w("- Accounts: `hijacked` (a real, long-established account taken over), `scammer` (a dedicated")
    w("  scam account), `normal` (everyone else, including victims and retweeters). Only accounts that")
    w("  appear in `posts.jsonl` (as author, referenced author or account-event subject) are labelled.")
    w("")
    w("## Counts")
    w("")
    w("%d lines: %d posts (%d scam, %d benign) and %d account events." % (len(posts) + len(events), len(posts),
      sum(1 for p in posts if p["label"] == "scam"), sum(1 for p in posts if p["label"] == "benign"), len(events)))
    w("")
    w("| lang | scam | benign |")
    w("|---|---:|---:|")
    for l in langs:
        w("| %s | %d | %d |" % (l, byl[(l, "scam")], byl[(l, "benign")]))
    w("")
    w("| account label | count |")
    w("|---|---:|")
    for k in ("hijacked", "scammer", "normal"):
        w("| %s | %d |" % (k, acc[k]))
    w("")
    w("Hijacked accounts with security events before the burst: %d; without: %d." % (with_ev, len(hj) - with_ev))
    w("")
    w("| post kind | count |")
    w("|---|---:|")
    for k, n in sorted(kinds.items()):
        w("| %s | %d |" % (k, n))
    w("")
    w("## Files")
    w("")
    w("- `posts.jsonl`: Twitter API v2 stream messages and `account_event` lines, in event-time order.")
    w("- `labels.csv`: `kind,id,label` for every post (scam/benign) and every account")
    w("  (hijacked/scammer/normal).")
    w("- `make_blind5.py`, `t_<lang>.py`, `addrs.py`, `obfuscate.py`, `readme.py`: the generator.")
    w("- `check_blind5.py`: the validator (exit 0 when every check passes).")
    return "\n".join(L) + "\n"
