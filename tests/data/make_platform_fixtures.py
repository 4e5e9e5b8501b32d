#!/usr/bin/env python3
"""Writes the Bluesky (Jetstream) and Mastodon fixtures: tests/data/jetstream.jsonl and
tests/data/mastodon.jsonl. Standard library only, no randomness, no wall clock: the same bytes
on every run. Edit this script, never the outputs, and regenerate:

    python3 tests/data/make_platform_fixtures.py

Each file tells one story: a few ordinary accounts post ordinary things for a week; one
established account (the victim) has a long history of ordinary posts; its identity changes
(Bluesky: an `identity` event, as a handle change makes) minutes before its first giveaway-scam
post with the July 2020 Bitcoin address; a second scam post follows; noise around it (deletes,
records of other collections, other events, one malformed frame, crypto price talk that is not
a scam). All accounts, handles and hosts are fictional.

Shapes: Jetstream's README (bluesky-social/jetstream) and the lexicons app.bsky.feed.post,
app.bsky.richtext.facet, app.bsky.embed.external; Mastodon's API documentation
(docs.joinmastodon.org: methods/streaming, entities/Status, entities/Account).
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SCAM_ADDRESS = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
T0_US = 1_726_000_000_000_000  # 2024-09-10T20:26:40Z
MINUTE_US = 60 * 1_000_000
HOUR_US = 60 * MINUTE_US

ORDINARY = [
    "Morning run done, coffee next",
    "Anyone else watching the match tonight?",
    "New blog post about sourdough starters is up",
    "The light over the harbour this evening was unreal",
    "Reading a great book on the history of maps",
    "Our team shipped the release today, proud of everyone",
    "Trying a new pasta recipe, wish me luck",
    "Rain again. The garden is happy at least",
]
PRICE_TALK = "BTC price doubled since March, wild year for crypto charts"
SCAM_1 = (
    "I'm giving back to the community. All Bitcoin sent to the address below will be sent "
    f"back doubled! If you send $1,000, I will send back $2,000. Only doing this for 30 minutes. {SCAM_ADDRESS}"
)
SCAM_2 = f"Thank you for your support, the first 500 got paid. Send BTC to {SCAM_ADDRESS} and I will double it, 10 more minutes!"


def iso(us):
    import datetime

    t = datetime.datetime.fromtimestamp(us / 1_000_000, datetime.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(us // 1000) % 1000:03d}Z"


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------------------
# Bluesky Jetstream


def rkey(n):
    # TID-like record keys: 13 base32-sortable characters.
    alphabet = "234567abcdefghijklmnopqrstuvwxyz"
    out = ""
    for _ in range(13):
        out = alphabet[n % 32] + out
        n //= 32
    return out


def js_post(did, t_us, n, text, lang="en", link=None):
    record = {"$type": "app.bsky.feed.post", "createdAt": iso(t_us - 350_000), "langs": [lang], "text": text}
    if link:
        shown = link.split("://", 1)[1][:20] + "..."
        record["text"] = f"{text} {shown}"
        start = len(text.encode()) + 1
        record["facets"] = [
            {
                "index": {"byteStart": start, "byteEnd": start + len(shown.encode())},
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": link}],
            }
        ]
    return {
        "did": did,
        "time_us": t_us,
        "kind": "commit",
        "commit": {
            "rev": rkey(t_us // 1000 + 7),
            "operation": "create",
            "collection": "app.bsky.feed.post",
            "rkey": rkey(t_us // 1000 + n),
            "record": record,
            "cid": "bafyreib" + rkey(n).replace("2", "a"),
        },
    }


def jetstream():
    victim = "did:plc:vict1m0000000000000000aa"
    others = [f"did:plc:ord{i:02d}0000000000000000000a" for i in range(6)]
    lines = []
    t = T0_US
    n = 0
    # A week of history: the victim posts twice a day at 09:xx and 18:xx UTC, others around.
    for day in range(7):
        for k, hour in enumerate((9, 18)):
            n += 1
            at = T0_US + day * 24 * HOUR_US + hour * HOUR_US + n * 1_000_003
            lines.append(js_post(victim, at, n, ORDINARY[(day * 2 + k) % len(ORDINARY)]))
            for j, o in enumerate(others):
                n += 1
                lines.append(js_post(o, at + (j + 1) * MINUTE_US, n, ORDINARY[(day + j) % len(ORDINARY)]))
    lines.sort(key=lambda e: e["time_us"])
    t = lines[-1]["time_us"] + HOUR_US
    # Noise: a like (another collection), a delete, a repost, an unknown kind.
    lines.append({"did": others[0], "time_us": t, "kind": "commit", "commit": {"rev": rkey(1), "operation": "create", "collection": "app.bsky.feed.like", "rkey": rkey(2), "record": {"$type": "app.bsky.feed.like", "subject": {"uri": f"at://{victim}/app.bsky.feed.post/{rkey(3)}", "cid": "bafyx"}, "createdAt": iso(t)}, "cid": "bafyl"}})
    t += 1_000_000
    lines.append({"did": others[1], "time_us": t, "kind": "commit", "commit": {"rev": rkey(4), "operation": "delete", "collection": "app.bsky.feed.post", "rkey": rkey(5)}})
    t += 1_000_000
    lines.append({"did": others[2], "time_us": t, "kind": "sync", "sync": {"did": others[2]}})
    t += 1_000_000
    n += 1
    lines.append(js_post(others[3], t, n, PRICE_TALK))
    # The takeover: the handle changes, 8 minutes later the first scam post, then a second.
    t += 30 * MINUTE_US
    lines.append({"did": victim, "time_us": t, "kind": "identity", "identity": {"did": victim, "handle": "giveaway-official.bsky.social", "seq": 9001, "time": iso(t)}})
    t += 8 * MINUTE_US
    n += 1
    lines.append(js_post(victim, t, n, SCAM_1))
    t += 2 * MINUTE_US
    lines.append("{\"did\":\"did:plc:broken\",\"time_us\":")  # a malformed frame
    t += 3 * MINUTE_US
    n += 1
    lines.append(js_post(victim, t, n, SCAM_2, link="https://double-btc.example/claim"))
    t += MINUTE_US
    n += 1
    lines.append(js_post(others[4], t, n, ORDINARY[3]))
    return lines


# ---------------------------------------------------------------------------------------------
# Mastodon


HOST = "social.example"


def m_account(user, followers, created, host=HOST, bot=False):
    acct = user if host == HOST else f"{user}@{host}"
    return {
        "id": str(abs(hash_str(user)) % 10**9),
        "username": user,
        "acct": acct,
        "display_name": user.capitalize(),
        "locked": False,
        "bot": bot,
        "created_at": created,
        "note": "<p>fictional</p>",
        "url": f"https://{host}/@{user}",
        "followers_count": followers,
        "following_count": 120,
        "statuses_count": 900,
    }


def hash_str(s):
    h = 2166136261
    for c in s.encode():
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h


def m_status(sid, account, t_us, html, lang="en", app="Elk", edited=None, card=None):
    host = account["url"].split("/")[2]
    return {
        "id": str(sid),
        "created_at": iso(t_us),
        "in_reply_to_id": None,
        "in_reply_to_account_id": None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": lang,
        "uri": f"https://{host}/users/{account['username']}/statuses/{sid}",
        "url": f"https://{host}/@{account['username']}/{sid}",
        "replies_count": 0,
        "reblogs_count": 0,
        "favourites_count": 0,
        "edited_at": edited,
        "content": html,
        "reblog": None,
        "application": {"name": app, "website": None},
        "account": account,
        "media_attachments": [],
        "mentions": [],
        "tags": [],
        "emojis": [],
        "card": card,
        "poll": None,
    }


def frame(event, payload, stream="public"):
    return {"stream": [stream], "event": event, "payload": payload if isinstance(payload, str) else dumps(payload)}


def p(text):
    return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"


def mastodon():
    victim = m_account("newsdesk", 250_000, "2017-04-02T00:00:00.000Z")
    others = [m_account(f"user{i}", 100 + 37 * i, "2022-11-0%dT00:00:00.000Z" % (i + 1), host=HOST if i % 2 else "other.example") for i in range(5)]
    events = []
    sid = 112_000_000_000_000_000
    for day in range(7):
        for k, hour in enumerate((8, 17)):
            at = T0_US + day * 24 * HOUR_US + hour * HOUR_US
            sid += 1
            events.append((at, frame("update", m_status(sid, victim, at, p(ORDINARY[(day * 2 + k) % len(ORDINARY)]), app="Ivory"))))
            for j, o in enumerate(others):
                sid += 1
                a2 = at + (j + 1) * MINUTE_US
                events.append((a2, frame("update", m_status(sid, o, a2, p(ORDINARY[(day + j) % len(ORDINARY)])))))
    events.sort(key=lambda e: e[0])
    t = events[-1][0] + HOUR_US
    events.append((t, frame("delete", str(sid - 3))))
    t += 1_000_000
    events.append((t, {"stream": ["public"], "event": "filters_changed"}))
    t += 1_000_000
    sid += 1
    events.append((t, frame("update", m_status(sid, others[1], t, p(PRICE_TALK)))))
    t += 1_000_000
    events.append((t, frame("update", "{not json")))
    # The takeover: a scam post from a client the account never used, then an edit of it.
    t += 40 * MINUTE_US
    sid += 1
    scam_sid = sid
    scam = m_status(sid, victim, t, p(SCAM_1), app="Web")
    events.append((t, frame("update", scam)))
    t += 4 * MINUTE_US
    edited = m_status(scam_sid, victim, t - 4 * MINUTE_US, p(SCAM_1 + " Hurry!"), app="Web", edited=iso(t))
    events.append((t, frame("status.update", edited)))
    t += MINUTE_US
    sid += 1
    link = "https://double-btc.example/claim"
    html = f'<p>{SCAM_2.replace(SCAM_ADDRESS, "")}<a href="{link}" rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="">double-btc.example/claim</span></a> {SCAM_ADDRESS}</p>'
    events.append((t, frame("update", m_status(sid, victim, t, html, app="Web", card={"url": link, "title": "Claim"}))))
    t += MINUTE_US
    sid += 1
    events.append((t, frame("update", m_status(sid, others[2], t, p(ORDINARY[5])))))
    return [e for _, e in events]


def write(name, items):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write((it if isinstance(it, str) else dumps(it)) + "\n")
    print(f"{name}: {len(items)} lines")


if __name__ == "__main__":
    write("jetstream.jsonl", jetstream())
    write("mastodon.jsonl", mastodon())
